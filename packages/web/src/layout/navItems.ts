/** Which pages the signed-in user sees; decided from the abilities the API sends, never re-derived. */
import type { RegionNode, SessionUser } from '../api/types';

export const NAV_KEYS = ['map', 'cases', 'regions', 'users', 'policy', 'calendar', 'audit'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export function canSee(key: NavKey, user: SessionUser, regions: readonly RegionNode[]): boolean {
  const a = user.abilities;
  switch (key) {
    case 'regions':
      return a.manageRegions || regions.some((r) => r.abilities.update || r.abilities.createChild);
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
