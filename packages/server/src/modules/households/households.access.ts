/**
 * Who may do what with households, residents and visits (API contract "Households and visits";
 * A11.1, C3, D10). Pure: an actor's role assignments and the household's grid path.
 *
 * - Grid workers register households and residents and record visits in their own grids; grid
 *   leaders, workstation staff, community grid leads, street/town officers and admins can do the
 *   same within their scope. Supervisors read (A8, C8). Other roles get 403.
 * - Reveal of an ID number: admin, community grid leads and workstation staff; of a phone: those,
 *   and the grid workers of the household's own grid. One record at a time, each reveal audited.
 */
import { DomainError, isWithin, type Actor, type Role } from '@gridwork/core';

export type HouseholdAction = 'household.read' | 'household.edit' | 'resident.reveal-id-number' | 'resident.reveal-phone';

const EDITORS: readonly Role[] = [
  'admin', 'street-officer', 'town-officer', 'community-lead', 'workstation-staff', 'grid-leader', 'grid-worker',
];

const ROLES: Record<HouseholdAction, readonly Role[]> = {
  'household.read': [...EDITORS, 'supervisor'],
  'household.edit': EDITORS,
  'resident.reveal-id-number': ['admin', 'community-lead', 'workstation-staff'],
  'resident.reveal-phone': ['admin', 'community-lead', 'workstation-staff', 'grid-worker'],
};

/** The actor's assignments that grant `action` (anywhere): lists are filtered by their scope only. */
export function actorFor(actor: Actor, action: HouseholdAction): Actor {
  return { ...actor, roles: actor.roles.filter((r) => ROLES[action].includes(r.role)) };
}

/**
 * May `actor` take `action` on a household of the grid at `gridPath`? A grid worker's assignment is
 * bound to a grid, so "inside the assignment" means "in their own grid".
 */
export function canOnHousehold(actor: Actor, action: HouseholdAction, gridPath: readonly number[]): boolean {
  return actorFor(actor, action).roles.some((r) => isWithin(gridPath, r.path));
}

const MESSAGES: Record<HouseholdAction, string> = {
  'household.read': 'your role may not read household records',
  'household.edit': 'your role may not change household records here',
  'resident.reveal-id-number': 'your role may not reveal ID numbers',
  'resident.reveal-phone': 'your role may not reveal phone numbers here',
};

export function assertCan(actor: Actor, action: HouseholdAction, gridPath: readonly number[]): void {
  if (!canOnHousehold(actor, action, gridPath)) throw new DomainError('FORBIDDEN', MESSAGES[action]);
}

export function householdAbilities(actor: Actor, gridPath: readonly number[]) {
  return {
    update: canOnHousehold(actor, 'household.edit', gridPath),
    addResident: canOnHousehold(actor, 'household.edit', gridPath),
    recordVisit: canOnHousehold(actor, 'household.edit', gridPath),
    revealIdNumber: canOnHousehold(actor, 'resident.reveal-id-number', gridPath),
    revealPhone: canOnHousehold(actor, 'resident.reveal-phone', gridPath),
  };
}
