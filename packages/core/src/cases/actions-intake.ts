/** Actions on a newly received matter: accept (D4), reject, merge as duplicate, resolve on the spot (A1.6, A2.1, C5.3). */
import { timeLimitOf } from '../policy';
import { caseError } from './case-errors';
import { cycleResult, meet, type Handler } from './cycle';
import { computeDeadline } from './deadline';

/**
 * Confirms the class (D4). A different class recomputes the deadline from the start of the
 * running clock (receivedAt, or the reopening of a never-accepted case) with the new limit.
 */
export const accept: Handler<'accept'> = (c, action, ctx) => {
  const caseClass = action.caseClass ?? c.caseClass;
  const next = { ...c, status: 'accepted' as const, caseClass, classConfirmed: true };
  if (caseClass === c.caseClass) return { next, details: { caseClass } };
  const { deadline, provisional } = computeDeadline(c.clockStart, timeLimitOf(ctx.policy, caseClass), ctx.calendar);
  return {
    next: { ...next, deadline, deadlineProvisional: provisional },
    details: { caseClass, classBefore: c.caseClass },
  };
};

/** A reject answers the resident (not handled here): it meets the time limit. */
export const reject: Handler<'reject'> = (c, action, ctx) => {
  const met = meet(c, ctx.now);
  return {
    next: { ...c, ...met, status: 'rejected', rejectReason: action.reason },
    details: { reason: action.reason, ...cycleResult(met) },
  };
};

/** Merged as a duplicate: the other case carries the matter; this one's time limit is met. */
export const merge: Handler<'merge'> = (c, action, ctx) => {
  if (action.intoCaseId === c.id) {
    throw caseError('CANNOT_MERGE_INTO_SELF', 'a case cannot be merged into itself', [
      { field: 'intoCaseId', message: 'must be another case' },
    ]);
  }
  const met = meet(c, ctx.now);
  return {
    next: { ...c, ...met, status: 'merged', mergedInto: action.intoCaseId, extension: null },
    details: { intoCaseId: action.intoCaseId, ...cycleResult(met) },
  };
};

/** Solved or answered on the spot (A1.6, A2.1, C5.3, D2): the resident has the answer, the limit is met. */
export const resolveOnSpot: Handler<'resolve-on-spot'> = (c, action, ctx) => {
  const met = meet(c, ctx.now);
  return {
    next: { ...c, ...met, status: 'fed-back', respondedBy: ctx.actor.id, extension: null },
    details: { details: action.details, ...cycleResult(met) },
  };
};
