/** SQL of the compliance module besides the household facts: grids, policies, grid workers, visit times. */
import { rolesWith } from '@gridwork/core';
import { IN_PERSON_VISIT_TYPES } from '@gridwork/core/households';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface GridRow {
  id: number;
  code: string;
  name: string;
  path: string;
  topRegionId: number | null;
}

/** Grids under any of the path prefixes (optionally one grid), by code. */
export async function listGridsUnder(db: Db, prefixes: string[], gridId?: number): Promise<GridRow[]> {
  if (prefixes.length === 0) return [];
  let q = db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'path', 'top_region_id as topRegionId'])
    .where('type', '=', 'grid')
    .where((eb) => eb.or(prefixes.map((p) => eb('path', 'like', `${p}%`))));
  if (gridId !== undefined) q = q.where('id', '=', gridId);
  return q.orderBy('code').execute();
}

export interface PolicyKey {
  regionId: number;
  version: number;
  createdAt: Date;
}

/** Every policy version without its values (policies are few: one per street/town or district, and their versions). */
export async function listPolicyKeys(db: Db): Promise<PolicyKey[]> {
  return db
    .selectFrom('policies')
    .select(['region_id as regionId', 'version', 'created_at as createdAt'])
    .orderBy('version', 'desc')
    .execute();
}

export async function listPolicyValues(db: Db, versions: number[]): Promise<Map<number, unknown>> {
  if (versions.length === 0) return new Map();
  const rows = await db.selectFrom('policies').select(['version', 'values']).where('version', 'in', versions).execute();
  return new Map(rows.map((r) => [r.version, r.values]));
}

export interface GridWorkerRow {
  userId: number;
  displayName: string;
  gridId: number;
}

/** The active grid workers of the grids (A7.2: the area workers who visit). */
export async function listGridWorkers(db: Db, gridIds: number[]): Promise<GridWorkerRow[]> {
  if (gridIds.length === 0) return [];
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['ra.user_id as userId', 'u.display_name as displayName', 'ra.region_id as gridId'])
    .where('ra.role', 'in', rolesWith('duty.visits'))
    .where('u.active', '=', true)
    .where(sql<boolean>`ra.region_id = ANY (${sql.val(gridIds)}::int[])`)
    .execute();
}

export interface VisitTimeRow {
  visitorIds: number[];
  startedAt: Date;
  endedAt: Date;
}

/** MAX_DURATION of a visit (db check visits_times): lets the start bound use the index. */
const LONGEST_VISIT_MS = 12 * 3_600_000;

/** In-person visits of households under the prefixes that overlap [from, to). */
export async function listVisitTimes(db: Db, prefixes: string[], topRegionIds: number[], from: Date, to: Date): Promise<VisitTimeRow[]> {
  if (prefixes.length === 0 || topRegionIds.length === 0) return [];
  return db
    .selectFrom('visits as v')
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'v.top_region_id').onRef('h.id', '=', 'v.household_id'))
    .select(['v.visitor_ids as visitorIds', 'v.started_at as startedAt', 'v.ended_at as endedAt'])
    .where(sql<boolean>`v.top_region_id = ANY (${sql.val(topRegionIds)}::int[])`)
    .where('v.started_at', '>=', new Date(from.getTime() - LONGEST_VISIT_MS))
    .where('v.started_at', '<', to)
    .where('v.ended_at', '>', from)
    .where('v.type', 'in', [...IN_PERSON_VISIT_TYPES])
    .where((eb) => eb.or(prefixes.map((p) => eb('h.grid_path', 'like', `${p}%`))))
    .execute();
}

export async function listDisplayNames(db: Db, userIds: number[]): Promise<Map<number, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name as displayName']).where('id', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
