import { isWithin, type Actor } from './policy';
import { ROLES, type Role } from './roles';

/**
 * Who may give (and take back) which roles, below the admin (issue "Security first", A8.3): a grant
 * never reaches above the granter's own role, and never the granter themself. Officers appoint the
 * community and grid people of their street or town; a community grid lead appoints workstation staff
 * and grid leaders inside the community (A8.3). Admins grant any role inside their scope.
 */
export const GRANTABLE_ROLES: Readonly<Partial<Record<Role, readonly Role[]>>> = Object.freeze({
  'street-officer': ['community-lead', 'workstation-staff', 'grid-leader', 'grid-worker'],
  'town-officer': ['community-lead', 'workstation-staff', 'grid-leader', 'grid-worker'],
  'community-lead': ['workstation-staff', 'grid-leader'],
});

export type GrantDecision = 'allowed' | 'self' | 'not-grantable';

/** May `actor` give `role` at the region with `path` to the user `targetUserId` (or take it back)? */
export function grantDecision(actor: Actor, targetUserId: number, role: Role, path: readonly number[]): GrantDecision {
  if (actor.id === targetUserId) return 'self';
  const ok = actor.roles.some((a) => isWithin(path, a.path) && (a.role === 'admin' || (GRANTABLE_ROLES[a.role] ?? []).includes(role)));
  return ok ? 'allowed' : 'not-grantable';
}

/** The roles `actor` may give to someone else somewhere in their scope (for the people page). */
export function grantableRoles(actor: Actor): Role[] {
  const out = new Set<Role>();
  for (const a of actor.roles) {
    if (a.role === 'admin') return [...ROLES];
    for (const r of GRANTABLE_ROLES[a.role] ?? []) out.add(r);
  }
  return [...out];
}
