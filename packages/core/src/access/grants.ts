import { isWithin, type Actor } from './policy';
import { roleDefinition, roleHas, ROLES, type Role } from './roles';

/**
 * Who may give (and take back) which roles, below the admin (issue "Security first", A8.3): a grant
 * never reaches above the granter's own role, and never the granter themself. Each role definition
 * lists the roles its holders may give (roles.ts: officers appoint the community and grid people of
 * their street or town; a community grid lead appoints workstation staff and grid leaders inside the
 * community, A8.3). Holders of `user.manage` (admins) grant any role inside their scope.
 */
function grantsOf(role: Role): readonly Role[] {
  return roleHas(role, 'user.manage') ? ROLES : ((roleDefinition(role).grants ?? []) as readonly Role[]);
}

export type GrantDecision = 'allowed' | 'self' | 'not-grantable';

/** May `actor` give `role` at the region with `path` to the user `targetUserId` (or take it back)? */
export function grantDecision(actor: Actor, targetUserId: number, role: Role, path: readonly number[]): GrantDecision {
  if (actor.id === targetUserId) return 'self';
  const ok = actor.roles.some((a) => isWithin(path, a.path) && grantsOf(a.role).includes(role));
  return ok ? 'allowed' : 'not-grantable';
}

/** The roles `actor` may give to someone else somewhere in their scope (for the people page). */
export function grantableRoles(actor: Actor): Role[] {
  const out = new Set<Role>();
  for (const a of actor.roles) for (const r of grantsOf(a.role)) out.add(r);
  return ROLES.filter((r) => out.has(r));
}
