/**
 * Intake (A1.7, A3.4, C5.2, D2-D4): the initial state of a case, and the recomputation of a
 * provisional deadline once its year's calendar is confirmed.
 */
import type { WorkingCalendar } from '../calendar';
import { tierLadderOf, timeLimitOf, type PolicyValues } from '../policy';
import { invalid, type FieldProblem } from './case-errors';
import { computeDeadline } from './deadline';
import { checkCaseClass, isValidInstant } from './validate';
import type { CaseState, TimelineEntry } from './types';

export interface NewCaseInput {
  /** The stored id when known (e.g. drawn from a sequence); 0 when the store assigns it on insert. */
  id?: number;
  receivedAt: Date;
  caseClass: string;
  /** A code of the policy's ladder; default its first (lowest) rung. */
  tier?: string;
  /** The first-inquiry owner (A1.7): who took the matter in. */
  ownerId: number;
  /** The policy values in force at entry, and their version (kept on the case, D4). */
  policy: PolicyValues;
  policyVersion: number;
  calendar: WorkingCalendar;
  now: Date;
}

function isPositiveInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) > 0;
}

function checkInput(input: NewCaseInput): void {
  const problems: FieldProblem[] = [];
  if (!isValidInstant(input.receivedAt)) problems.push({ field: 'receivedAt', message: 'must be a valid timestamp' });
  else if (input.receivedAt.getTime() > input.now.getTime()) problems.push({ field: 'receivedAt', message: 'must not lie in the future' });
  const ladder = tierLadderOf(input.policy).map((t) => t.code);
  if (input.tier !== undefined && !ladder.includes(input.tier)) {
    problems.push({ field: 'tier', message: `must be one of ${ladder.join(', ')}` });
  }
  if (!isPositiveInteger(input.ownerId)) problems.push({ field: 'ownerId', message: 'must be a user id' });
  if (!isPositiveInteger(input.policyVersion)) problems.push({ field: 'policyVersion', message: 'must be a positive integer' });
  if (problems.length > 0) throw invalid(problems);
  checkCaseClass(input.policy, input.caseClass);
}

/**
 * The case as taken in: status `received`, version 1, the deadline from the policy in force and
 * the calendar applied to `receivedAt`. Never refused for calendar reasons: an unconfirmed year
 * gives `deadlineProvisional: true`.
 */
export function newCase(input: NewCaseInput): CaseState {
  checkInput(input);
  const { deadline, provisional } = computeDeadline(input.receivedAt, timeLimitOf(input.policy, input.caseClass), input.calendar);
  return {
    id: input.id ?? 0,
    status: 'received',
    version: 1,
    caseClass: input.caseClass,
    classConfirmed: false,
    tier: input.tier ?? tierLadderOf(input.policy)[0].code,
    receivedAt: input.receivedAt,
    clockStart: input.receivedAt,
    deadline,
    deadlineProvisional: provisional,
    policyVersion: input.policyVersion,
    ownerId: input.ownerId,
    handlerId: null,
    handlingUnit: null,
    extension: null,
    metAt: null,
    onTime: null,
    escalations: 0,
    reopenCount: 0,
    missedEarlier: false,
    respondedBy: null,
    feedback: null,
    verifiedBy: null,
    closure: null,
    mergedInto: null,
    rejectReason: null,
  };
}

/** The first timeline entry of a case, written with it. */
export function intakeEntryOf(c: CaseState, actorId: number, now: Date): TimelineEntry {
  return {
    action: 'intake',
    at: now,
    actorId,
    fromStatus: null,
    toStatus: c.status,
    details: {
      receivedAt: c.receivedAt,
      caseClass: c.caseClass,
      tier: c.tier,
      deadline: c.deadline,
      deadlineProvisional: c.deadlineProvisional,
      policyVersion: c.policyVersion,
    },
  };
}

/**
 * Recomputes a provisional deadline (from the running clock's start, with the case's class and
 * policy version) after a year got confirmed or the calendar was corrected. Returns null when the
 * case is not provisional or nothing changed; otherwise the next state (version + 1, onTime
 * re-decided against the new deadline) and a system timeline entry. Deadlines set by an approved
 * extension are never provisional, so they are never recomputed.
 */
export function recomputeProvisional(
  c: CaseState,
  ctx: { policy: PolicyValues; calendar: WorkingCalendar; now: Date },
): { next: CaseState; entry: TimelineEntry } | null {
  if (!c.deadlineProvisional) return null;
  const { deadline, provisional } = computeDeadline(c.clockStart, timeLimitOf(ctx.policy, c.caseClass), ctx.calendar);
  const moved = deadline.getTime() !== c.deadline.getTime();
  if (!moved && provisional) return null;
  const onTime = c.metAt === null ? (c.missedEarlier ? false : null) : !c.missedEarlier && c.metAt.getTime() <= deadline.getTime();
  const next: CaseState = { ...c, deadline, deadlineProvisional: provisional, onTime, version: c.version + 1 };
  const entry: TimelineEntry = {
    action: 'deadline-recomputed',
    at: ctx.now,
    actorId: null,
    fromStatus: c.status,
    toStatus: c.status,
    details: { provisional, onTimeBefore: c.onTime, onTime },
  };
  if (moved) Object.assign(entry, { deadlineBefore: c.deadline, deadlineAfter: deadline });
  return { next, entry };
}
