/**
 * Who may take each case action (DESIGN §3.7: permissions in one place, as data). The server
 * checks scope (the case's region) first; these rules say which roles, within scope, may act.
 *
 * Besides the role table:
 * - the assigned handler may start, respond and request an extension whatever their role
 *   (a department handler acts only on cases assigned to them);
 * - the handler and the first-inquiry owner may also escalate and transfer: A2.2 has the grid worker
 *   report upward, A1.7 has the first person asked guide the matter to the right handler, C4 has
 *   the handler transfer with an explanation;
 * - the handler or the responder may never verify (checked as the guard VERIFIER_IS_HANDLER);
 * - admin may take any action.
 */
import type { Role } from '../access';
import type { ActionName, CaseActor, CaseState } from './types';

/** Who may take a case in (POST /cases). */
export const intakeRoles: readonly Role[] = [
  'grid-worker',
  'grid-leader',
  'workstation-staff',
  'community-lead',
  'street-officer',
  'town-officer',
  'hotline-operator',
  'admin',
];

/** Who may send `receivedAt` (back-entry of paper records, API contract). */
export const backEntryRoles: readonly Role[] = ['admin', 'hotline-operator', 'workstation-staff', 'community-lead'];

const OFFICERS: readonly Role[] = ['street-officer', 'town-officer'];
/** Accept, reject, merge, assign, escalate, transfer, decide extensions, reopen. */
export const coordinatorRoles: readonly Role[] = ['grid-leader', 'workstation-staff', 'community-lead', ...OFFICERS, 'admin'];
const CLERKS: readonly Role[] = ['workstation-staff', 'community-lead', ...OFFICERS, 'admin'];

export const ACTION_ROLES: Readonly<Record<ActionName, readonly Role[]>> = Object.freeze({
  accept: coordinatorRoles,
  reject: coordinatorRoles,
  merge: coordinatorRoles,
  'resolve-on-spot': ['grid-worker', ...coordinatorRoles],
  escalate: coordinatorRoles,
  assign: coordinatorRoles,
  transfer: coordinatorRoles,
  start: coordinatorRoles,
  'request-extension': coordinatorRoles,
  'decide-extension': coordinatorRoles,
  respond: coordinatorRoles,
  feedback: ['grid-worker', 'hotline-operator', ...coordinatorRoles],
  verify: ['supervisor', ...CLERKS],
  close: CLERKS,
  archive: CLERKS,
  reopen: ['supervisor', ...coordinatorRoles],
});

/** Actions the assigned handler may take whatever their role. */
export const HANDLER_ACTIONS: readonly ActionName[] = ['start', 'respond', 'request-extension', 'escalate', 'transfer'];
/** Actions the first-inquiry owner may take whatever their role (A1.7, A2.2). */
export const OWNER_ACTIONS: readonly ActionName[] = ['escalate', 'transfer'];

/** True when the actor handles or answered the case: such a person may not verify it. */
export function isHandlerOrResponder(c: Pick<CaseState, 'handlerId' | 'respondedBy'>, actorId: number): boolean {
  return c.handlerId === actorId || c.respondedBy === actorId;
}

/** The role side of the decision (no state check): may this actor take `action` on this case? */
export function mayTakeAction(c: Pick<CaseState, 'handlerId' | 'ownerId'>, actor: CaseActor, action: ActionName): boolean {
  if (actor.roles.includes('admin')) return true;
  if (actor.roles.some((role) => ACTION_ROLES[action].includes(role))) return true;
  if (c.handlerId === actor.id && HANDLER_ACTIONS.includes(action)) return true;
  return c.ownerId === actor.id && OWNER_ACTIONS.includes(action);
}
