/**
 * Loading a year's official State Council holiday notice (D1: "the calendar is data a deployment
 * can correct"). The notice becomes override rows for that year; the caller stores them and marks
 * the year confirmed.
 *
 * Dates may lie in the notice's year or in December of the year before: real notices put a
 * New Year block or a working Saturday there (the 2019 notice: 2018-12-29 working, 12-30..31 off).
 */
import { dayNumberOf, formatDayNumber, isValidDate, parseDate } from './dates';
import { checkYear, checkYearInRange, validationError, type Issue } from './calendar-data';
import { parseHolidayNoticeText } from './notice-text';
import type { CalendarOverride } from './types';

export interface NoticeHoliday {
  name: string;
  from: string;
  to: string;
}

/** Structured form of a notice; a workday may carry the name of the holiday it belongs to. */
export interface HolidayNotice {
  year: number;
  holidays: NoticeHoliday[];
  workdays: (string | { date: string; name?: string })[];
}

/** Note stored on a working-day row whose holiday is not named. */
export const ADJUSTED_WORKDAY_NOTE = '调休上班';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

interface Collected {
  holidays: Map<number, string[]>;
  workdays: Map<number, string | undefined>;
}

function checkDate(value: unknown, path: string, year: number, issues: Issue[]): number | null {
  if (!isValidDate(value)) {
    issues.push({ path, message: 'must be a real date written YYYY-MM-DD' });
    return null;
  }
  const day = parseDate(value, path);
  if (day < dayNumberOf(year - 1, 12, 1) || day > dayNumberOf(year, 12, 31)) {
    issues.push({ path, message: `${value} is outside ${year} (only December ${year - 1} may precede it)` });
    return null;
  }
  return day;
}

function collectHolidays(list: unknown, year: number, out: Collected, issues: Issue[]): void {
  if (!Array.isArray(list) || list.length === 0) {
    issues.push({ path: 'holidays', message: 'must be a non-empty array of { name, from, to }' });
    return;
  }
  list.forEach((item: unknown, i) => {
    const path = `holidays[${i}]`;
    if (!isRecord(item)) return void issues.push({ path, message: 'must be an object { name, from, to }' });
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    if (!name || name.length > 100) issues.push({ path: `${path}.name`, message: 'must be a non-empty name (at most 100 characters)' });
    const from = checkDate(item.from, `${path}.from`, year, issues);
    const to = checkDate(item.to, `${path}.to`, year, issues);
    if (from === null || to === null || !name) return;
    if (from > to) return void issues.push({ path: `${path}.to`, message: `must not be before from (${String(item.from)})` });
    for (let day = from; day <= to; day++) {
      const names = out.holidays.get(day) ?? [];
      if (!names.includes(name)) names.push(name); // overlapping blocks (国庆节 with 中秋节) share the day
      out.holidays.set(day, names);
    }
  });
}

function collectWorkdays(list: unknown, year: number, out: Collected, issues: Issue[]): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return void issues.push({ path: 'workdays', message: 'must be an array of dates' });
  list.forEach((item: unknown, i) => {
    const path = `workdays[${i}]`;
    const date = isRecord(item) ? item.date : item;
    const name = isRecord(item) && typeof item.name === 'string' && item.name.trim() ? item.name.trim() : undefined;
    const day = checkDate(date, isRecord(item) ? `${path}.date` : path, year, issues);
    if (day === null) return;
    if (out.holidays.has(day)) {
      issues.push({ path, message: `${String(date)} is listed both as a holiday and as a working day` });
    } else if (!out.workdays.has(day) || name) out.workdays.set(day, name);
  });
}

function toRows(collected: Collected): CalendarOverride[] {
  const rows: CalendarOverride[] = [];
  for (const [day, names] of collected.holidays) rows.push({ date: formatDayNumber(day), kind: 'holiday', note: names.join('、') });
  for (const [day, name] of collected.workdays)
    rows.push({ date: formatDayNumber(day), kind: 'workday', note: name ?? ADJUSTED_WORKDAY_NOTE });
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Turns a year's official notice into the override rows to store for it. `input` is the structured
 * form ({ year, holidays: [{ name, from, to }], workdays }) or the notice's Chinese text
 * (see notice-text.ts). Throws VALIDATION_FAILED with details [{ path, message }].
 */
export function parseHolidayNotice(year: number, input: unknown): CalendarOverride[] {
  checkYear(year);
  checkYearInRange(year, 'year');
  const notice = typeof input === 'string' ? parseHolidayNoticeText(year, input) : input;
  if (!isRecord(notice)) throw validationError('the notice must be an object or the notice text', [{ path: '', message: 'not an object' }]);
  const issues: Issue[] = [];
  if (notice.year !== undefined && notice.year !== year) {
    issues.push({ path: 'year', message: `the notice is for ${String(notice.year)}, not ${year}` });
  }
  const collected: Collected = { holidays: new Map(), workdays: new Map() };
  collectHolidays(notice.holidays, year, collected, issues);
  collectWorkdays(notice.workdays, year, collected, issues);
  if (issues.length > 0) throw validationError(`the ${year} holiday notice is invalid`, issues);
  return toRows(collected);
}
