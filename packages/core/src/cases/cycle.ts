/** Helpers shared by the action handlers: meeting the time limit and restarting the clock. */
import { timeLimitOf } from '../policy';
import { computeDeadline } from './deadline';
import type { ActionContext, ActionName, ActionOf, CaseState } from './types';

/** What a handler returns; `applyCaseAction` adds the version, the status pair and the deadline pair. */
export interface Step {
  next: CaseState;
  details: Record<string, unknown>;
}

export type Handler<A extends ActionName> = (c: CaseState, action: ActionOf<A>, ctx: ActionContext) => Step;

/**
 * The time limit is met (feedback, resolve-on-spot, reject, merge). Only the first meeting counts
 * until a reopen: an already-met case keeps its metAt and onTime.
 */
export function meet(c: CaseState, now: Date): Pick<CaseState, 'metAt' | 'onTime'> {
  if (c.metAt !== null) return { metAt: c.metAt, onTime: c.onTime };
  return { metAt: now, onTime: !c.missedEarlier && now.getTime() <= c.deadline.getTime() };
}

/**
 * A reopening (reopen, or unsatisfied feedback): a new cycle with a new deadline counted from now,
 * same class and policy version (API contract). The fields of the finished cycle are cleared; the
 * routing (tier, unit, handler, owner) stays. A case never accepted goes back to `received`. A round
 * that missed its deadline is remembered: `onTime` stays false from then on (API contract).
 */
export function reopened(c: CaseState, ctx: ActionContext): CaseState {
  const { deadline, provisional } = computeDeadline(ctx.now, timeLimitOf(ctx.policy, c.caseClass), ctx.calendar);
  const missedEarlier = c.missedEarlier || c.onTime === false || (c.metAt === null && ctx.now.getTime() > c.deadline.getTime());
  return {
    ...c,
    status: c.classConfirmed ? 'reopened' : 'received',
    clockStart: ctx.now,
    deadline,
    deadlineProvisional: provisional,
    metAt: null,
    onTime: missedEarlier ? false : null,
    missedEarlier,
    reopenCount: c.reopenCount + 1,
    extension: null,
    respondedBy: null,
    feedback: null,
    verifiedBy: null,
    closure: null,
    mergedInto: null,
    rejectReason: null,
  };
}

/** The met-state of the cycle that just ended, for the timeline entry. */
export function cycleResult(met: Pick<CaseState, 'metAt' | 'onTime'>): Record<string, unknown> {
  return { metAt: met.metAt, onTime: met.onTime };
}
