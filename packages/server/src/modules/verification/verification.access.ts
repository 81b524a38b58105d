/**
 * Who may do what with verification (A8.2, A8.3, D8). Pure: the actor's role assignments and the
 * path of the region or grid concerned.
 *
 * - Quarterly draws and their forms: workstation staff (A8.2: "workstation staff verify"), the
 *   community grid lead and admins, within their scope.
 * - The yearly check of each grid worker's records: the community grid lead (A8.3) and admins.
 * - Reading draws, tasks and the per-area summary: those, and street/town officers and supervisors
 *   above them (the area evaluation feeds their assessment). Grid workers and leaders: 403.
 */
import { DomainError, isWithin, type Actor, type Role } from '@gridwork/core';

export type VerificationAction = 'verification.read' | 'verification.draw' | 'verification.yearly';

const ROLES: Record<VerificationAction, readonly Role[]> = {
  'verification.read': ['admin', 'street-officer', 'town-officer', 'community-lead', 'workstation-staff', 'supervisor'],
  'verification.draw': ['admin', 'community-lead', 'workstation-staff'],
  'verification.yearly': ['admin', 'community-lead'],
};

const MESSAGES: Record<VerificationAction, string> = {
  'verification.read': 'your role may not read verification records',
  'verification.draw': 'only workstation staff, the community grid lead or an admin draw and verify households (A8.2)',
  'verification.yearly': 'only the community grid lead or an admin runs the yearly check (A8.3)',
};

/** The actor's assignments that grant `action` (anywhere): lists are filtered by their scope only. */
export function actorFor(actor: Actor, action: VerificationAction): Actor {
  return { ...actor, roles: actor.roles.filter((r) => ROLES[action].includes(r.role)) };
}

export function canVerify(actor: Actor, action: VerificationAction, path: readonly number[]): boolean {
  return actorFor(actor, action).roles.some((r) => isWithin(path, r.path));
}

export function assertCanVerify(actor: Actor, action: VerificationAction, path: readonly number[]): void {
  if (!canVerify(actor, action, path)) throw new DomainError('FORBIDDEN', MESSAGES[action]);
}

/** Whether the actor holds a role that reads verification records somewhere (the menu entry). */
export function readsVerification(actor: Actor): boolean {
  return actorFor(actor, 'verification.read').roles.length > 0;
}

/** Who fills a task's form: the draw roles for a quarterly task, the yearly roles for a yearly one. */
export function formAction(kind: 'quarterly' | 'yearly'): VerificationAction {
  return kind === 'yearly' ? 'verification.yearly' : 'verification.draw';
}
