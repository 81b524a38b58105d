/**
 * Which pages the signed-in user sees; decided from the abilities the API sends, never re-derived. The
 * team pages read the registry's teamMenuAbilitiesOf until /auth/me sends them (lib/teamAbilities.ts).
 */
import type { RegionNode, SessionUser } from '../api/types';
import { teamAbilities } from '../lib/teamAbilities';

export const NAV_KEYS = [
  'visits',
  'outreach',
  'map',
  'households',
  'roster',
  'cases',
  // 消息: every signed-in user's notices (canSee's default)
  'notifications',
  'diaries',
  'meetings',
  'visit-stats',
  'verification',
  'rounds',
  'supervision',
  'analysis',
  'reports',
  'statistics',
  'assessment',
  'work-records',
  'trainings',
  'rewards',
  'hotline',
  'regions',
  'users',
  'policy',
  'calendar',
  'audit',
  'open311',
] as const;

/** Region levels above the grid (compounds and buildings lie inside a grid). */
const ABOVE_GRID: readonly string[] = ['district', 'street', 'town', 'community', 'workstation'];

export type NavKey = (typeof NAV_KEYS)[number];

/** Pages whose path is not `/<key>`. */
const NAV_PATHS: Partial<Record<NavKey, string>> = {
  visits: '/visits/due',
  'visit-stats': '/visits/compliance',
  analysis: '/supervision/analysis',
  roster: '/households/import',
  outreach: '/visits/outreach',
  reports: '/supervision/reports',
};

export function navPath(key: NavKey): string {
  return NAV_PATHS[key] ?? `/${key}`;
}

/** The menu entry of a location: the longest page path it starts with, else its first segment. */
export function navKeyOf(pathname: string): string {
  const hit = NAV_KEYS.map((k) => [k, navPath(k)] as const)
    .filter(([, p]) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return hit?.[0] ?? (pathname.split('/')[1] || 'map');
}

/** Where the user lands after sign-in (and on `/`): 我的走访 for those who work a due list (grid workers and leaders), else the map. */
export function homePath(user: SessionUser): string {
  return user.abilities.dueVisits ? navPath('visits') : navPath('map');
}

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
    case 'verification':
      return a.verification;
    case 'users':
      return a.manageUsers;
    case 'audit':
      return a.viewAudit;
    case 'visits':
      return a.dueVisits;
    case 'outreach':
      // A7.1 三访四清: who visits in a grid (the server checks the grid when a visit is recorded)
      return a.dueVisits || a.householdEdit;
    case 'households':
      return a.households;
    case 'roster':
      // roster import/export (A11.1): those who register households; the server checks each grid
      return a.householdEdit;
    case 'visit-stats':
      return a.visitCompliance;
    case 'analysis':
      return a.monthlyAnalysis;
    case 'rounds':
      // C2.2 C7.1 D6: concentrated rounds exist only where the township preset is in force
      return a.households && regions.some((r) => r.inScope && r.preset === 'township');
    case 'open311':
      return a.manageOpen311;
    // the team pages (A4-A6, A10, C4-C6): the registry's teamMenuAbilitiesOf (lib/teamAbilities.ts)
    case 'diaries':
      return teamAbilities(user, regions).diaries;
    case 'meetings':
      return teamAbilities(user, regions).meetings;
    case 'trainings':
      return teamAbilities(user, regions).trainings;
    case 'rewards':
      return teamAbilities(user, regions).rewards;
    case 'assessment':
      return teamAbilities(user, regions).assessment;
    // C8 reports and A8.3 records: read by who reads scores (writing them is the server's to decide)
    case 'reports':
    case 'work-records':
      return teamAbilities(user, regions).assessment;
    default:
      return true;
  }
}

export function visibleNavKeys(user: SessionUser, regions: readonly RegionNode[]): NavKey[] {
  return NAV_KEYS.filter((k) => canSee(k, user, regions));
}
