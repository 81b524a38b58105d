/** SQL of the rounds module (C2.2, C7.1, D6): the grid's team, households, visits, cases and round reports. */
import type { Actor } from '@gridwork/core';
import { DomainError, rolesWith } from '@gridwork/core';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';

import type { Db } from './db-type';

/** Team members of the round (C2.1, C7.1): grid workers and grid leaders bound to the grid itself. */
export const TEAM_ROLES = rolesWith('duty.grid-team');
const MAX_GRIDS = 500;

export interface GridRow {
  id: number;
  name: string;
  code: string;
  path: string;
  topRegionId: number;
}

/** Grids in the subtree at `path` that lie in the actor's scope, by code. */
export async function listGridsUnder(db: Db, actor: Actor, path: string): Promise<GridRow[]> {
  return db
    .selectFrom('regions')
    .select(['id', 'name', 'code', 'path', sql<number>`coalesce(top_region_id, id)`.as('topRegionId')])
    .where('type', '=', 'grid')
    .where('path', 'like', `${path}%`)
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .orderBy('code')
    .limit(MAX_GRIDS)
    .execute();
}

/** The policy rows attached to any of `regionIds` (created by `at`, when given), newest version first. */
export async function listPoliciesOn(db: Db, regionIds: number[], at?: Date) {
  if (regionIds.length === 0) return [];
  let q = db.selectFrom('policies').select(['region_id as regionId', 'version', 'preset', 'values']).where('region_id', 'in', regionIds);
  if (at) q = q.where('created_at', '<=', at);
  return q.orderBy('version', 'desc').execute();
}

export async function listTeamMembers(db: Db, gridIds: number[]) {
  if (gridIds.length === 0) return [];
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['ra.region_id as gridId', 'u.id as userId', 'u.display_name as displayName'])
    .where('ra.region_id', 'in', gridIds)
    .where('ra.role', 'in', [...TEAM_ROLES])
    .where('u.active', '=', true)
    .distinct()
    .orderBy('u.id')
    .execute();
}

/** Households of the grids registered by `until`. */
export async function listHouseholds(db: Db, gridIds: number[], until: Date) {
  if (gridIds.length === 0) return [];
  return db
    .selectFrom('households')
    .select(['id', 'grid_id as gridId', 'address', 'top_region_id as topRegionId', 'created_at as createdAt'])
    .where('grid_id', 'in', gridIds)
    .where('created_at', '<=', until)
    .orderBy('id')
    .execute();
}

export interface RoundVisitRow {
  id: number;
  householdId: number;
  gridId: number;
  visitorIds: number[];
  startedAt: Date;
  endedAt: Date;
  type: string;
  findings: string | null;
  needs: string | null;
}

/** Visits of the grids' households that started in [from, to). */
export async function listVisits(db: Db, gridIds: number[], from: Date, to: Date): Promise<RoundVisitRow[]> {
  if (gridIds.length === 0) return [];
  return db
    .selectFrom('visits as v')
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'v.top_region_id').onRef('h.id', '=', 'v.household_id'))
    .select([
      'v.id',
      'v.household_id as householdId',
      'h.grid_id as gridId',
      'v.visitor_ids as visitorIds',
      'v.started_at as startedAt',
      'v.ended_at as endedAt',
      'v.type',
      'v.findings',
      'v.needs',
    ])
    .where('h.grid_id', 'in', gridIds)
    .where('v.started_at', '>=', from)
    .where('v.started_at', '<', to)
    .orderBy('v.started_at')
    .orderBy('v.id')
    .execute();
}

/** Cases reported from these visits (cases.visit_id). */
export async function listCasesFromVisits(db: Db, topRegionId: number, visitIds: number[]) {
  if (visitIds.length === 0) return [];
  return db
    .selectFrom('cases')
    .select(['id', 'title', 'status', 'category', 'visit_id as visitId'])
    .where('top_region_id', '=', topRegionId)
    .where('visit_id', 'in', visitIds)
    .orderBy('id')
    .execute();
}

export async function displayNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

const REPORT_COLUMNS = [
  'r.top_region_id as topRegionId',
  'r.id',
  'r.grid_id as gridId',
  'r.grid_path as gridPath',
  'g.name as gridName',
  'r.month',
  'r.status',
  'r.version',
  'r.policy_version as policyVersion',
  'r.figures',
  'r.generated_at as generatedAt',
  'r.summary',
  'r.created_by as createdBy',
  'r.created_at as createdAt',
  'r.submitted_by as submittedBy',
  'r.submitted_at as submittedAt',
  'r.acknowledged_by as acknowledgedBy',
  'r.acknowledged_at as acknowledgedAt',
  'r.note',
  'r.updated_at as updatedAt',
] as const;

export interface ReportRow {
  topRegionId: number;
  id: number;
  gridId: number;
  gridPath: string;
  gridName: string;
  month: string;
  status: 'draft' | 'submitted' | 'acknowledged';
  version: number;
  policyVersion: number | null;
  figures: unknown;
  generatedAt: Date;
  summary: string | null;
  createdBy: number;
  createdAt: Date;
  submittedBy: number | null;
  submittedAt: Date | null;
  acknowledgedBy: number | null;
  acknowledgedAt: Date | null;
  note: string | null;
  updatedAt: Date;
}

function reports(db: Db) {
  return db.selectFrom('round_reports as r').innerJoin('regions as g', 'g.id', 'r.grid_id').select(REPORT_COLUMNS);
}

/** One report if its grid is in the actor's scope; 404 otherwise (no existence leak). */
export async function getReportInScope(db: Db, actor: Actor, id: number): Promise<ReportRow> {
  const row = await reports(db)
    .where('r.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'r.grid_path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `round report ${id} not found`);
  return row as ReportRow;
}

/** Reports of the grids under `path` in the actor's scope, optionally of one month; newest month first. */
export async function listReports(db: Db, actor: Actor, path: string, month: string | undefined): Promise<ReportRow[]> {
  let q = reports(db)
    .where('r.grid_path', 'like', `${path}%`)
    .where((eb) => whereInScope(eb, actor, 'r.grid_path'));
  if (month) q = q.where('r.month', '=', month);
  return (await q.orderBy('r.month', 'desc').orderBy('g.code').limit(MAX_GRIDS).execute()) as ReportRow[];
}

/** The reports of these grids for one month (for progress). */
export async function listReportsOf(db: Db, gridIds: number[], month: string) {
  if (gridIds.length === 0) return [];
  return db
    .selectFrom('round_reports')
    .select(['id', 'grid_id as gridId', 'status', 'submitted_at as submittedAt'])
    .where('grid_id', 'in', gridIds)
    .where('month', '=', month)
    .execute();
}

export interface NewReport {
  topRegionId: number;
  gridId: number;
  gridPath: string;
  month: string;
  policyVersion: number | null;
  figures: unknown;
  createdBy: number;
  now: Date;
}

/** Inserts the draft; ALREADY_EXISTS (409, details: the existing id) when the grid has one for the month. */
export async function insertReport(trx: Transaction<DB>, r: NewReport): Promise<number> {
  const row = await trx
    .insertInto('round_reports')
    .values({
      top_region_id: r.topRegionId,
      grid_id: r.gridId,
      grid_path: r.gridPath,
      month: r.month,
      policy_version: r.policyVersion,
      figures: JSON.stringify(r.figures),
      generated_at: r.now,
      created_by: r.createdBy,
      created_at: r.now,
      updated_at: r.now,
    })
    .onConflict((oc) => oc.constraint('round_reports_one_per_month').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const existing = await trx
    .selectFrom('round_reports')
    .select('id')
    .where('top_region_id', '=', r.topRegionId)
    .where('grid_id', '=', r.gridId)
    .where('month', '=', r.month)
    .executeTakeFirst();
  throw new DomainError('ALREADY_EXISTS', `grid ${r.gridId} already has a round report for ${r.month}`, { id: existing?.id ?? null });
}

export interface ReportPatch {
  status?: ReportRow['status'];
  figures?: unknown;
  generatedAt?: Date;
  policyVersion?: number | null;
  summary?: string;
  submittedBy?: number;
  submittedAt?: Date;
  acknowledgedBy?: number;
  acknowledgedAt?: Date;
  note?: string | null;
}

/** Optimistic update: VERSION_CONFLICT when someone changed the report since `expectedVersion`. */
export async function updateReport(
  trx: Transaction<DB>,
  key: { topRegionId: number; id: number },
  expectedVersion: number,
  p: ReportPatch,
  now: Date,
): Promise<number> {
  const row = await trx
    .updateTable('round_reports')
    .set({
      ...(p.status !== undefined ? { status: p.status } : {}),
      ...(p.figures !== undefined ? { figures: JSON.stringify(p.figures) } : {}),
      ...(p.generatedAt !== undefined ? { generated_at: p.generatedAt } : {}),
      ...(p.policyVersion !== undefined ? { policy_version: p.policyVersion } : {}),
      ...(p.summary !== undefined ? { summary: p.summary } : {}),
      ...(p.submittedBy !== undefined ? { submitted_by: p.submittedBy, submitted_at: p.submittedAt } : {}),
      ...(p.acknowledgedBy !== undefined ? { acknowledged_by: p.acknowledgedBy, acknowledged_at: p.acknowledgedAt } : {}),
      ...(p.note !== undefined ? { note: p.note } : {}),
      version: sql<number>`version + 1`,
      updated_at: now,
    })
    .where('top_region_id', '=', key.topRegionId)
    .where('id', '=', key.id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!row) throw versionConflict('round report', key.id);
  return row.version;
}
