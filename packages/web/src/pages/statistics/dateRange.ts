/** Date ranges for the statistics page: presets and the server's 366-day limit (YYYY-MM-DD, Asia/Shanghai). */
import { diffDays, isValidDate } from '@gridwork/core/calendar/dates';

export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  from: string;
  to: string;
}

const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Real dates, `to` not before `from`, at most MAX_RANGE_DAYS days with both ends included. */
export function isValidRange(r: DateRange): boolean {
  if (!isValidDate(r.from) || !isValidDate(r.to)) return false;
  const days = diffDays(r.from, r.to) + 1;
  return days >= 1 && days <= MAX_RANGE_DAYS;
}

/** The first day of the month `back` months before `today`'s month. */
function monthStart(today: string, back: number): string {
  const d = toDate(today);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)));
}

export type RangePreset = 'month' | 'quarter' | 'year' | 'last12';
export const RANGE_PRESETS: readonly RangePreset[] = ['month', 'quarter', 'last12', 'year'];

export function presetRange(preset: RangePreset, today: string): DateRange {
  switch (preset) {
    case 'month':
      return { from: monthStart(today, 0), to: today };
    case 'quarter':
      return { from: monthStart(today, 2), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12':
      return { from: monthStart(today, 11), to: today };
  }
}

/** The preset that gives exactly `range` today, if any (the one the switch shows as chosen). */
export function presetOf(range: DateRange, today: string): RangePreset | undefined {
  return RANGE_PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r.from === range.from && r.to === range.to;
  });
}
