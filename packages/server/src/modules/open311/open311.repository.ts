import { FINISHED_STATUSES } from '@gridwork/core/cases';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { publishedCondition, type PublicationRule } from './open311-publication';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * SQL of the public Open311 reads. These are deliberately unscoped by actor (GeoReport reads need
 * no sign-in): they return only the cases the policy publishes (C3, D10, D11; open311-publication.ts),
 * and the optional region filter is the api_key's region. They select explicit columns and never
 * touch case_reporters, so no reporter identity can reach an Open311 response.
 */
export interface RequestRow {
  id: number;
  top_region_id: number;
  category: string;
  service_name: string | null;
  status: string;
  description: string;
  case_class: string;
  policy_version: number;
  received_at: Date;
  updated_at: Date;
  deadline: Date;
  lat: number | null;
  lng: number | null;
  grid_name: string;
  address_string: string | null;
  media_url: string | null;
  /** Filed through Open311 (it has its open311_requests row). */
  filed: boolean;
}

export interface RequestFilter {
  ids: number[] | null;
  codes: string[] | null;
  statuses: Array<'open' | 'closed'> | null;
  start: Date;
  end: Date;
  /** The api_key's region (path prefix) and its street/town, or null for the whole deployment. */
  regionPath: string | null;
  topRegionId: number | null;
  /** The publication rules in force (loadPublicationRules): only the cases they publish are read. */
  rules: PublicationRule[];
  limit: number;
}

function requests(db: Db, rules: PublicationRule[]) {
  return (
    db
      .selectFrom('cases')
      .innerJoin('regions as grid', 'grid.id', 'cases.grid_id')
      .leftJoin('case_categories', 'case_categories.code', 'cases.category')
      .leftJoin('open311_requests', (j) =>
        j.onRef('open311_requests.top_region_id', '=', 'cases.top_region_id').onRef('open311_requests.case_id', '=', 'cases.id'),
      )
      .select([
        'cases.id',
        'cases.top_region_id',
        'cases.category',
        'case_categories.label_zh as service_name',
        'cases.status',
        'cases.description',
        'cases.case_class',
        'cases.policy_version',
        'cases.received_at',
        'cases.updated_at',
        'cases.deadline',
        'cases.lat',
        'cases.lng',
        'grid.name as grid_name',
        'open311_requests.address_string',
        'open311_requests.media_url',
        sql<boolean>`open311_requests.case_id IS NOT NULL`.as('filed'),
      ])
      .where(publishedCondition(rules))
      // A9.4 D10: a report whose reporter is confidential is never published (its text may identify them).
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('case_reporters')
              .select('case_reporters.case_id')
              .whereRef('case_reporters.top_region_id', '=', 'cases.top_region_id')
              .whereRef('case_reporters.case_id', '=', 'cases.id')
              .where('case_reporters.confidential', '=', true),
          ),
        ),
      )
  );
}

/** Newest first; with ids, the ids alone (and the region) select. */
export async function listRequests(db: Db, f: RequestFilter): Promise<RequestRow[]> {
  let q = requests(db, f.rules);
  if (f.regionPath) q = q.where('cases.grid_path', 'like', `${f.regionPath}%`);
  if (f.topRegionId !== null) q = q.where('cases.top_region_id', '=', f.topRegionId);
  if (f.ids) q = q.where('cases.id', 'in', f.ids);
  else {
    q = q.where('cases.received_at', '>=', f.start).where('cases.received_at', '<=', f.end);
    if (f.codes) q = q.where('cases.category', 'in', f.codes);
    if (f.statuses?.length === 1) q = q.where('cases.status', f.statuses[0] === 'closed' ? 'in' : 'not in', [...FINISHED_STATUSES]);
  }
  return q.orderBy('cases.received_at', 'desc').orderBy('cases.id', 'desc').limit(f.limit).execute();
}

/** One published case (in the key's region, when given); undefined when it does not exist or is not published. */
export async function findRequest(
  db: Db,
  id: number,
  where: Pick<RequestFilter, 'regionPath' | 'topRegionId' | 'rules'>,
): Promise<RequestRow | undefined> {
  const [row] = await listRequests(db, {
    ...where,
    ids: [id],
    codes: null,
    statuses: null,
    start: new Date(0),
    end: new Date(0),
    limit: 1,
  });
  return row;
}

type CaseKey = Pick<RequestRow, 'id' | 'top_region_id'>;

function keysOf(rows: CaseKey[]) {
  return { tops: [...new Set(rows.map((r) => r.top_region_id))], ids: rows.map((r) => r.id) };
}

/** The published note of each case: the latest reviewed version (case_public_notes), with when it was approved. */
export async function latestPublicNotes(db: Db, rows: CaseKey[]): Promise<Map<number, { text: string; at: Date }>> {
  if (rows.length === 0) return new Map();
  const { tops, ids } = keysOf(rows);
  const notes = await db
    .selectFrom('case_public_notes')
    .distinctOn(['case_public_notes.top_region_id', 'case_public_notes.case_id'])
    .select(['case_public_notes.case_id', 'case_public_notes.text', 'case_public_notes.approved_at'])
    .where('case_public_notes.top_region_id', 'in', tops)
    .where('case_public_notes.case_id', 'in', ids)
    .orderBy('case_public_notes.top_region_id')
    .orderBy('case_public_notes.case_id')
    .orderBy('case_public_notes.version', 'desc')
    .execute();
  return new Map(notes.map((n) => [n.case_id, { text: n.text, at: new Date(n.approved_at) }]));
}

/** When each case last changed: its latest timeline entry (every step writes one, at the app's clock). */
export async function lastChanges(db: Db, rows: CaseKey[]): Promise<Map<number, Date>> {
  if (rows.length === 0) return new Map();
  const { tops, ids } = keysOf(rows);
  const out = await db
    .selectFrom('case_timeline')
    .select(['case_timeline.case_id', (eb) => eb.fn.max('case_timeline.at').as('at')])
    .where('case_timeline.top_region_id', 'in', tops)
    .where('case_timeline.case_id', 'in', ids)
    .groupBy(['case_timeline.top_region_id', 'case_timeline.case_id'])
    .execute();
  return new Map(out.map((r) => [r.case_id, new Date(r.at as unknown as string | Date)]));
}

/** The Open311 side of a filed case; a retried request (same Idempotency-Key) finds it written already. */
export async function insertOpen311Request(
  db: Db,
  r: { topRegionId: number; caseId: number; clientId: number; addressString: string | null; mediaUrl: string | null },
): Promise<void> {
  await db
    .insertInto('open311_requests')
    .values({
      top_region_id: r.topRegionId,
      case_id: r.caseId,
      client_id: r.clientId,
      address_string: r.addressString,
      media_url: r.mediaUrl,
    })
    .onConflict((oc) => oc.columns(['top_region_id', 'case_id']).doNothing())
    .execute();
}

/** A case filed through Open311 (tokens name only those). */
export async function findFiledCase(db: Db, caseId: number): Promise<{ case_id: number } | undefined> {
  return db.selectFrom('open311_requests').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
}
