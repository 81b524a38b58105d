import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { HouseholdKey } from './households.repository';

type Db = Kysely<DB> | Transaction<DB>;

export interface VisitRow {
  topRegionId: number;
  id: number;
  householdId: number;
  visitorIds: number[];
  startedAt: Date;
  endedAt: Date;
  type: string;
  lat: number | null;
  lng: number | null;
  outsideGrid: boolean | null;
  findings: string | null;
  needs: string | null;
  policyVersion: number | null;
  createdBy: number;
  createdAt: Date;
}

const COLUMNS = [
  'top_region_id as topRegionId',
  'id',
  'household_id as householdId',
  'visitor_ids as visitorIds',
  'started_at as startedAt',
  'ended_at as endedAt',
  'type',
  'lat',
  'lng',
  'outside_grid as outsideGrid',
  'findings',
  'needs',
  'policy_version as policyVersion',
  'created_by as createdBy',
  'created_at as createdAt',
] as const;

export type NewVisit = Omit<VisitRow, 'id' | 'createdAt'> & { now: Date };

export async function insertVisit(trx: Transaction<DB>, v: NewVisit): Promise<VisitRow> {
  return trx
    .insertInto('visits')
    .values({
      top_region_id: v.topRegionId,
      household_id: v.householdId,
      visitor_ids: v.visitorIds,
      started_at: v.startedAt,
      ended_at: v.endedAt,
      type: v.type,
      lat: v.lat,
      lng: v.lng,
      outside_grid: v.outsideGrid,
      findings: v.findings,
      needs: v.needs,
      policy_version: v.policyVersion,
      created_by: v.createdBy,
      created_at: v.now,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** One page of a household's visits, newest first (visit history). */
export async function listVisitsPage(db: Db, household: HouseholdKey, limit: number, offset: number): Promise<VisitRow[]> {
  return db
    .selectFrom('visits')
    .select(COLUMNS)
    .where('top_region_id', '=', household.topRegionId)
    .where('household_id', '=', household.id)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countVisits(db: Db, household: HouseholdKey): Promise<number> {
  const row = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('top_region_id', '=', household.topRegionId)
    .where('household_id', '=', household.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The most recent visits of a household, newest first. */
export async function listRecentVisits(db: Db, household: HouseholdKey, limit: number): Promise<VisitRow[]> {
  return listVisitsPage(db, household, limit, 0);
}
