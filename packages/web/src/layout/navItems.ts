/** Which pages the signed-in user sees; decided from the abilities the API sends, never re-derived. */
import type { RegionNode, SessionUser } from '../api/types';

export const NAV_KEYS = ['map', 'cases', 'supervision', 'hotline', 'regions', 'users', 'policy', 'calendar', 'audit'] as const;

/** Region levels above the grid (compounds and buildings lie inside a grid). */
const ABOVE_GRID: readonly string[] = ['district', 'street', 'town', 'community', 'workstation'];

export type NavKey = (typeof NAV_KEYS)[number];

export function canSee(key: NavKey, user: SessionUser, regions: readonly RegionNode[]): boolean {
  const a = user.abilities;
  switch (key) {
    case 'regions':
      return a.manageRegions || regions.some((r) => r.abilities.update || r.abilities.createChild);
    case 'supervision':
      // someone who sees more than one grid: a region above the grid level in scope
      return regions.some((r) => r.inScope && ABOVE_GRID.includes(r.type));
    case 'hotline':
      return a.hotlineRegister;
    case 'users':
      return a.manageUsers;
    case 'audit':
      return a.viewAudit;
    default:
      return true;
  }
}

export function visibleNavKeys(user: SessionUser, regions: readonly RegionNode[]): NavKey[] {
  return NAV_KEYS.filter((k) => canSee(k, user, regions));
}
