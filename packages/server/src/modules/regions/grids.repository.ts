import type { Actor } from '@gridwork/core';
import type { Geometry } from '@gridwork/core/geo';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;

export interface StoredGrid {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  parentCode: string;
  path: string;
  topRegionId: number | null;
  version: number;
  geometry: Geometry;
}

const COLUMNS = [
  'g.id',
  'g.code',
  'g.name',
  'g.parent_id as parentId',
  'p.code as parentCode',
  'g.path',
  'g.top_region_id as topRegionId',
  'g.version',
  'g.geometry',
] as const;

/** Stored grids of the given communities (12-digit codes), any scope: for overlap checks only. */
export async function gridsOfCommunities(db: Db, communityCodes: string[]): Promise<StoredGrid[]> {
  if (communityCodes.length === 0) return [];
  return (await db
    .selectFrom('regions as g')
    .innerJoin('regions as p', 'p.id', 'g.parent_id')
    .select(COLUMNS)
    .where('g.type', '=', 'grid')
    .where((eb) => eb.or(communityCodes.map((c) => eb('g.code', 'like', `${c}%`))))
    .execute()) as StoredGrid[];
}

/** Grids in the actor's scope, under `underPath` when given, with shapes: for export and the map. */
export async function gridsInScopeWithShapes(db: Db, actor: Actor, underPath?: string): Promise<StoredGrid[]> {
  let q = db
    .selectFrom('regions as g')
    .innerJoin('regions as p', 'p.id', 'g.parent_id')
    .select(COLUMNS)
    .where('g.type', '=', 'grid')
    .where((eb) => whereInScope(eb, actor, 'g.path'));
  if (underPath) q = q.where('g.path', 'like', `${underPath}%`);
  return (await q.orderBy('g.code').execute()) as StoredGrid[];
}

/** Ids and versions of the stored grids of the given communities: what shape checks compared with. */
export async function gridVersionsOfCommunities(db: Db, communityCodes: string[]): Promise<Array<{ id: number; version: number }>> {
  if (communityCodes.length === 0) return [];
  return db
    .selectFrom('regions as g')
    .select(['g.id', 'g.version'])
    .where('g.type', '=', 'grid')
    .where((eb) => eb.or(communityCodes.map((c) => eb('g.code', 'like', `${c}%`))))
    .execute();
}
