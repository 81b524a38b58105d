/**
 * The frame of an evaluation (D9): which dates count, whether the period asks anything, how much
 * of it has passed by the end of `asOf`. Shared by every subject of one evaluation.
 */
import { diffDays } from '../calendar';
import { daysIn, invalid, windowOf, type DateRange, type WorkdayCalendar } from './periods';
import type { EngineObligation } from './types';

export interface Frame {
  period: DateRange;
  /** undefined when the obligation has no window; null when the window misses this period. */
  window: DateRange | null | undefined;
  applies: boolean;
  /** Records count when their date lies in `span.start..countUntil`. */
  span: DateRange;
  countUntil: string;
  /** The span has ended by the end of `asOf`. */
  ended: boolean;
  /** Whole days of the span passed by the end of `asOf`, and the span's length. */
  elapsedDays: number;
  totalDays: number;
}

function appliesOn(obligation: EngineObligation, period: DateRange, calendar: WorkdayCalendar | undefined): boolean {
  if (obligation.period !== 'working-day') return true;
  if (!calendar) throw invalid('calendar', 'a working-day obligation needs a working calendar (D1: never guessed)');
  return calendar.isWorkday(period.start);
}

export function frameOf(obligation: EngineObligation, period: DateRange, asOf: string, calendar?: WorkdayCalendar): Frame {
  const workday = appliesOn(obligation, period, calendar);
  const window = obligation.window ? windowOf(obligation.period, period, obligation.window) : undefined;
  const applies = workday && window !== null;
  const span = window ?? period;
  const totalDays = daysIn(span);
  const elapsedDays = Math.min(totalDays, Math.max(0, diffDays(span.start, asOf) + 1));
  return {
    period,
    window,
    applies,
    span,
    countUntil: asOf < span.end ? asOf : span.end,
    ended: asOf >= span.end,
    elapsedDays,
    totalDays,
  };
}
