/**
 * Visiting time per visitor and Asia/Shanghai day (C7.1 "at least 2 hours a day", D6): each
 * in-person visit counts for every visitor it lists; a visit crossing midnight is split at 00:00
 * Shanghai time; the visits of one visitor on one day are merged where they overlap, so two visits
 * at the same time count their common minutes once.
 */
import { addDays, shanghaiDate, startOfShanghaiDay } from '../calendar';
import { checkDate, invalid } from '../obligations/periods';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface TimedVisit {
  visitorIds: readonly number[];
  startedAt: Date;
  endedAt: Date;
}

export interface VisitorDay {
  userId: number;
  /** 'YYYY-MM-DD' (Asia/Shanghai). */
  date: string;
  /** Visits with time on this day (a visit crossing midnight counts on both days). */
  visits: number;
  /** Merged visiting time on this day, rounded to whole minutes. */
  minutes: number;
}

export type Interval = [number, number];

/** Total length of the union of [start, end) intervals (milliseconds); touching intervals add up. */
export function mergedLength(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [s, e] of sorted) {
    if (s > end) {
      if (end > start) total += end - start;
      [start, end] = [s, e];
    } else if (e > end) end = e;
  }
  if (end > start) total += end - start;
  return total;
}

/** The pieces of [start, end) (milliseconds) on each Asia/Shanghai date it touches; none when end <= start. */
export function splitByDate(start: number, end: number): Array<[string, Interval]> {
  const out: Array<[string, Interval]> = [];
  let date = shanghaiDate(new Date(start));
  for (let from = start; from < end; date = addDays(date, 1)) {
    const to = Math.min(end, startOfShanghaiDay(addDays(date, 1)).getTime());
    out.push([date, [from, to]]);
    from = to;
  }
  return out;
}

/** Each visitor's days in `from..to` (inclusive) with their visit count and merged minutes, by date then user id. */
export function visitMinutesByDay(visits: readonly TimedVisit[], from: string, to: string): VisitorDay[] {
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (from > to) throw invalid('from', 'from must not be after to');
  const lo = startOfShanghaiDay(from).getTime();
  const hi = startOfShanghaiDay(to).getTime() + DAY_MS;
  const days = new Map<string, { userId: number; date: string; intervals: Interval[] }>();
  for (const visit of visits) {
    const pieces = splitByDate(Math.max(visit.startedAt.getTime(), lo), Math.min(visit.endedAt.getTime(), hi));
    for (const [date, piece] of pieces) {
      for (const userId of new Set(visit.visitorIds)) {
        const key = `${date}|${userId}`;
        const day = days.get(key) ?? { userId, date, intervals: [] };
        day.intervals.push(piece);
        days.set(key, day);
      }
    }
  }
  return [...days.values()]
    .map((d) => ({
      userId: d.userId,
      date: d.date,
      visits: d.intervals.length,
      minutes: Math.round(mergedLength(d.intervals) / MINUTE_MS),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.userId - b.userId));
}
