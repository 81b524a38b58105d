/** Date ranges for the statistics page: presets and the server's 366-day limit (YYYY-MM-DD, Asia/Shanghai). */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Days covered, both ends included (0 or less when `to` precedes `from`). */
export function rangeDays(r: DateRange): number {
  return Math.round((toDate(r.to).getTime() - toDate(r.from).getTime()) / DAY) + 1;
}

export function isValidRange(r: DateRange): boolean {
  const days = rangeDays(r);
  return /^\d{4}-\d{2}-\d{2}$/.test(r.from) && /^\d{4}-\d{2}-\d{2}$/.test(r.to) && days >= 1 && days <= MAX_RANGE_DAYS;
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
