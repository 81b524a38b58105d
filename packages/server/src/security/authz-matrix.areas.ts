/**
 * Who is where in the authorization matrix (not a test file itself): the fixture's accounts, the grids
 * that hold the targets, and each role's own and other area.
 */
/** The fixture's accounts, one per role (testing/fixture.ts), in the order of the table's columns. */
export const ROLE_USERS = [
  'admin',
  'officer',
  'lead',
  'station',
  'leader',
  'worker1',
  'worker2',
  'hotline',
  'supervisor',
  'dept',
  'townofficer',
  'townworker',
] as const;
export type RoleUser = (typeof ROLE_USERS)[number];

/** Grids that hold targets: community preset (g1, c2g1, xg) and township preset (g2, tg1, xtg). */
export const SITES = ['g1', 'c2g1', 'xg', 'g2', 'tg1', 'xtg'] as const;
export type Site = (typeof SITES)[number];
export type Preset = 'community' | 'township';
export const PRESET_OF: Record<Site, Preset> = {
  g1: 'community',
  c2g1: 'community',
  xg: 'community',
  g2: 'township',
  tg1: 'township',
  xtg: 'township',
};

/**
 * Each role's own and other area: a community-preset and a township-preset grid inside it, and one of
 * each outside it (null where the role's area has no grid of that preset). The other area is the
 * nearest one outside: the sibling grid or community, the town for the street, a second district for
 * the district's roles.
 */
export const AREAS: Record<RoleUser, { own: Record<Preset, Site | null>; other: Record<Preset, Site> }> = {
  admin: { own: { community: 'g1', township: 'tg1' }, other: { community: 'xg', township: 'xtg' } },
  officer: { own: { community: 'g1', township: 'g2' }, other: { community: 'xg', township: 'tg1' } },
  lead: { own: { community: 'g1', township: 'g2' }, other: { community: 'c2g1', township: 'tg1' } },
  station: { own: { community: 'g1', township: 'g2' }, other: { community: 'c2g1', township: 'tg1' } },
  leader: { own: { community: 'g1', township: null }, other: { community: 'c2g1', township: 'g2' } },
  worker1: { own: { community: 'g1', township: null }, other: { community: 'c2g1', township: 'g2' } },
  worker2: { own: { community: 'c2g1', township: null }, other: { community: 'g1', township: 'g2' } },
  hotline: { own: { community: 'g1', township: 'g2' }, other: { community: 'xg', township: 'tg1' } },
  supervisor: { own: { community: 'g1', township: 'g2' }, other: { community: 'xg', township: 'tg1' } },
  dept: { own: { community: 'g1', township: 'tg1' }, other: { community: 'xg', township: 'xtg' } },
  townofficer: { own: { community: null, township: 'tg1' }, other: { community: 'g1', township: 'g2' } },
  townworker: { own: { community: null, township: 'tg1' }, other: { community: 'g1', township: 'g2' } },
};

/** A Thursday in October 2026: a round month (C2.2) of quarter 2026-Q4, on the real calendar. */
export const NOW = '2026-10-09T10:00:00+08:00';
