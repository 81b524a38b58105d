/**
 * The case workflow as a pure state machine (DESIGN §3.1-3.2): `applyCaseAction` checks in the
 * contract's order (body 400 → role 403 → VERSION_CONFLICT → ACTION_NOT_ALLOWED → the action's own
 * guards) and returns the next state with its timeline entry; `actionsFor` lists what an actor may
 * do now, so the UI never re-derives the rules.
 */
import { ErrorCodes } from '../errors';
import { isExtendable, nextTierOf, type PolicyValues } from '../policy';
import { caseError } from './case-errors';
import type { Handler, Step } from './cycle';
import { accept, merge, reject, resolveOnSpot } from './actions-intake';
import { assign, escalate, start, transfer } from './actions-routing';
import { decideExtension, requestExtension } from './actions-extension';
import { archive, close, feedback, reopen, respond, verify } from './actions-result';
import { ACTION_ROLES, isHandlerOrResponder, mayTakeAction } from './permissions';
import { ALLOWED_ACTIONS, isAllowedIn } from './state-table';
import { validateCaseAction } from './validate';
import type { ActionContext, ActionName, ActionResult, CaseAction, CaseActor, CaseState, TimelineEntry } from './types';

const HANDLERS: { readonly [A in ActionName]: Handler<A> } = {
  accept,
  reject,
  merge,
  'resolve-on-spot': resolveOnSpot,
  escalate,
  assign,
  transfer,
  start,
  'request-extension': requestExtension,
  'decide-extension': decideExtension,
  respond,
  feedback,
  verify,
  close,
  archive,
  reopen,
};

function checkPermission(c: CaseState, action: ActionName, actor: CaseActor): void {
  if (!mayTakeAction(c, actor, action)) {
    throw caseError(ErrorCodes.FORBIDDEN, `your roles may not ${action} this case`, { action, roles: ACTION_ROLES[action] });
  }
}

function checkVersionAndState(c: CaseState, action: ActionName, expectedVersion: number): void {
  if (expectedVersion !== c.version) {
    throw caseError(ErrorCodes.VERSION_CONFLICT, `the case is at version ${c.version}, not ${expectedVersion}`, {
      expectedVersion,
      currentVersion: c.version,
    });
  }
  if (!isAllowedIn(c.status, action)) {
    throw caseError(ErrorCodes.ACTION_NOT_ALLOWED, `${action} is not allowed while the case is ${c.status}`, {
      action,
      status: c.status,
      allowed: [...ALLOWED_ACTIONS[c.status]],
    });
  }
}

function entryOf(c: CaseState, step: Step, action: ActionName, ctx: ActionContext): TimelineEntry {
  const entry: TimelineEntry = {
    action,
    at: ctx.now,
    actorId: ctx.actor.id,
    fromStatus: c.status,
    toStatus: step.next.status,
    details: step.details,
  };
  if (step.next.deadline.getTime() !== c.deadline.getTime()) {
    entry.deadlineBefore = c.deadline;
    entry.deadlineAfter = step.next.deadline;
  }
  return entry;
}

/** Applies one action to a case. Throws a DomainError with a stable code; never mutates `c`. */
export function applyCaseAction(c: CaseState, action: CaseAction, ctx: ActionContext): ActionResult {
  validateCaseAction(action, ctx.policy);
  checkPermission(c, action.action, ctx.actor);
  checkVersionAndState(c, action.action, ctx.expectedVersion);
  const step = (HANDLERS[action.action] as Handler<ActionName>)(c, action as never, ctx);
  const next = { ...step.next, version: c.version + 1 };
  return { next, entry: entryOf(c, { ...step, next }, action.action, ctx) };
}

/** The guards that need no request body: what `actionsFor` can know in advance. */
function passesStateGuards(c: CaseState, action: ActionName, actor: CaseActor, policy?: PolicyValues): boolean {
  switch (action) {
    case 'verify':
      return !isHandlerOrResponder(c, actor.id);
    case 'request-extension':
      return c.extension === null && (!policy || isExtendable(policy, c.caseClass));
    case 'decide-extension':
      return c.extension !== null;
    case 'escalate':
      return !policy || isBelowTop(policy, c.tier);
    default:
      return true;
  }
}

function isBelowTop(policy: PolicyValues, tier: string): boolean {
  try {
    return nextTierOf(policy, tier) !== null;
  } catch {
    return false;
  }
}

/**
 * The actions this actor may take now: the state table ∩ role permissions, minus the actions
 * whose body-free guards already fail (verify by the handler, deciding without a request...).
 * With `policy`, also the class and ladder guards (extendable class, top of the ladder).
 */
export function actionsFor(c: CaseState, actor: CaseActor, policy?: PolicyValues): ActionName[] {
  return ALLOWED_ACTIONS[c.status].filter((action) => mayTakeAction(c, actor, action) && passesStateGuards(c, action, actor, policy));
}
