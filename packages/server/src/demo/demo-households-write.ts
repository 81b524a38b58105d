/**
 * Demo households (see demo-households.ts), phase 4: the rows, in multi-row inserts of 500, with
 * ids drawn from each table's identity sequence (so later inserts keep counting after them).
 * ID numbers and phones are sealed here with the deployment's data key (AES-256-GCM, keyed hash,
 * mask), as the residents service seals them: no clear value reaches the database.
 */
import { startOfShanghaiDay } from '@gridwork/core/calendar';
import { maskIdNumber, maskPhone } from '@gridwork/core/households';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { SealedFields } from '../modules/households/sealed-fields';
import type { PeoplePlan } from './demo-households-plan';
import type { VisitPlan } from './demo-households-times';

const CHUNK = 5000;
const MINUTE = 60_000;

/** `n` ids from the identity sequence of `table`, ascending. */
async function allocateIds(trx: Transaction<DB>, table: 'households' | 'residents', n: number): Promise<number[]> {
  if (n === 0) return [];
  const { rows } = await sql<{
    id: number;
  }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${n})`.execute(trx);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** A column of a bulk insert: its name, the SQL type of its array, and the cast of an element to the column's value. */
type Column = [name: string, type: string, cast?: string];

/**
 * `INSERT ... SELECT FROM unnest(...)`, 5,000 rows a statement and one parameter per column
 * (a quarter less work for PGlite than multi-row VALUES). Rows hold each column by name, dates as
 * ISO text, bytea as hex, array columns as array literals.
 */
async function insertColumns(
  trx: Transaction<DB>,
  table: keyof DB,
  columns: Column[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const arrays = columns.map(([name, type]) => sql`${chunk.map((r) => r[name])}::${sql.raw(type)}[]`);
    const values = columns.map(([, , cast], k) => sql.raw(cast ? cast.replace('$', `c${k}`) : `c${k}`));
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map(([name]) => sql.ref(name)))})
      SELECT ${sql.join(values)} FROM unnest(${sql.join(arrays)}) AS x(${sql.join(columns.map((_, k) => sql.raw(`c${k}`)))})`.execute(trx);
  }
}

const HOUSEHOLD_COLUMNS: Column[] = [
  ['top_region_id', 'int'],
  ['id', 'bigint'],
  ['grid_id', 'int'],
  ['grid_path', 'text'],
  ['address', 'text'],
  ['compound_id', 'int'],
  ['building_id', 'int'],
  ['housing', 'text'],
  ['landlord', 'text'],
  ['class_override', 'text'],
  ['class_override_reason', 'text'],
  ['version', 'int'],
  ['created_by', 'int'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];
const RESIDENT_COLUMNS: Column[] = [
  ['top_region_id', 'int'],
  ['id', 'bigint'],
  ['household_id', 'bigint'],
  ['name', 'text'],
  ['sex', 'text'],
  ['birth_date', 'date'],
  ['id_number_enc', 'text', "decode($, 'hex')"],
  ['id_number_hash', 'text'],
  ['id_number_mask', 'text'],
  ['phone_enc', 'text', "decode($, 'hex')"],
  ['phone_hash', 'text'],
  ['phone_mask', 'text'],
  ['economic_situation', 'text'],
  ['skills', 'text'],
  ['tags', 'text', '$::text[]'],
  ['views', 'text'],
  ['social_relations', 'text'],
  ['notes', 'text'],
  ['status', 'text'],
  ['version', 'int'],
  ['created_by', 'int'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];
const MEMBER_COLUMNS: Column[] = [
  ['top_region_id', 'int'],
  ['household_id', 'bigint'],
  ['resident_id', 'bigint'],
  ['relation', 'text'],
  ['joined_on', 'date'],
  ['left_on', 'date'],
  ['left_reason', 'text'],
  ['left_note', 'text'],
  ['moved_to_household_id', 'bigint'],
  ['created_by', 'int'],
  ['closed_by', 'int'],
];
const VISIT_COLUMNS: Column[] = [
  ['top_region_id', 'int'],
  ['household_id', 'bigint'],
  ['visitor_ids', 'text', '$::int[]'],
  ['started_at', 'timestamptz'],
  ['ended_at', 'timestamptz'],
  ['type', 'text'],
  ['lat', 'float8'],
  ['lng', 'float8'],
  ['outside_grid', 'boolean'],
  ['findings', 'text'],
  ['needs', 'text'],
  ['policy_version', 'int'],
  ['created_by', 'int'],
  ['created_at', 'timestamptz'],
];

/** A working-hours instant on `date` (Asia/Shanghai), spread by `n`, never after `cap`, as ISO text. */
function during(date: string, n: number, cap: number): string {
  return new Date(Math.min(cap, startOfShanghaiDay(date).getTime() + (9 * 60 + ((n * 37) % 480)) * MINUTE)).toISOString();
}

const literal = (items: ReadonlyArray<string | number>): string => `{${items.join(',')}}`;

export interface WrittenIds {
  households: number[];
  residents: number[];
}

/** Households, residents (sealed) and memberships; returns the ids given to the plan's indexes. */
export async function writePeople(trx: Transaction<DB>, plan: PeoplePlan, sealed: SealedFields, cap: number): Promise<WrittenIds> {
  const ids: WrittenIds = {
    households: await allocateIds(trx, 'households', plan.households.length),
    residents: await allocateIds(trx, 'residents', plan.residents.length),
  };
  const creatorOf = (householdIdx: number) => plan.households[householdIdx].at.workers[0].id;
  await insertColumns(
    trx,
    'households',
    HOUSEHOLD_COLUMNS,
    plan.households.map((h, i) => {
      const createdAt = during(h.createdOn, i, cap);
      return {
        top_region_id: h.area.top.id,
        id: ids.households[i],
        grid_id: h.at.grid.id,
        grid_path: h.at.grid.path,
        address: h.address,
        compound_id: h.compoundId,
        building_id: h.buildingId,
        housing: h.housing,
        landlord: h.landlord,
        class_override: h.override?.visitClass ?? null,
        class_override_reason: h.override?.reason ?? null,
        version: h.override ? 2 : 1,
        created_by: creatorOf(i),
        created_at: createdAt,
        updated_at: h.override ? during(h.override.on, i + 1, cap) : createdAt,
      };
    }),
  );
  const lastChange = new Map<number, string>();
  for (const m of plan.memberships) if (m.left) lastChange.set(m.residentIdx, m.left.on);
  await insertColumns(
    trx,
    'residents',
    RESIDENT_COLUMNS,
    plan.residents.map((r, i) => {
      const createdAt = during(r.createdOn, i, cap);
      const changed = lastChange.get(i);
      return {
        top_region_id: plan.households[r.householdIdx].area.top.id,
        id: ids.residents[i],
        household_id: ids.households[r.householdIdx],
        name: r.name,
        sex: r.sex,
        birth_date: r.birthDate,
        id_number_enc: r.idNumber ? sealed.seal('idNumber', r.idNumber).toString('hex') : null,
        id_number_hash: r.idNumber ? sealed.hash('idNumber', r.idNumber) : null,
        id_number_mask: r.idNumber ? maskIdNumber(r.idNumber) : null,
        phone_enc: r.phone ? sealed.seal('phone', r.phone).toString('hex') : null,
        phone_hash: r.phone ? sealed.hash('phone', r.phone) : null,
        phone_mask: r.phone ? maskPhone(r.phone) : null,
        economic_situation: r.economicSituation,
        skills: r.skills,
        tags: literal(r.tags),
        views: r.views,
        social_relations: r.socialRelations,
        notes: r.notes,
        status: r.status,
        version: changed ? 2 : 1,
        created_by: creatorOf(r.householdIdx),
        created_at: createdAt,
        updated_at: changed && changed > r.createdOn ? during(changed, i, cap) : createdAt,
      };
    }),
  );
  await insertColumns(
    trx,
    'household_members',
    MEMBER_COLUMNS,
    plan.memberships.map((m) => ({
      top_region_id: plan.households[m.householdIdx].area.top.id,
      household_id: ids.households[m.householdIdx],
      resident_id: ids.residents[m.residentIdx],
      relation: m.relation,
      joined_on: m.joinedOn,
      left_on: m.left?.on ?? null,
      left_reason: m.left?.reason ?? null,
      left_note: m.left?.note ?? null,
      moved_to_household_id: m.left?.movedToIdx != null ? ids.households[m.left.movedToIdx] : null,
      created_by: creatorOf(m.householdIdx),
      closed_by: m.left ? creatorOf(m.householdIdx) : null,
    })),
  );
  return ids;
}

/** Visits, each with the policy version of its area and its first visitor as the recorder. */
export async function writeVisits(
  trx: Transaction<DB>,
  plan: PeoplePlan,
  visits: VisitPlan[],
  ids: WrittenIds,
  policyVersion: (topRegionId: number) => number,
): Promise<void> {
  await insertColumns(
    trx,
    'visits',
    VISIT_COLUMNS,
    visits.map((v) => {
      const h = plan.households[v.householdIdx];
      return {
        top_region_id: h.area.top.id,
        household_id: ids.households[v.householdIdx],
        visitor_ids: literal(v.visitorIds),
        started_at: v.startedAt.toISOString(),
        ended_at: v.endedAt.toISOString(),
        type: v.type,
        lat: v.lat,
        lng: v.lng,
        outside_grid: v.outsideGrid,
        findings: v.findings,
        needs: v.needs,
        policy_version: policyVersion(h.area.top.id),
        created_by: v.visitorIds[0],
        created_at: v.createdAt.toISOString(),
      };
    }),
  );
}
