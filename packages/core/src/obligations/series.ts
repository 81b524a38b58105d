/**
 * An obligation over a run of periods (D6, C7.1): e.g. the township's "at least 2 hours on each
 * working day of days 1-15", read as one result per working day of the window, for a round report.
 */
import { evaluateManyIn } from './engine';
import { checkDate, invalid, periodsBetween } from './periods';
import type { EngineObligation, EvaluateOptions, Evaluation, ObligationRecord, SubjectId } from './types';

export interface SeriesSummary {
  /** The periods in `from..to` where the obligation applies, each evaluated as of the end of `asOf`. */
  periods: Evaluation[];
  required: number;
  /** Done, each period counted up to its required count (an extra visit one day does not cover another). */
  done: number;
  met: number;
  overdue: number;
  /** Hours over the periods listed (obligations with `minHours`). */
  hours?: number;
}

/**
 * One subject's results for every period of `obligation.period` overlapping `from..to`, as of the
 * end of `asOf` (periods after `asOf` are `due` with nothing done). Periods where the obligation
 * asks nothing (rest days, days outside the window) are left out. O(periods × records).
 */
export function evaluateSeries(
  obligation: EngineObligation,
  subjectId: SubjectId,
  records: readonly ObligationRecord[],
  range: { from: string; to: string },
  asOf: string,
  opts: EvaluateOptions = {},
): SeriesSummary {
  checkDate(range.from, 'from');
  checkDate(range.to, 'to');
  if (range.from > range.to) throw invalid('from', 'from must not be after to');
  const own = records.filter((r) => r.subjectId === subjectId);
  const periods = periodsBetween(obligation.period, range.from, range.to, opts.calendar)
    .map((period) => evaluateManyIn(obligation, period, [subjectId], own, asOf, opts)[0])
    .filter((result) => result.applies);
  const summary: SeriesSummary = {
    periods,
    required: periods.reduce((sum, r) => sum + r.required, 0),
    done: periods.reduce((sum, r) => sum + Math.min(r.done, r.required), 0),
    met: periods.filter((r) => r.status === 'met').length,
    overdue: periods.filter((r) => r.status === 'overdue').length,
  };
  if (obligation.minHours !== undefined) summary.hours = periods.reduce((sum, r) => sum + (r.hours ?? 0), 0);
  return summary;
}
