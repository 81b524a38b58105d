/**
 * The township rhythm read from the policy (C2.2, C7.1, D6): the visiting days of every month, the
 * quarterly round and its report. "In principle" dates are policy data: the windows come from
 * `visits.obligations` ('visiting-hours', 'quarterly-round', 'round-report'), never from code.
 */
import { endOfShanghaiDay } from '../calendar';
import { DomainError } from '../errors';
import { engineObligationOf } from '../obligations/from-policy';
import { invalid, lastDayOfMonth, periodOf, windowOf, type DateRange } from '../obligations/periods';
import type { EngineObligation } from '../obligations/types';
import { obligationsOf, warnShareOf, type PolicyValues } from '../policy';

export interface RoundRules {
  /** C7.1: at least `minHours` on each working day of the window, per team member. */
  visitingHours: EngineObligation;
  /** C2.2: every household of the grid once in the window of the quarter's round month (null: no round). */
  quarterlyRound: EngineObligation | null;
  /** C2.2: the round report to the community head, due at the end of its window (null: no report). */
  roundReport: EngineObligation | null;
  warnShare: number;
  policyVersion?: number;
}

export const ROUND_OBLIGATIONS = {
  visitingHours: 'visits/visiting-hours',
  quarterlyRound: 'visits/quarterly-round',
  roundReport: 'visits/round-report',
} as const;

/**
 * The round rules of a policy. The rhythm exists only where the policy has 'visiting-hours' (the
 * township preset); elsewhere (community, marketing) → POLICY_INCOMPLETE naming the missing entry.
 */
export function roundRulesOf(values: PolicyValues, policyVersion?: number): RoundRules {
  const all = obligationsOf(values);
  const find = (id: string) => {
    const entry = all.find((o) => o.id === id);
    return entry ? engineObligationOf(entry, policyVersion) : null;
  };
  const visitingHours = find(ROUND_OBLIGATIONS.visitingHours);
  if (!visitingHours) {
    throw new DomainError(
      'POLICY_INCOMPLETE',
      'the policy in force has no township visiting rhythm (C7.1, D6): concentrated rounds do not apply here',
      [{ field: 'policy.visits.obligations.visiting-hours', message: 'missing' }],
    );
  }
  return {
    visitingHours,
    quarterlyRound: find(ROUND_OBLIGATIONS.quarterlyRound),
    roundReport: find(ROUND_OBLIGATIONS.roundReport),
    warnShare: warnShareOf(values),
    ...(policyVersion !== undefined ? { policyVersion } : {}),
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The dates of a month 'YYYY-MM'; VALIDATION_FAILED naming `path` for anything else. */
export function monthRange(month: string, path = 'month'): DateRange {
  const m = MONTH.exec(month);
  if (!m || Number(m[1]) < 1) throw invalid(path, `${path} must be a month written YYYY-MM`);
  return { start: `${month}-01`, end: `${month}-${String(lastDayOfMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}` };
}

/** The visiting days of `month` (C7.1: days 1-15 by default); the whole month when the policy sets no window. */
export function visitingWindowOf(rules: RoundRules, month: string): DateRange {
  const range = monthRange(month);
  const { window } = rules.visitingHours;
  if (!window) return range;
  return windowOf('month', range, { fromDay: window.fromDay, toDay: window.toDay }) ?? range;
}

/** The window of an obligation of a quarter/year period inside `month`, or null when it lies in another month. */
function windowInMonth(obligation: EngineObligation | null, month: string): DateRange | null {
  if (!obligation) return null;
  const range = monthRange(month);
  const period = periodOf(obligation.period, range.start);
  const window = obligation.window ? windowOf(obligation.period, period, obligation.window) : period;
  if (!window || window.start.slice(0, 7) !== month) return null;
  return { start: window.start, end: window.end < range.end ? window.end : range.end };
}

/** C2.2: the days of the round when `month` is the policy's round month (the quarter's first), else null. */
export function roundWindowOf(rules: RoundRules, month: string): DateRange | null {
  return windowInMonth(rules.quarterlyRound, month);
}

export function isRoundMonth(rules: RoundRules, month: string): boolean {
  return roundWindowOf(rules, month) !== null;
}

/**
 * C2.2 D6: the round report is due "before the 16th": the end (23:59:59.999 Asia/Shanghai) of the
 * last day of the report's window (of the round's window when the policy has no report entry).
 * Null outside round months.
 */
export function reportDueOf(rules: RoundRules, month: string): Date | null {
  const round = roundWindowOf(rules, month);
  if (!round) return null;
  const report = windowInMonth(rules.roundReport, month) ?? round;
  return endOfShanghaiDay(report.end);
}
