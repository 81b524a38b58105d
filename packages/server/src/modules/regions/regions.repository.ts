import type { Actor } from '@gridwork/core';
import { DomainError } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;

export interface RegionRow {
  id: number;
  parentId: number | null;
  topRegionId: number | null;
  type: string;
  code: string;
  name: string;
  path: string;
  version: number;
}

export interface RegionWithShape extends RegionRow {
  geometry: unknown | null;
  point: number[] | null;
}

const BASE = [
  'regions.id',
  'regions.parent_id as parentId',
  'regions.top_region_id as topRegionId',
  'regions.type',
  'regions.code',
  'regions.name',
  'regions.path',
  'regions.version',
] as const;

/** Every region in the actor's scope (no shapes). */
export async function listRegionsInScope(db: Db, actor: Actor, filter: { type?: string } = {}): Promise<RegionRow[]> {
  let q = db
    .selectFrom('regions')
    .select(BASE)
    .where((eb) => whereInScope(eb, actor, 'regions.path'));
  if (filter.type) q = q.where('regions.type', '=', filter.type);
  return q.orderBy('regions.code').execute();
}

export async function listRegionsByIds(db: Db, ids: number[]): Promise<RegionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('regions').select(BASE).where('regions.id', 'in', ids).execute();
}

/** One region if it is in the actor's scope (404 otherwise: no existence leak). */
export async function getRegionInScope(db: Db, actor: Actor, id: number): Promise<RegionWithShape> {
  const row = await db
    .selectFrom('regions')
    .select([...BASE, 'regions.geometry', 'regions.point'])
    .where('regions.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `region ${id} not found`);
  return row as RegionWithShape;
}

/** Unscoped lookups: only for internal use (index building, import resolution). */
export async function unsafeFindRegionById(db: Db, id: number): Promise<RegionWithShape | undefined> {
  const row = await db
    .selectFrom('regions')
    .select([...BASE, 'regions.geometry', 'regions.point'])
    .where('regions.id', '=', id)
    .executeTakeFirst();
  return row as RegionWithShape | undefined;
}

export async function unsafeFindRegionByCode(db: Db, code: string): Promise<RegionWithShape | undefined> {
  const row = await db
    .selectFrom('regions')
    .select([...BASE, 'regions.geometry', 'regions.point'])
    .where('regions.code', '=', code)
    .executeTakeFirst();
  return row as RegionWithShape | undefined;
}

export async function unsafeListChildrenWithShape(db: Db, parentIds: number[], type?: string): Promise<RegionWithShape[]> {
  if (parentIds.length === 0) return [];
  let q = db
    .selectFrom('regions')
    .select([...BASE, 'regions.geometry', 'regions.point'])
    .where('regions.parent_id', 'in', parentIds);
  if (type) q = q.where('regions.type', '=', type);
  return (await q.execute()) as RegionWithShape[];
}

export async function unsafeListGridShapes(db: Db): Promise<Array<{ id: number; code: string; name: string; geometry: unknown }>> {
  return db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'geometry'])
    .where('type', '=', 'grid')
    .where('geometry', 'is not', null)
    .execute();
}

export async function countChildren(db: Db, id: number): Promise<number> {
  const r = await db.selectFrom('regions').select(sql<number>`count(*)::int`.as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow();
  return r.n;
}

export interface NewRegion {
  parentId: number | null;
  type: string;
  code: string;
  name: string;
  geometry?: unknown | null;
  bbox?: number[] | null;
  point?: number[] | null;
}

/** Inserts a node and derives its path and top region from the parent (same transaction). */
export async function insertRegion(trx: Transaction<DB>, r: NewRegion, parent: RegionRow | null, now: Date): Promise<RegionRow> {
  const { id } = await trx
    .insertInto('regions')
    .values({
      parent_id: r.parentId,
      type: r.type,
      code: r.code,
      name: r.name,
      path: '/',
      geometry: r.geometry == null ? null : JSON.stringify(r.geometry),
      bbox: r.bbox ?? null,
      point: r.point ?? null,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent ? parent.path : '/'}${id}/`;
  const top = r.type === 'street' || r.type === 'town' ? id : (parent?.topRegionId ?? null);
  await trx.updateTable('regions').set({ path, top_region_id: top }).where('id', '=', id).execute();
  return { id, parentId: r.parentId, topRegionId: top, type: r.type, code: r.code, name: r.name, path, version: 1 };
}

export interface RegionPatch {
  name?: string;
  code?: string;
  geometry?: unknown | null;
  bbox?: number[] | null;
  point?: number[] | null;
}

/** Optimistic update: 409 VERSION_CONFLICT when the stored version is not `expectedVersion`. */
export async function updateRegion(trx: Transaction<DB>, id: number, expectedVersion: number, p: RegionPatch, now: Date): Promise<number> {
  const set: Record<string, unknown> = { version: sql`version + 1`, updated_at: now };
  if (p.name !== undefined) set.name = p.name;
  if (p.code !== undefined) set.code = p.code;
  if (p.geometry !== undefined) set.geometry = p.geometry === null ? null : JSON.stringify(p.geometry);
  if (p.bbox !== undefined) set.bbox = p.bbox;
  if (p.point !== undefined) set.point = p.point;
  const row = await trx
    .updateTable('regions')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!row) throw versionConflict('region', id);
  return row.version;
}

export async function deleteRegion(trx: Transaction<DB>, id: number, expectedVersion: number): Promise<void> {
  const res = await trx.deleteFrom('regions').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw versionConflict('region', id);
}
