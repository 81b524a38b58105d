/** Periodic obligations (D9): calendar periods in Asia/Shanghai and the general compliance engine. */
export * from './types';
export {
  checkWindow,
  daysIn,
  nextPeriod,
  periodOf,
  periodsBetween,
  previousPeriod,
  windowOf,
  type DateRange,
  type PeriodKind,
  type PeriodWindow,
  type WorkdayCalendar,
} from './periods';
export { evaluate, evaluateMany } from './engine';
export { evaluateSeries, type SeriesSummary } from './series';
export { engineObligationOf } from './from-policy';
export { paceOf, PACES, STANDARD_RATE, type Pace, type PaceCounts } from './pace';
