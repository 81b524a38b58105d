/**
 * The only door to the `chinese-days` package (DESIGN §4). Every answer is cached per year, so
 * the package is read once per year per process.
 *
 * Facts about chinese-days 1.5.7 this module relies on (checked by library.test.ts):
 * - Official arrangements exist for 2004..2026 (one State Council notice per year, plus the
 *   2015 anniversary holiday and the 2020 COVID extension). Any other year silently comes back
 *   as plain Monday-Friday; a year counts as "library" only when its 1 January is listed as 元旦.
 * - Named imports crash under Node (CommonJS `main`): only the default import is used.
 * - It parses 'YYYY-MM-DD' as UTC midnight and formats with the process's local getters, so in a
 *   zone west of UTC every date it echoes, every weekday it computes, its lunar->solar conversion
 *   and its solar-term dates are one day early. Its holiday table is built through the same shift,
 *   so table look-ups stay right. We therefore use only: table look-ups (holiday / workday entries,
 *   never its weekday logic), `getLunarDate` (offset from a fixed UTC instant: zone-proof) and
 *   `getSolarTermDate` mapped back through the package's own echo of candidate dates.
 */
import chineseDays from 'chinese-days';
import { dayNumberOf, daysInYear, formatDayNumber } from './dates';

export interface LibraryEntry {
  /** true: listed as a working day (调休上班); false: listed as a holiday. */
  work: boolean;
  name: string;
}

/** The package's short names mapped to the statutory names used in the UI. */
const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** First and last year the package's lunar tables support (1900 is partial). */
export const LUNAR_MIN_YEAR = 1901;
export const LUNAR_MAX_YEAR = 2099;

/** The package's entry for a date, or null when it only knows the weekday. */
export function libraryEntry(date: string): LibraryEntry | null {
  const detail = chineseDays.getDayDetail(date);
  // Listed dates carry "English name,中文名,days"; unlisted ones the English weekday name.
  const parts = detail.name.split(',');
  if (parts.length < 2) return null;
  const short = parts[1].trim();
  return { work: detail.work, name: FULL_NAMES[short] ?? short };
}

const hasDataCache = new Map<number, boolean>();

/** True when the package holds the official arrangement of `year` (its 元旦 is listed). */
export function libraryHasYear(year: number): boolean {
  let known = hasDataCache.get(year);
  if (known === undefined) {
    const entry = year >= 1000 && year <= 9999 ? libraryEntry(`${year}-01-01`) : null;
    known = entry !== null && !entry.work;
    hasDataCache.set(year, known);
  }
  return known;
}

const yearCache = new Map<number, (LibraryEntry | undefined)[]>();

/** The package's entries for each day of a year (index 0 = 1 January); empty when it has no data. */
export function libraryYear(year: number): readonly (LibraryEntry | undefined)[] {
  let entries = yearCache.get(year);
  if (!entries) {
    entries = [];
    if (libraryHasYear(year)) {
      const first = dayNumberOf(year, 1, 1);
      for (let i = 0; i < daysInYear(year); i++) {
        const entry = libraryEntry(formatDayNumber(first + i));
        if (entry) entries[i] = entry;
      }
    }
    yearCache.set(year, entries);
  }
  return entries;
}

/** Lunar date of a solar date, as the package computes it (zone-proof, see above). */
export function lunarOf(date: string): { year: number; month: number; day: number; leap: boolean } {
  const lunar = chineseDays.getLunarDate(date);
  return { year: lunar.lunarYear, month: lunar.lunarMon, day: lunar.lunarDay, leap: lunar.isLeap };
}

/**
 * The solar date (day number) in [fromDay, toDay] whose lunar date is month/day of a non-leap
 * month. Windows are chosen so the answer is unique (a lunar date recurs only after ~354 days).
 */
export function findLunarDay(fromDay: number, toDay: number, month: number, day: number): number {
  for (let d = fromDay; d <= toDay; d++) {
    const lunar = lunarOf(formatDayNumber(d));
    if (lunar.month === month && lunar.day === day && !lunar.leap) return d;
  }
  throw new Error(`lunar ${month}/${day} not found between ${formatDayNumber(fromDay)} and ${formatDayNumber(toDay)}`);
}

/** Day number of 清明 (the Qingming solar term, 4-6 April) in `year`. */
export function qingmingDay(year: number): number {
  const term = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  // The package formats through its own (possibly shifted) date echo: find the candidate it echoes as `term`.
  for (let d = dayNumberOf(year, 4, 3); d <= dayNumberOf(year, 4, 7); d++) {
    if (chineseDays.getDayDetail(formatDayNumber(d)).date === term) return d;
  }
  throw new Error(`Qingming ${year} not found (package answered ${term})`);
}
