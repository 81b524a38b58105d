import { can, grantableRoles, REGION_TYPES } from '@gridwork/core';
import { backEntryRoles, intakeRoles } from '@gridwork/core/cases';
import type { Static } from '@sinclair/typebox';
import type { SignedInUser } from './auth.schemas';
import type { SessionUser } from './sessions.repository';
import { readsVerification } from '../verification/verification.access';
import { canOnHousehold, type HouseholdAction } from '../households/households.access';

/** Region levels above the grid: a binding there covers several grids (compounds and buildings lie inside one). */
const ABOVE_GRID: readonly string[] = REGION_TYPES.slice(0, REGION_TYPES.indexOf('grid'));

/** The signed-in user as the API shows it, with the abilities the web app needs (never re-derived there). */
export function presentSignedInUser(u: SessionUser): Static<typeof SignedInUser> {
  // "somewhere in my scope": the bound node itself, or (for actions allowed only below it) a child
  const anyRegion = (action: Parameters<typeof can>[1]) =>
    u.roles.some((r) => can(u, action, { path: r.path }) || can(u, action, { path: [...r.path, 0] }));
  // household permissions (households.access.ts, the checks behind the household and visit routes), at a bound node
  const onHouseholds = (action: HouseholdAction, where: (r: SessionUser['roles'][number]) => boolean = () => true) =>
    u.roles.some((r) => where(r) && canOnHousehold(u, action, r.path));
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles.map((r) => ({ id: r.id, role: r.role, regionId: r.regionId, regionName: r.regionName, regionType: r.regionType })),
    abilities: {
      manageRegions: anyRegion('region.create-child'),
      manageUsers: can(u, 'user.manage', null) || grantableRoles(u).length > 0,
      editPolicy: anyRegion('policy.edit'),
      editCalendar: can(u, 'calendar.edit', null),
      viewAudit: can(u, 'audit.read', null),
      fileCases: u.roles.some((r) => intakeRoles.includes(r.role)),
      backEnterCases: u.roles.some((r) => backEntryRoles.includes(r.role)),
      hotlineRegister: u.roles.some((r) => r.role === 'hotline-operator' || r.role === 'supervisor' || r.role === 'admin'),
      verification: readsVerification(u),
      households: onHouseholds('household.read'),
      householdEdit: onHouseholds('household.edit'),
      // compliance compares grids, workers and classes: household readers bound above the grid level,
      // and a grid leader for their grid's team (A11.1)
      visitCompliance: onHouseholds('household.read', (r) => ABOVE_GRID.includes(r.regionType) || r.role === 'grid-leader'),
      // grid workers and leaders: bound to a grid, they register and visit its households
      dueVisits: onHouseholds('household.edit', (r) => r.regionType === 'grid'),
      // C5.1: every grid level holds the monthly analysis meeting (the grid leader for a grid)
      monthlyAnalysis: u.roles.some((r) => r.role === 'grid-leader' || ABOVE_GRID.includes(r.regionType)),
      // the Open311 clients service lets only an administrator manage them
      manageOpen311: u.roles.some((r) => r.role === 'admin'),
      intakeSource: u.roles.some((r) => r.role === 'grid-worker' || r.role === 'grid-leader') ? 'field' : u.roles.some((r) => r.role === 'hotline-operator') ? 'hotline' : 'walk-in',
      confidentialIntake: u.roles.some((r) => r.role === 'hotline-operator'),
    },
  };
}
