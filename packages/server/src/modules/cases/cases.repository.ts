import type { Actor } from '@gridwork/core';
import { DomainError } from '@gridwork/core';
import type { CaseState, TimelineEntry } from '@gridwork/core/cases';
import { sql, type Insertable, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import type { CaseReportersTable, CasesTable, DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { rowOfState } from './case-row';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;
export type CaseRow = Selectable<CasesTable>;

export async function insertCase(trx: Transaction<DB>, row: Insertable<CasesTable>): Promise<CaseRow> {
  return trx.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
}

/** One case if it lies in the actor's scope (its grid's path), else 404 (no existence leak). */
export async function getCaseInScope(db: Db, actor: Actor, id: number): Promise<CaseRow> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'cases.grid_path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `case ${id} not found`);
  return row;
}

export async function unsafeFindCase(db: Db, id: number): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes an action's result; the version check makes a concurrent action fail with 409, not overwrite. */
export async function updateCaseState(
  trx: Transaction<DB>,
  row: CaseRow,
  next: CaseState,
  expectedVersion: number,
  now: Date,
): Promise<void> {
  const res = await trx
    .updateTable('cases')
    .set({ ...rowOfState(next), updated_at: now })
    .where('top_region_id', '=', row.top_region_id)
    .where('id', '=', row.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw versionConflict('case', row.id);
}

/** A timeline entry as a row (deadline moves as ISO strings in `details`); `seq` given or computed. */
export function timelineRowOf(topRegionId: number, caseId: number, seq: number | RawBuilder<number>, e: TimelineEntry) {
  const details = {
    ...e.details,
    ...(e.deadlineBefore ? { deadlineBefore: e.deadlineBefore.toISOString(), deadlineAfter: e.deadlineAfter?.toISOString() } : {}),
  };
  return {
    top_region_id: topRegionId,
    case_id: caseId,
    seq,
    at: e.at,
    actor_id: e.actorId,
    action: e.action,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    details: JSON.stringify(details),
  };
}

/** Appends after the case's last entry (the case row's version check serialises writers). */
export async function appendTimeline(trx: Transaction<DB>, topRegionId: number, caseId: number, e: TimelineEntry): Promise<void> {
  const next = sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM case_timeline WHERE top_region_id = ${topRegionId}
    AND case_id = ${caseId})`;
  await trx
    .insertInto('case_timeline')
    .values(timelineRowOf(topRegionId, caseId, next, e))
    .execute();
}

export async function listTimeline(db: Db, topRegionId: number, caseId: number) {
  return db
    .selectFrom('case_timeline')
    .leftJoin('users', 'users.id', 'case_timeline.actor_id')
    .select([
      'case_timeline.seq',
      'case_timeline.at',
      'case_timeline.actor_id',
      'users.display_name',
      'case_timeline.action',
      'case_timeline.from_status',
      'case_timeline.to_status',
      'case_timeline.details',
    ])
    .where('case_timeline.top_region_id', '=', topRegionId)
    .where('case_timeline.case_id', '=', caseId)
    .orderBy('case_timeline.seq')
    .execute();
}

/** A reporter as taken in (clear values; the demo seed writes these as they are, sealed at start). */
export interface ReporterRow {
  name: string | null;
  phone: string | null;
  anonymous: boolean;
  confidential: boolean;
}

/** A reporter as stored: the phone sealed (`phone` holds only rows not yet sealed, see reporter-phone.ts). */
export type ReporterRecord = Pick<
  Selectable<CaseReportersTable>,
  'name' | 'phone' | 'phone_enc' | 'phone_hash' | 'phone_mask' | 'anonymous' | 'confidential'
>;

export async function insertReporter(trx: Transaction<DB>, topRegionId: number, caseId: number, r: ReporterRecord): Promise<void> {
  await trx
    .insertInto('case_reporters')
    .values({ top_region_id: topRegionId, case_id: caseId, ...r })
    .execute();
}

/** Sealed: the only read of reporter identity (explicit columns); callers mask or open it in an audited reveal. */
export async function findReporter(db: Db, topRegionId: number, caseId: number): Promise<ReporterRecord | undefined> {
  return db
    .selectFrom('case_reporters')
    .select(['name', 'phone', 'phone_enc', 'phone_hash', 'phone_mask', 'anonymous', 'confidential'])
    .where('top_region_id', '=', topRegionId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}
