/**
 * Verification tasks, the draw base and the per-area summary (A8.2, A8.3, D8): SQL only. Tasks are
 * scoped by their grid path (`whereInScope`); no sealed column is read here.
 */
import { DomainError, rolesWith, type Actor } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import type { DrawKey } from './verification.repository';

type Db = Kysely<DB> | Transaction<DB>;

export type TaskStatus = 'pending' | 'done' | 'cancelled';

export interface TaskRow {
  topRegionId: number;
  id: number;
  drawId: number;
  kind: 'quarterly' | 'yearly';
  period: string;
  drawCreatedAt: Date;
  householdId: number;
  address: string;
  gridId: number;
  gridName: string;
  gridPath: string;
  visitClass: string;
  assigneeId: number | null;
  status: TaskStatus;
  version: number;
  result: unknown;
  discrepancies: number | null;
  followUps: number | null;
  checkedAt: Date | null;
  completedBy: number | null;
  completedAt: Date | null;
  createdAt: Date;
}

const TASK_COLUMNS = [
  't.top_region_id as topRegionId',
  't.id',
  't.draw_id as drawId',
  'd.kind',
  'd.period',
  'd.created_at as drawCreatedAt',
  't.household_id as householdId',
  'h.address',
  't.grid_id as gridId',
  'g.name as gridName',
  't.grid_path as gridPath',
  't.visit_class as visitClass',
  't.assignee_id as assigneeId',
  't.status',
  't.version',
  't.result',
  't.discrepancies',
  't.follow_ups as followUps',
  't.checked_at as checkedAt',
  't.completed_by as completedBy',
  't.completed_at as completedAt',
  't.created_at as createdAt',
] as const;

function tasks(db: Db) {
  return db
    .selectFrom('verification_tasks as t')
    .innerJoin('verification_draws as d', (j) => j.onRef('d.top_region_id', '=', 't.top_region_id').onRef('d.id', '=', 't.draw_id'))
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 't.top_region_id').onRef('h.id', '=', 't.household_id'))
    .innerJoin('regions as g', 'g.id', 't.grid_id');
}

/** One task if its grid lies in the actor's scope (any role: the role is checked after, for 403). */
export async function findTaskInScope(db: Db, actor: Actor, id: number): Promise<TaskRow | undefined> {
  return (await tasks(db)
    .select(TASK_COLUMNS)
    .where('t.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 't.grid_path'))
    .executeTakeFirst()) as TaskRow | undefined;
}

export async function getTaskInScope(db: Db, actor: Actor, id: number): Promise<TaskRow> {
  const row = await findTaskInScope(db, actor, id);
  if (!row) throw new DomainError('NOT_FOUND', `verification task ${id} not found`);
  return row;
}

export interface TaskFilter {
  drawId?: number;
  status?: TaskStatus;
  kind?: 'quarterly' | 'yearly';
  assigneeId?: number;
  followUp?: boolean;
  limit: number;
  offset: number;
}

/** Tasks in the actor's scope (already restricted to the roles that may read them). */
export async function listTasks(db: Db, actor: Actor, f: TaskFilter): Promise<{ rows: TaskRow[]; total: number }> {
  let q = tasks(db).where((eb) => whereInScope(eb, actor, 't.grid_path'));
  if (f.drawId !== undefined) q = q.where('t.draw_id', '=', f.drawId);
  if (f.status !== undefined) q = q.where('t.status', '=', f.status);
  if (f.kind !== undefined) q = q.where('d.kind', '=', f.kind);
  if (f.assigneeId !== undefined) q = q.where('t.assignee_id', '=', f.assigneeId);
  if (f.followUp !== undefined)
    q = f.followUp ? q.where('t.follow_ups', '>', 0) : q.where((eb) => eb.or([eb('t.follow_ups', 'is', null), eb('t.follow_ups', '=', 0)]));
  const [rows, count] = await Promise.all([
    q
      .select(TASK_COLUMNS)
      .orderBy('t.grid_id')
      .orderBy('t.visit_class')
      .orderBy('t.household_id')
      .orderBy('t.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as TaskRow[], total: count.n };
}

/** Every task of a draw within the actor's scope (the draw view). */
export async function listDrawTasks(db: Db, actor: Actor, draw: DrawKey): Promise<TaskRow[]> {
  return (await tasks(db)
    .select(TASK_COLUMNS)
    .where('t.top_region_id', '=', draw.topRegionId)
    .where('t.draw_id', '=', draw.id)
    .where((eb) => whereInScope(eb, actor, 't.grid_path'))
    .orderBy('t.grid_id')
    .orderBy('t.visit_class')
    .orderBy('t.household_id')
    .execute()) as TaskRow[];
}

export interface TaskResult {
  result: unknown;
  discrepancies: number;
  followUps: number;
  checkedAt: Date;
  completedBy: number;
  completedAt: Date;
}

/** Optimistic completion: 409 VERSION_CONFLICT when the stored version is not `expectedVersion`. */
export async function completeTask(
  trx: Transaction<DB>,
  key: { topRegionId: number; id: number },
  expectedVersion: number,
  r: TaskResult,
): Promise<void> {
  const row = await trx
    .updateTable('verification_tasks')
    .set({
      status: 'done',
      version: sql`version + 1`,
      result: JSON.stringify(r.result),
      discrepancies: r.discrepancies,
      follow_ups: r.followUps,
      checked_at: r.checkedAt,
      completed_by: r.completedBy,
      completed_at: r.completedAt,
    })
    .where('top_region_id', '=', key.topRegionId)
    .where('id', '=', key.id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (!row) throw versionConflict('verification task', key.id);
}

export interface BaseMemberRow {
  topRegionId: number;
  householdId: number;
  gridId: number;
  gridPath: string;
  classOverride: string | null;
  classOverrideReason: string | null;
  residentId: number;
  birthDate: string;
  tags: string[];
}

/**
 * The draw base (D8): every member of a household of the region on `date`, by the membership
 * history (joined on or before the day, not left by it). A household with no member that day is
 * not in the base. Tags and manual class overrides are the recorded ones (they keep no history).
 */
export async function unsafeListBaseMembers(db: Db, region: { path: string; topRegionId: number }, date: string): Promise<BaseMemberRow[]> {
  return db
    .selectFrom('household_members as m')
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'm.top_region_id').onRef('h.id', '=', 'm.household_id'))
    .innerJoin('residents as r', (j) => j.onRef('r.top_region_id', '=', 'm.top_region_id').onRef('r.id', '=', 'm.resident_id'))
    .select([
      'h.top_region_id as topRegionId',
      'h.id as householdId',
      'h.grid_id as gridId',
      'h.grid_path as gridPath',
      'h.class_override as classOverride',
      'h.class_override_reason as classOverrideReason',
      'r.id as residentId',
      'r.birth_date as birthDate',
      'r.tags',
    ])
    .where('m.top_region_id', '=', region.topRegionId)
    .where('h.grid_path', 'like', `${region.path}%`)
    .where('m.joined_on', '<=', date)
    .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>', date)]))
    .orderBy('h.id')
    .orderBy('r.id')
    .execute();
}

/** Grid workers bound to grids inside the region (the subjects of the yearly check, A8.3). */
export async function unsafeListGridWorkers(
  db: Db,
  regionPath: string,
): Promise<Array<{ userId: number; displayName: string; gridId: number }>> {
  return db
    .selectFrom('role_assignments as a')
    .innerJoin('regions as g', 'g.id', 'a.region_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.id as userId', 'u.display_name as displayName', 'g.id as gridId'])
    .where('a.role', 'in', rolesWith('duty.visits'))
    .where('u.active', '=', true)
    .where('g.path', 'like', `${regionPath}%`)
    .orderBy('u.id')
    .orderBy('g.id')
    .execute();
}

export async function unsafeListGrids(db: Db, regionPath: string): Promise<Array<{ id: number; code: string; name: string }>> {
  return db
    .selectFrom('regions')
    .select(['id', 'code', 'name'])
    .where('type', '=', 'grid')
    .where('path', 'like', `${regionPath}%`)
    .orderBy('code')
    .execute();
}

export interface SummaryRow {
  gridId: number;
  visitClass: string;
  tasks: number;
  done: number;
  withDiscrepancy: number;
  discrepancies: number;
  followUps: number;
}

/**
 * Counts of a period's tasks per grid and class inside the region: every task that is not cancelled
 * (a superseded draw keeps only its done tasks, and their results still count).
 */
export async function summaryRows(db: Db, regionPath: string, kind: 'quarterly' | 'yearly', period: string): Promise<SummaryRow[]> {
  return db
    .selectFrom('verification_tasks as t')
    .innerJoin('verification_draws as d', (j) => j.onRef('d.top_region_id', '=', 't.top_region_id').onRef('d.id', '=', 't.draw_id'))
    .select([
      't.grid_id as gridId',
      't.visit_class as visitClass',
      sql<number>`count(*)::int`.as('tasks'),
      sql<number>`(count(*) FILTER (WHERE t.status = 'done'))::int`.as('done'),
      sql<number>`(count(*) FILTER (WHERE t.status = 'done' AND t.discrepancies > 0))::int`.as('withDiscrepancy'),
      sql<number>`coalesce(sum(t.discrepancies), 0)::int`.as('discrepancies'),
      sql<number>`coalesce(sum(t.follow_ups), 0)::int`.as('followUps'),
    ])
    .where('t.grid_path', 'like', `${regionPath}%`)
    .where('t.status', '<>', 'cancelled')
    .where('d.kind', '=', kind)
    .where('d.period', '=', period)
    .groupBy(['t.grid_id', 't.visit_class'])
    .execute();
}
