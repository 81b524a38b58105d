/** SQL of the address lookup: household addresses and compound/building/grid names, inside the given scope. */
import type { Actor } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { likePattern } from '../cases/case-search.repository';

export interface AddressHit {
  kind: 'household' | 'compound' | 'building' | 'grid';
  label: string;
  /** the region path of the hit (a household's grid, or the place itself) */
  path: string;
}

/** Household addresses containing `q`, one row per distinct address and grid; best first (starts with q, shorter). */
export async function findHouseholdAddresses(db: Kysely<DB>, actor: Actor, q: string, limit: number): Promise<AddressHit[]> {
  const rows = await db
    .selectFrom('households as h')
    .select(['h.address', 'h.grid_path'])
    .where((eb) => whereInScope(eb, actor, 'h.grid_path'))
    .where('h.address', 'ilike', likePattern(q))
    .groupBy(['h.address', 'h.grid_path'])
    .orderBy(sql`position(lower(${q}) in lower(h.address))`)
    .orderBy(sql`length(h.address)`)
    .orderBy('h.address')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ kind: 'household', label: r.address, path: r.grid_path }));
}

/** Compounds, buildings and grids whose name contains `q`. */
export async function findPlaces(db: Kysely<DB>, actor: Actor, q: string, limit: number): Promise<AddressHit[]> {
  const rows = await db
    .selectFrom('regions')
    .select(['regions.type', 'regions.name', 'regions.path'])
    .where('regions.type', 'in', ['compound', 'building', 'grid'])
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .where('regions.name', 'ilike', likePattern(q))
    .orderBy(sql`position(lower(${q}) in lower(regions.name))`)
    .orderBy(sql`length(regions.name)`)
    .orderBy('regions.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ kind: r.type as AddressHit['kind'], label: r.name, path: r.path }));
}
