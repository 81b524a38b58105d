/**
 * A grid's round progress for one month (C2.2, C7.1, D6), from the records alone, as of `now`:
 * - per member and working day of the visiting window: merged hours, met (≥ minHours), status;
 * - per member: days met / working days so far, in-person visits and hours in the window;
 * - in the round month (the quarter's first, by policy): households reached / total, those not reached;
 * - the report's due moment and the grid's status: `done` (everything asked is met: every working day
 *   of every member, and in a round month every household and the submitted report), `overdue` (the
 *   month's deadline passed without that), `behind` (a working day already missed, or the round at
 *   risk by the policy's warn share), else `on-track`.
 * Pure: calendar, rules and `now` are arguments. The obligation engine evaluates every figure.
 */
import { endOfShanghaiDay, shanghaiDate } from '../calendar';
import { isInPersonVisit } from '../households/visit-status';
import { evaluateManyIn } from '../obligations/engine';
import { periodOf, type DateRange, type WorkdayCalendar } from '../obligations/periods';
import { evaluateSeries } from '../obligations/series';
import type { ObligationRecord, ObligationStatus, SubjectId } from '../obligations/types';
import { tallyMembers, type RoundVisit } from './hours';
import { reportDueOf, roundWindowOf, visitingWindowOf, type RoundRules } from './rules';

export type RoundStatus = 'on-track' | 'behind' | 'done' | 'overdue';
export type RoundReportStatus = 'draft' | 'submitted' | 'acknowledged';

export interface RoundInput {
  month: string;
  now: Date;
  rules: RoundRules;
  calendar: WorkdayCalendar;
  /** The grid's team members (grid workers and grid leaders of the grid). */
  members: readonly SubjectId[];
  /** The grid's households. */
  households: readonly SubjectId[];
  /** Visits of the grid's households (any type: calls are left out here). */
  visits: readonly RoundVisit[];
  /** The month's round report, when there is one. */
  report?: { status: RoundReportStatus; submittedAt: Date | null } | null;
}

export interface MemberDay {
  date: string;
  hours: number;
  met: boolean;
  status: ObligationStatus;
}

export interface MemberProgress {
  memberId: SubjectId;
  days: MemberDay[];
  workingDays: number;
  workingDaysSoFar: number;
  daysMet: number;
  /** Working days already over (before `now`'s date or today ended) and not met. */
  daysMissed: number;
  visits: number;
  /** Merged hours on every date of the window (rest days included). */
  hours: number;
}

export interface RoundReach {
  window: DateRange;
  total: number;
  reached: number;
  notReached: SubjectId[];
  status: ObligationStatus;
}

export interface RoundProgress {
  month: string;
  /** `now`'s Asia/Shanghai date: figures count records up to its end. */
  asOf: string;
  window: DateRange;
  workingDays: string[];
  workingDaysSoFar: number;
  minHours: number;
  policyVersion?: number;
  members: MemberProgress[];
  /** Only in the round month. */
  round: RoundReach | null;
  /** Only in the round month. */
  report: { due: Date; submittedAt: Date | null; onTime: boolean | null } | null;
  /** When the month's obligations end: the report due in a round month, else the window's last day. */
  deadline: Date;
  status: RoundStatus;
}

/** An unmet span ending today is at risk, not over: the engine's "as of the end of asOf" is later than `now`. */
function stillOpen(status: ObligationStatus, end: string, asOf: string): ObligationStatus {
  return status === 'overdue' && end === asOf ? 'at-risk' : status;
}

function memberProgress(input: RoundInput, window: DateRange, asOf: string): MemberProgress[] {
  const { rules, calendar } = input;
  const tallies = tallyMembers(input.members, input.visits, window);
  return input.members.map((memberId) => {
    const tally = tallies.get(memberId)!;
    const records: ObligationRecord[] = [...tally.hoursByDate].map(([date, hours]) => ({
      subjectId: memberId,
      date,
      hours,
      countsToward: true,
    }));
    const series = evaluateSeries(rules.visitingHours, memberId, records, { from: window.start, to: window.end }, asOf, {
      calendar,
      warnShare: rules.warnShare,
    });
    // The engine evaluates as of the end of `asOf`; `now` lies inside that day, so today is never over yet.
    const days = series.periods.map((p) => ({
      date: p.period.start,
      hours: p.hours ?? 0,
      met: p.status === 'met',
      status: stillOpen(p.status, p.period.end, asOf),
    }));
    let hours = 0;
    for (const h of tally.hoursByDate.values()) hours += h;
    return {
      memberId,
      days,
      workingDays: days.length,
      workingDaysSoFar: days.filter((d) => d.date <= asOf).length,
      daysMet: series.met,
      daysMissed: days.filter((d) => d.status === 'overdue').length,
      visits: tally.visits,
      hours,
    };
  });
}

function roundReach(input: RoundInput, window: DateRange, asOf: string): RoundReach {
  const quarterly = input.rules.quarterlyRound!;
  const records: ObligationRecord[] = input.visits.map((v) => ({
    subjectId: v.householdId,
    at: v.startedAt,
    countsToward: isInPersonVisit(v.type),
  }));
  const period = periodOf(quarterly.period, window.start);
  const results = evaluateManyIn(quarterly, period, input.households, records, asOf, { warnShare: input.rules.warnShare });
  const notReached = results.filter((r) => r.status !== 'met').map((r) => r.subjectId);
  const worst: ObligationStatus =
    notReached.length === 0 ? 'met' : stillOpen(results.find((r) => r.status !== 'met')!.status, window.end, asOf);
  return { window, total: results.length, reached: results.length - notReached.length, notReached, status: worst };
}

function statusOf(p: Omit<RoundProgress, 'status'>, now: Date, submitted: boolean): RoundStatus {
  const daysDone = p.members.every((m) => m.days.every((d) => d.met));
  const roundDone = !p.round || (p.round.notReached.length === 0 && submitted);
  if (daysDone && roundDone) return 'done';
  if (now.getTime() > p.deadline.getTime()) return 'overdue';
  const missed = p.members.some((m) => m.daysMissed > 0);
  const roundLate = p.round !== null && (p.round.status === 'at-risk' || p.round.status === 'overdue');
  return missed || roundLate ? 'behind' : 'on-track';
}

/** The grid's progress in `input.month` as of `input.now`. */
export function computeRoundProgress(input: RoundInput): RoundProgress {
  const { rules, month, now } = input;
  const asOf = shanghaiDate(now);
  const window = visitingWindowOf(rules, month);
  const roundWindow = roundWindowOf(rules, month);
  const members = memberProgress(input, window, asOf);
  const workingDays = evaluateSeries(rules.visitingHours, '', [], { from: window.start, to: window.end }, asOf, {
    calendar: input.calendar,
  }).periods.map((p) => p.period.start);
  const due = reportDueOf(rules, month);
  const submittedAt = input.report && input.report.status !== 'draft' ? input.report.submittedAt : null;
  const ends = [endOfShanghaiDay(window.end), ...(roundWindow ? [endOfShanghaiDay(roundWindow.end)] : []), ...(due ? [due] : [])];
  const base = {
    month,
    asOf,
    window,
    workingDays,
    workingDaysSoFar: workingDays.filter((d) => d <= asOf).length,
    minHours: rules.visitingHours.minHours ?? 0,
    ...(rules.policyVersion !== undefined ? { policyVersion: rules.policyVersion } : {}),
    members,
    round: roundWindow ? roundReach(input, roundWindow, asOf) : null,
    report: due ? { due, submittedAt, onTime: submittedAt ? submittedAt.getTime() <= due.getTime() : null } : null,
    deadline: ends.reduce((a, b) => (b.getTime() > a.getTime() ? b : a)),
  };
  return { ...base, status: statusOf(base, now, submittedAt !== null) };
}
