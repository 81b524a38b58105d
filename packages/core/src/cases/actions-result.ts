/**
 * From the answer to the archive: respond, feedback to the resident (meets the limit, D2; an
 * unsatisfied resident reopens the case), verify by someone else, close with A3.3's fields,
 * archive, and reopen.
 */
import { caseError } from './case-errors';
import { cycleResult, meet, reopened, type Handler } from './cycle';
import { isHandlerOrResponder } from './permissions';

/** The handler's answer; the resident still has to be told (`feedback` meets the limit). */
export const respond: Handler<'respond'> = (c, action, ctx) => ({
  next: { ...c, status: 'responded', respondedBy: ctx.actor.id, extension: null },
  details: { details: action.details },
});

/** A3.2: the resident is told the result. Satisfied or basically satisfied → fed-back; unsatisfied → reopened. */
export const feedback: Handler<'feedback'> = (c, action, ctx) => {
  const given = { satisfaction: action.satisfaction, note: action.note ?? null };
  const met = meet(c, ctx.now);
  const details = { ...given, ...cycleResult(met) };
  if (action.satisfaction === 'unsatisfied') return { next: reopened(c, ctx), details: { ...details, reopened: true } };
  return { next: { ...c, ...met, status: 'fed-back', feedback: given }, details };
};

/** Verification by someone other than the handler and the responder. */
export const verify: Handler<'verify'> = (c, action, ctx) => {
  if (isHandlerOrResponder(c, ctx.actor.id)) {
    throw caseError('VERIFIER_IS_HANDLER', 'the result must be verified by someone other than its handler or responder', {
      handlerId: c.handlerId,
      respondedBy: c.respondedBy,
    });
  }
  return { next: { ...c, status: 'verified', verifiedBy: ctx.actor.id }, details: { note: action.note ?? null } };
};

/** A3.3: registers handling unit, handler, completion time and what was done. */
export const close: Handler<'close'> = (c, action, ctx) => {
  if (action.completedAt.getTime() > ctx.now.getTime()) {
    throw caseError('CLOSE_COMPLETED_AT_IN_FUTURE', 'completedAt cannot lie in the future', [
      { field: 'completedAt', message: 'must not be after now' },
    ]);
  }
  if (action.completedAt.getTime() < c.receivedAt.getTime()) {
    throw caseError('CLOSE_COMPLETED_AT_BEFORE_RECEIPT', 'completedAt cannot precede the receipt of the case', [
      { field: 'completedAt', message: 'must not be before receivedAt' },
    ]);
  }
  const closure = { handlingUnit: action.handlingUnit, handler: action.handler, completedAt: action.completedAt, details: action.details };
  return { next: { ...c, status: 'closed', closure }, details: { ...closure } };
};

export const archive: Handler<'archive'> = (c) => ({ next: { ...c, status: 'archived' }, details: {} });

/** Reopens a finished cycle: new deadline counted from now, same class and policy version. */
export const reopen: Handler<'reopen'> = (c, action, ctx) => ({
  next: reopened(c, ctx),
  details: { reason: action.reason, ...cycleResult(c) },
});
