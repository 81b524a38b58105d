/**
 * Demo cases (see demo-cases.ts): the context loaded once — per demo area, its policy in force
 * and its grids, each with the community and workstation above it, its compounds and buildings,
 * its shape, and the demo accounts whose roles reach it.
 */
import { isWithin, type Role } from '@gridwork/core';
import type { WorkingCalendar } from '@gridwork/core/calendar';
import type { Rng } from '@gridwork/core/demo';
import { flattenPolygonal, type FlatShape, type Polygonal } from '@gridwork/core/geo';
import type { PolicyValues } from '@gridwork/core/policy';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { parsePath } from '../modules/auth/sessions.repository';
import { findPolicyInForce } from '../modules/policy/policy.repository';
import type { RegionRow } from '../modules/regions/regions.repository';
import type { AreaKind } from './demo-cases-tables';
import type { DemoIndex } from './seed';

export interface Person {
  id: number;
  username: string;
  /** The person's name without the role prefix of the demo display name. */
  name: string;
  /** Roles whose region reaches the grid. */
  roles: Role[];
}

interface Spot {
  name: string;
  kind: 'compound' | 'building';
  point: [number, number] | null;
}

export interface GridCtx {
  grid: RegionRow;
  community: RegionRow;
  workstation: RegionRow | null;
  spots: Spot[];
  shape: FlatShape | null;
  people: Person[];
  weight: number;
}

export interface AreaCtx {
  kind: AreaKind;
  top: RegionRow;
  count: number;
  policy: { values: PolicyValues; version: number; regionId: number };
  grids: GridCtx[];
}

export interface Env {
  rng: Rng;
  now: Date;
  /** No generated instant lies after this (one minute before `now`). */
  cap: number;
  calendar: WorkingCalendar;
  defaultTiers: Map<string, string | null>;
}

/** The rows the grids are built from: role assignments of the demo accounts, grid shapes, compounds and buildings. */
async function loadSources(trx: Transaction<DB>, index: DemoIndex) {
  const byId = new Map([...index.regions.values()].map((r) => [r.id, r]));
  const assignments = await trx
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .innerJoin('regions as r', 'r.id', 'ra.region_id')
    .select(['u.id', 'u.username', 'u.display_name', 'ra.role', 'r.path'])
    .where('u.id', 'in', [...index.users.values()])
    .orderBy('u.id')
    .execute();
  const gridRows = [...index.regions.values()].filter((r) => r.type === 'grid');
  const shapes = await trx
    .selectFrom('regions')
    .select(['id', 'geometry'])
    .where(
      'id',
      'in',
      gridRows.map((g) => g.id),
    )
    .execute();
  const places = await trx
    .selectFrom('regions')
    .select(['parent_id', 'type', 'name', 'point'])
    .where(
      'parent_id',
      'in',
      gridRows.map((g) => g.id),
    )
    .where('type', 'in', ['compound', 'building'])
    .orderBy('code')
    .execute();
  return { byId, assignments, gridRows, shapes, places };
}

type Sources = Awaited<ReturnType<typeof loadSources>>;

/** The demo accounts whose role regions reach the grid at `path`, each with the roles that do. */
function peopleAt(path: number[], assignments: Sources['assignments']): Person[] {
  const people = new Map<number, Person>();
  for (const a of assignments) {
    if (!isWithin(path, parsePath(a.path))) continue;
    const p = people.get(a.id) ?? { id: a.id, username: a.username, name: a.display_name.split(' ').pop()!, roles: [] };
    p.roles.push(a.role as Role);
    people.set(a.id, p);
  }
  return [...people.values()];
}

function gridCtxOf(grid: RegionRow, { byId, assignments, shapes, places }: Sources): GridCtx {
  const path = parsePath(grid.path);
  const people = peopleAt(path, assignments);
  const ancestors = path.map((id) => byId.get(id)).filter((r): r is RegionRow => r !== undefined);
  const geometry = shapes.find((s) => s.id === grid.id)?.geometry as Polygonal | null | undefined;
  const local = people.filter((p) => assignments.some((a) => a.id === p.id && a.path === grid.path));
  const workstation = ancestors.find((r) => r.type === 'workstation') ?? null;
  const staffed = people.some((p) => p.roles.includes('workstation-staff'));
  return {
    grid,
    community: ancestors.find((r) => r.type === 'community')!,
    workstation,
    spots: places
      .filter((p) => p.parent_id === grid.id)
      .map((p) => ({ name: p.name, kind: p.type as Spot['kind'], point: (p.point as [number, number] | null) ?? null })),
    shape: geometry ? flattenPolygonal(geometry) : null,
    people,
    // Grids with their own demo accounts get more cases, so every demo user has work to see.
    weight: 1 + (local.length > 0 ? 6 : 0) + (staffed ? 1 : 0),
  };
}

/** Each of `list` (a street or town key and its case count) with its policy in force and its grids. */
export async function loadAreas(
  trx: Transaction<DB>,
  index: DemoIndex,
  list: ReadonlyArray<{ key: string; count: number }>,
): Promise<AreaCtx[]> {
  const sources = await loadSources(trx, index);
  const areas: AreaCtx[] = [];
  for (const { key, count } of list) {
    const top = index.regions.get(key);
    if (!top) throw new Error(`demo region ${key} is missing`);
    const found = await findPolicyInForce(trx, parsePath(top.path));
    if (!found) throw new Error(`no policy in force at demo region ${key}`);
    areas.push({
      kind: top.type === 'town' ? 'town' : 'street',
      top,
      count,
      policy: { values: found.values as PolicyValues, version: found.version, regionId: found.regionId },
      grids: sources.gridRows.filter((g) => g.path.startsWith(top.path)).map((grid) => gridCtxOf(grid, sources)),
    });
  }
  return areas;
}

/** The first of `usernames` among the people of the grid that passes `ok`. */
export function personOf(at: GridCtx, usernames: readonly string[], ok: (p: Person) => boolean = () => true): Person | undefined {
  for (const u of usernames) {
    const p = at.people.find((x) => x.username === u);
    if (p && ok(p)) return p;
  }
  return undefined;
}
