/**
 * Extensions (A3.4, D4): only for classes the policy makes extendable; a reason addressed to the
 * resident (checked with the body); an approved extension sets the deadline the approver chose,
 * never earlier than the current one, never already past, and within the policy's cap if any.
 */
import { isExtendable } from '../policy';
import { caseError } from './case-errors';
import type { Handler } from './cycle';
import { computeDeadline } from './deadline';
import type { ActionContext, CaseState } from './types';

function checkExtendable(c: CaseState, ctx: ActionContext): void {
  if (!isExtendable(ctx.policy, c.caseClass)) {
    throw caseError('EXTENSION_NOT_ALLOWED_FOR_CLASS', `class "${c.caseClass}" may not be extended under this policy (A3.4, D4)`, {
      caseClass: c.caseClass,
    });
  }
}

/** Checks a proposed or approved deadline against the current one, now and the policy's cap. */
function checkNewDeadline(c: CaseState, deadline: Date, field: string, ctx: ActionContext): void {
  if (deadline.getTime() < c.deadline.getTime()) {
    throw caseError('EXTENSION_DEADLINE_TOO_EARLY', 'an extension cannot move the deadline earlier', {
      field,
      currentDeadline: c.deadline,
    });
  }
  if (deadline.getTime() <= ctx.now.getTime()) {
    throw caseError('EXTENSION_DEADLINE_PASSED', 'the extended deadline must lie in the future', { field, now: ctx.now });
  }
  const cap = ctx.policy.extension.maxLength;
  if (cap === undefined) return;
  const latest = computeDeadline(c.deadline, cap, ctx.calendar).deadline;
  if (deadline.getTime() > latest.getTime()) {
    throw caseError('EXTENSION_TOO_LONG', `the policy allows at most ${cap.value} ${cap.unit} of extension`, {
      field,
      latestDeadline: latest,
    });
  }
}

export const requestExtension: Handler<'request-extension'> = (c, action, ctx) => {
  checkExtendable(c, ctx);
  if (c.extension !== null) {
    throw caseError('EXTENSION_ALREADY_REQUESTED', 'an extension request is already waiting for a decision', {
      requestedAt: c.extension.requestedAt,
    });
  }
  checkNewDeadline(c, action.proposedDeadline, 'proposedDeadline', ctx);
  const extension = { requestedBy: ctx.actor.id, reason: action.reason, proposedDeadline: action.proposedDeadline, requestedAt: ctx.now };
  return { next: { ...c, extension }, details: { reason: action.reason, proposedDeadline: action.proposedDeadline } };
};

/**
 * Decides the pending request. Approved: the deadline becomes the approver's `deadline`, or the
 * proposed one; it is a chosen instant, not a calendar computation, so it is never provisional.
 */
export const decideExtension: Handler<'decide-extension'> = (c, action, ctx) => {
  if (c.extension === null) throw caseError('EXTENSION_NOT_REQUESTED', 'there is no extension request to decide');
  checkExtendable(c, ctx);
  const request = c.extension;
  const details = {
    approve: action.approve,
    reason: action.reason,
    requestedBy: request.requestedBy,
    proposedDeadline: request.proposedDeadline,
  };
  if (!action.approve) return { next: { ...c, extension: null }, details };
  const deadline = action.deadline ?? request.proposedDeadline;
  checkNewDeadline(c, deadline, action.deadline ? 'deadline' : 'proposedDeadline', ctx);
  return { next: { ...c, extension: null, deadline, deadlineProvisional: false }, details };
};
