/**
 * The periodic-obligation engine (D9, D5; API contract "Households and visits"): for each subject
 * and period, required / done / remaining / status / suggested next date, from the records alone.
 *
 * - `done` counts qualifying records (`countsToward`) dated inside the period, or inside the window
 *   when the obligation has one, up to the end of `asOf`. With `onePerDay` (default) a subject's
 *   records on one day count once; with `minHours` a day counts when its summed hours reach it.
 * - status: `met` when done ≥ required; `overdue` when the period (or window) has ended by the end
 *   of `asOf` and done < required; `at-risk` when not met and at least `warnShare` of the period
 *   (or window) has passed; else `due`.
 * - Pure: the same inputs always give the same result; no clock, no IO.
 */
import { addDays, diffDays, shanghaiDate } from '../calendar';
import { frameOf, type Frame } from './frame';
import { checkDate, invalid, periodOf } from './periods';
import type { EngineObligation, EvaluateOptions, Evaluation, ObligationRecord, ObligationStatus, SubjectId } from './types';

/** Tolerance for summed hours and elapsed shares (floating point: 0.1 + 0.2). */
const EPSILON = 1e-9;
const DEFAULT_WARN_SHARE = 0.8;

interface Tally {
  /** onePerDay: hours summed per date. */
  days: Map<string, number>;
  /** Not onePerDay: qualifying records. */
  count: number;
  hours: number;
}

function checkObligation(obligation: EngineObligation): void {
  if (!Number.isInteger(obligation.count) || obligation.count < 1)
    throw invalid('obligation.count', 'count must be an integer of at least 1');
  const { minHours } = obligation;
  if (minHours !== undefined && !(minHours > 0 && minHours <= 24)) throw invalid('obligation.minHours', 'minHours must be in (0, 24]');
}

function warnShareOf(opts: EvaluateOptions): number {
  const share = opts.warnShare ?? DEFAULT_WARN_SHARE;
  if (!(share > 0 && share <= 1)) throw invalid('warnShare', 'warnShare must be in (0, 1]');
  return share;
}

/** The Asia/Shanghai date of a record; throws VALIDATION_FAILED naming the record. */
export function recordDate(record: ObligationRecord, index: number): string {
  if (record.date !== undefined) {
    checkDate(record.date, `records[${index}].date`);
    return record.date;
  }
  if (record.at instanceof Date && !Number.isNaN(record.at.getTime())) return shanghaiDate(record.at);
  throw invalid(`records[${index}]`, 'a record needs a date (YYYY-MM-DD) or a valid instant `at`');
}

function recordHours(record: ObligationRecord, index: number): number {
  const hours = record.hours ?? 0;
  if (!(Number.isFinite(hours) && hours >= 0)) throw invalid(`records[${index}].hours`, 'hours must be a number ≥ 0');
  return hours;
}

const qualifies = (hours: number, minHours: number | undefined) => minHours === undefined || hours + EPSILON >= minHours;

/** Adds the counting records of the wanted subjects to their tallies, in one pass. */
function tallyRecords(
  obligation: EngineObligation,
  frame: Frame,
  records: readonly ObligationRecord[],
  tallies: Map<SubjectId, Tally>,
  onePerDay: boolean,
): void {
  records.forEach((record, index) => {
    const date = recordDate(record, index);
    const hours = recordHours(record, index);
    if (!record.countsToward || date < frame.span.start || date > frame.countUntil) return;
    const tally = tallies.get(record.subjectId);
    if (!tally) return;
    tally.hours += hours;
    if (onePerDay) tally.days.set(date, (tally.days.get(date) ?? 0) + hours);
    else if (qualifies(hours, obligation.minHours)) tally.count++;
  });
}

function doneOf(tally: Tally, minHours: number | undefined, onePerDay: boolean): number {
  if (!onePerDay) return tally.count;
  let done = 0;
  for (const hours of tally.days.values()) if (qualifies(hours, minHours)) done++;
  return done;
}

export function statusOf(frame: Frame, required: number, done: number, warnShare: number): ObligationStatus {
  if (done >= required) return 'met';
  if (frame.ended) return 'overdue';
  return frame.elapsedDays + EPSILON >= warnShare * frame.totalDays ? 'at-risk' : 'due';
}

/** Spreads `remaining` evenly over the days left after `asOf`: the middle of the first equal share. */
export function suggestNext(frame: Frame, remaining: number, asOf: string): string {
  const tomorrow = addDays(asOf, 1);
  const from = tomorrow > frame.span.start ? tomorrow : frame.span.start;
  const daysLeft = diffDays(from, frame.span.end) + 1;
  return addDays(from, Math.floor(daysLeft / (2 * remaining)));
}

function resultOf(
  obligation: EngineObligation,
  subjectId: SubjectId,
  frame: Frame,
  tally: Tally,
  asOf: string,
  opts: EvaluateOptions,
): Evaluation {
  const done = doneOf(tally, obligation.minHours, opts.onePerDay ?? true);
  const required = frame.applies ? obligation.count : 0;
  const remaining = Math.max(0, required - done);
  const status = statusOf(frame, required, done, warnShareOf(opts));
  const suggestedNext = status === 'met' || status === 'overdue' ? null : suggestNext(frame, remaining, asOf);
  const { policyVersion, rule, minHours } = obligation;
  return {
    obligationId: obligation.id,
    subjectId,
    ...(policyVersion !== undefined ? { policyVersion } : {}),
    ...(rule !== undefined ? { rule } : {}),
    period: { ...frame.period },
    ...(frame.window !== undefined ? { window: frame.window && { ...frame.window } } : {}),
    applies: frame.applies,
    required,
    done,
    remaining,
    status,
    suggestedNext,
    ...(minHours !== undefined ? { hours: tally.hours } : {}),
  };
}

/**
 * Evaluates the subjects for the period of kind `obligation.period` given by `period` (default:
 * the one containing `asOf`), as of the end of `asOf`. O(records + subjects).
 */
export function evaluateManyIn(
  obligation: EngineObligation,
  period: { start: string; end: string } | undefined,
  subjectIds: readonly SubjectId[],
  records: readonly ObligationRecord[],
  asOf: string,
  opts: EvaluateOptions = {},
): Evaluation[] {
  checkObligation(obligation);
  checkDate(asOf, 'asOf');
  warnShareOf(opts);
  const onePerDay = opts.onePerDay ?? true;
  const frame = frameOf(obligation, period ?? periodOf(obligation.period, asOf), asOf, opts.calendar);
  const tallies = new Map<SubjectId, Tally>();
  for (const id of subjectIds) if (!tallies.has(id)) tallies.set(id, { days: new Map(), count: 0, hours: 0 });
  tallyRecords(obligation, frame, records, tallies, onePerDay);
  return subjectIds.map((id) => resultOf(obligation, id, frame, tallies.get(id)!, asOf, opts));
}

/** Every subject's standing in the period containing `asOf`, in the order of `subjectIds`. */
export function evaluateMany(
  obligation: EngineObligation,
  subjectIds: readonly SubjectId[],
  records: readonly ObligationRecord[],
  asOf: string,
  opts: EvaluateOptions = {},
): Evaluation[] {
  return evaluateManyIn(obligation, undefined, subjectIds, records, asOf, opts);
}

/** One subject's standing in the period containing `asOf`; records of other subjects are ignored. */
export function evaluate(
  obligation: EngineObligation,
  subjectId: SubjectId,
  records: readonly ObligationRecord[],
  asOf: string,
  opts: EvaluateOptions = {},
): Evaluation {
  return evaluateManyIn(obligation, undefined, [subjectId], records, asOf, opts)[0];
}
