/**
 * Who may take each case action: the `case` table of the access registry (core/access/registry-cases.ts),
 * read here for the state machine. The server checks scope (the case's region) first, so the roles
 * passed in are those bound at or above the case's grid; the registry decides the rest (capabilities,
 * and the handler's and owner's relations). The handler or the responder never verifies (the guard
 * VERIFIER_IS_HANDLER, workflow.ts).
 */
import { allowsInScope, ROLES, rolesWith, ruleOf, type Action, type Role } from '../access';
import { ACTION_NAMES, type ActionName, type CaseActor, type CaseState } from './types';

const caseAction = (action: ActionName) => `case.${action}` as Action;

/** Who may take a case in (POST /cases). */
export const intakeRoles: readonly Role[] = rolesWith('case.intake');
/** Who may send `receivedAt` (back-entry of paper records, API contract). */
export const backEntryRoles: readonly Role[] = rolesWith('case.back-entry');
/** Accept, reject, merge, assign, escalate, transfer, decide extensions, reopen. */
export const coordinatorRoles: readonly Role[] = rolesWith('case.coordinate');

/** The roles that may take each action by their role alone (for error details and tests). */
export const ACTION_ROLES: Readonly<Record<ActionName, readonly Role[]>> = Object.freeze(
  Object.fromEntries(
    ACTION_NAMES.map((a) => [a, ROLES.filter((role) => allowsInScope({ id: -1, roles: [role] }, caseAction(a)))]),
  ) as Record<ActionName, Role[]>,
);

const byRelation = (relation: 'handler' | 'owner') =>
  ACTION_NAMES.filter((a) => ruleOf(caseAction(a)).grants.some((g) => 'relation' in g && g.relation === relation));
/** Actions the assigned handler may take whatever their role. */
export const HANDLER_ACTIONS: readonly ActionName[] = byRelation('handler');
/** Actions the first-inquiry owner may take whatever their role (A1.7, A2.2). */
export const OWNER_ACTIONS: readonly ActionName[] = byRelation('owner');

/** True when the actor handles or answered the case: such a person may not verify it. */
export function isHandlerOrResponder(c: Pick<CaseState, 'handlerId' | 'respondedBy'>, actorId: number): boolean {
  return c.handlerId === actorId || c.respondedBy === actorId;
}

/** The role side of the decision (no state check): may this actor take `action` on this case? */
export function mayTakeAction(c: Pick<CaseState, 'handlerId' | 'ownerId'>, actor: CaseActor, action: ActionName): boolean {
  return allowsInScope(actor, caseAction(action), { handlerId: c.handlerId, ownerId: c.ownerId });
}
