/** Assessment periods: a month `YYYY-MM` or a year `YYYY` (Asia/Shanghai dates). */
import { addDays } from '@gridwork/core/calendar';

export interface AssessmentPeriod {
  text: string;
  kind: 'month' | 'year';
  /** First and last day of the period. */
  start: string;
  end: string;
  /** The same as instants: [from, to). */
  from: Date;
  to: Date;
  /** The last day the facts run to: the period's end, or today while it runs. */
  asOf: string;
  /** The months of the period that have ended before today ('YYYY-MM'). */
  endedMonths: string[];
}

export function periodFromText(text: string, today: string): AssessmentPeriod {
  const kind = text.length === 4 ? 'year' : 'month';
  const start = kind === 'year' ? `${text}-01-01` : `${text}-01`;
  const next = kind === 'year' ? `${Number(text) + 1}-01-01` : `${addDays(`${text}-28`, 4).slice(0, 7)}-01`;
  const end = addDays(next, -1);
  return {
    text,
    kind,
    start,
    end,
    from: new Date(`${start}T00:00:00+08:00`),
    to: new Date(`${next}T00:00:00+08:00`),
    asOf: today < end ? today : end,
    endedMonths: monthsOf(start, end).filter((m) => lastDayOf(m) < today),
  };
}

const lastDayOf = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);
function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start.slice(0, 7); m <= end.slice(0, 7); m = addDays(`${m}-28`, 4).slice(0, 7)) out.push(m);
  return out;
}

/** The month-ends of the period up to `asOf` (visit compliance is read at each), `asOf` last. */
export function monthEnds(p: AssessmentPeriod): string[] {
  if (p.asOf < p.start) return [];
  const out: string[] = [];
  for (let m = p.start.slice(0, 7); `${m}-01` <= p.asOf; m = addDays(`${m}-28`, 4).slice(0, 7)) {
    const last = addDays(`${addDays(`${m}-28`, 4).slice(0, 7)}-01`, -1);
    out.push(last < p.asOf ? last : p.asOf);
  }
  return out;
}

/** Mondays of the weeks (Monday-Sunday) that end inside the period, up to `asOf` (diaries, A5.2). */
export function weeksEnding(p: AssessmentPeriod, weekday: (d: string) => number): string[] {
  const out: string[] = [];
  for (let d = p.start; d <= p.end && d <= p.asOf; d = addDays(d, 1)) if (weekday(d) === 7) out.push(addDays(d, -6));
  return out;
}
