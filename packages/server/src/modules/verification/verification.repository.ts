/**
 * Verification draws (A8.2, A8.3, D8): SQL only. A draw is visible when its region overlaps the
 * actor's scope (a station sees the community's draw and lists only its own tasks). Tasks, the
 * draw base and the summary are in tasks.repository.ts. No sealed column is ever selected here.
 */
import { DomainError, type Actor } from '@gridwork/core';
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { scopePrefixes } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;

export interface DrawKey {
  topRegionId: number;
  id: number;
}

/** What a draw records (A8.2, A8.3): written by insertDraw, read back in DrawRow. */
export interface DrawValues {
  regionId: number;
  regionPath: string;
  kind: 'quarterly' | 'yearly';
  period: string;
  baseDate: string;
  seed: string;
  rates: Record<string, number>;
  share: number | null;
  policyRegionId: number | null;
  policyVersion: number | null;
  counts: unknown;
  strata: unknown;
  groups: unknown;
  createdBy: number;
  createdAt: Date;
  supersedes: number | null;
}

export interface DrawRow extends DrawKey, DrawValues {
  regionName: string;
  regionType: string;
  supersededBy: number | null;
  supersededAt: Date | null;
}

const DRAW_COLUMNS = [
  'd.top_region_id as topRegionId',
  'd.id',
  'd.region_id as regionId',
  'd.region_path as regionPath',
  'g.name as regionName',
  'g.type as regionType',
  'd.kind',
  'd.period',
  'd.base_date as baseDate',
  'd.seed',
  'd.rates',
  'd.share',
  'd.policy_region_id as policyRegionId',
  'd.policy_version as policyVersion',
  'd.counts',
  'd.strata',
  'd.groups',
  'd.created_by as createdBy',
  'd.created_at as createdAt',
  'd.supersedes',
  'd.superseded_by as supersededBy',
  'd.superseded_at as supersededAt',
] as const;

/** The region path lies in the scope, or the scope lies inside the region (overlap). */
function overlapsScope(actor: Actor, column: string): Expression<SqlBool> {
  const prefixes = scopePrefixes(actor);
  if (prefixes.length === 0) return sql<SqlBool>`false`;
  const ref = sql.ref(column);
  return sql<SqlBool>`(${sql.join(
    prefixes.map((p) => sql`(${ref} LIKE ${`${p}%`} OR ${p} LIKE ${ref} || '%')`),
    sql` OR `,
  )})`;
}

function draws(db: Db) {
  return db.selectFrom('verification_draws as d').innerJoin('regions as g', 'g.id', 'd.region_id');
}

export async function findDrawInScope(db: Db, actor: Actor, id: number): Promise<DrawRow | undefined> {
  return (await draws(db)
    .select(DRAW_COLUMNS)
    .where('d.id', '=', id)
    .where(() => overlapsScope(actor, 'd.region_path'))
    .executeTakeFirst()) as DrawRow | undefined;
}

export async function getDrawInScope(db: Db, actor: Actor, id: number): Promise<DrawRow> {
  const row = await findDrawInScope(db, actor, id);
  if (!row) throw new DomainError('NOT_FOUND', `verification draw ${id} not found`);
  return row;
}

export interface DrawFilter {
  regionPath?: string;
  period?: string;
  kind?: 'quarterly' | 'yearly';
  current?: boolean;
}

/** Draws overlapping the actor's scope (and the region asked for), newest first. */
export async function listDraws(db: Db, actor: Actor, f: DrawFilter): Promise<DrawRow[]> {
  let q = draws(db)
    .select(DRAW_COLUMNS)
    .where(() => overlapsScope(actor, 'd.region_path'));
  if (f.regionPath !== undefined) {
    const path = f.regionPath;
    q = q.where(() => sql<SqlBool>`(d.region_path LIKE ${`${path}%`} OR ${path} LIKE d.region_path || '%')`);
  }
  if (f.period !== undefined) q = q.where('d.period', '=', f.period);
  if (f.kind !== undefined) q = q.where('d.kind', '=', f.kind);
  if (f.current) q = q.where('d.superseded_at', 'is', null);
  return (await q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(200).execute()) as DrawRow[];
}

/**
 * The draws in force for a kind and period whose region overlaps `regionPath` (the same region, one
 * inside it or one around it). Callers hold the street/town's draw lock (`lockDraws`).
 */
export async function listCurrentOverlapping(
  trx: Transaction<DB>,
  topRegionId: number,
  regionPath: string,
  kind: string,
  period: string,
): Promise<Array<DrawKey & { regionId: number; regionPath: string }>> {
  return trx
    .selectFrom('verification_draws as d')
    .select(['d.top_region_id as topRegionId', 'd.id', 'd.region_id as regionId', 'd.region_path as regionPath'])
    .where('d.top_region_id', '=', topRegionId)
    .where('d.kind', '=', kind as 'quarterly')
    .where('d.period', '=', period)
    .where('d.superseded_at', 'is', null)
    .where(() => sql<SqlBool>`(d.region_path LIKE ${`${regionPath}%`} OR ${regionPath} LIKE d.region_path || '%')`)
    .orderBy('d.id')
    .execute();
}

/** Serialises draws within one street/town (two concurrent draws of overlapping areas). */
export async function lockDraws(trx: Transaction<DB>, topRegionId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(727275, ${topRegionId}::int)`.execute(trx);
}

export interface NewDraw extends DrawValues {
  topRegionId: number;
}

export async function insertDraw(trx: Transaction<DB>, d: NewDraw): Promise<number> {
  const row = await trx
    .insertInto('verification_draws')
    .values({
      top_region_id: d.topRegionId,
      region_id: d.regionId,
      region_path: d.regionPath,
      kind: d.kind,
      period: d.period,
      base_date: d.baseDate,
      seed: d.seed,
      rates: JSON.stringify(d.rates),
      share: d.share,
      policy_region_id: d.policyRegionId,
      policy_version: d.policyVersion,
      counts: JSON.stringify(d.counts),
      strata: JSON.stringify(d.strata),
      groups: d.groups === null ? null : JSON.stringify(d.groups),
      created_by: d.createdBy,
      created_at: d.createdAt,
      supersedes: d.supersedes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A redraw: the old draw leaves force first (the unique index), then points at its successor. */
export async function markSuperseded(trx: Transaction<DB>, old: DrawKey, now: Date): Promise<void> {
  await trx
    .updateTable('verification_draws')
    .set({ superseded_at: now })
    .where('top_region_id', '=', old.topRegionId)
    .where('id', '=', old.id)
    .execute();
}

export async function linkSuccessor(trx: Transaction<DB>, old: DrawKey, successorId: number): Promise<void> {
  await trx
    .updateTable('verification_draws')
    .set({ superseded_by: successorId })
    .where('top_region_id', '=', old.topRegionId)
    .where('id', '=', old.id)
    .execute();
}

/** Pending tasks of a superseded draw are cancelled (kept, never deleted); done ones stay done. */
export async function cancelPendingTasks(trx: Transaction<DB>, draw: DrawKey): Promise<number> {
  const rows = await trx
    .updateTable('verification_tasks')
    .set({ status: 'cancelled', version: sql`version + 1` })
    .where('top_region_id', '=', draw.topRegionId)
    .where('draw_id', '=', draw.id)
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return rows.length;
}

export interface NewTask {
  householdId: number;
  gridId: number;
  gridPath: string;
  visitClass: string;
}

export async function insertTasks(
  trx: Transaction<DB>,
  draw: DrawKey,
  tasks: NewTask[],
  assigneeId: number | null,
  now: Date,
): Promise<void> {
  for (let i = 0; i < tasks.length; i += 500) {
    const values = tasks.slice(i, i + 500).map((t) => ({
      top_region_id: draw.topRegionId,
      draw_id: draw.id,
      household_id: t.householdId,
      grid_id: t.gridId,
      grid_path: t.gridPath,
      visit_class: t.visitClass,
      assignee_id: assigneeId,
      created_at: now,
    }));
    await trx.insertInto('verification_tasks').values(values).execute();
  }
}
