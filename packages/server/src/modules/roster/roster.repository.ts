/**
 * SQL of the roster import and export: duplicate lookup by keyed hash (never decrypting), id
 * allocation and multi-row inserts in chunks (one transaction, a few statements per thousand rows),
 * and the masked roster read (explicit columns: masks, never sealed values or hashes).
 */
import type { Actor } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import type { AuditEntry } from '../audit/audit.repository';
import type { HouseholdValues } from '../households/households.repository';
import { MASKED_RESIDENT_COLUMNS, type MaskedResident, type ResidentValues } from '../households/residents.repository';
import { nextTurn } from '../../lib/loop-slices';

type Db = Kysely<DB> | Transaction<DB>;
/** Hashes per duplicate lookup; rows per INSERT statement. */
const CHUNK = 1000;
const INSERT_CHUNK = 5000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A column of a bulk insert: its name, the element type of the array sent, and an optional cast of each element. */
type BulkColumn<T> = [name: string, type: string, value: (row: T) => unknown, cast?: string];

/**
 * `INSERT INTO table (...) SELECT ... FROM unnest($1::type[], $2::type[], ...)`: one statement and one
 * parameter per column for thousands of rows (several times faster than multi-row VALUES on PGlite).
 */
async function insertBulk<T>(
  trx: Transaction<DB>,
  table: keyof DB,
  columns: ReadonlyArray<BulkColumn<T>>,
  rows: readonly T[],
): Promise<void> {
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const names = sql.join(columns.map(([name]) => sql.ref(name)));
    const aliases = sql.join(columns.map((_, i) => sql.ref(`c${i}`)));
    const select = sql.join(columns.map(([, , , cast], i) => (cast ? sql`${sql.ref(`x.c${i}`)}::${sql.raw(cast)}` : sql.ref(`x.c${i}`))));
    const arrays = sql.join(columns.map(([, type, value]) => sql`${part.map(value)}::${sql.raw(type)}[]`));
    await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT ${select} FROM unnest(${arrays}) AS x(${aliases})`.execute(trx);
  }
}

/** A text[] value as one array literal (tag codes are kebab-case: no quoting needed). */
const textArray = (items: readonly string[]) => `{${items.join(',')}}`;

/** Which of these ID number hashes a current resident already holds (the unique index's rule). */
/** A current resident as a roster row names them: name, birth date, and the grid they live in. */
export interface RegisteredPerson {
  name: string;
  birthDate: string;
  gridPath: string;
}

/** Current residents of these streets/towns bearing any of `names`: their name, birth date and grid. */
export async function unsafeResidentsNamed(db: Db, topRegionIds: readonly number[], names: readonly string[]): Promise<RegisteredPerson[]> {
  const found: RegisteredPerson[] = [];
  if (topRegionIds.length === 0) return found;
  for (const part of chunks(names)) {
    await nextTurn();
    const rows = await db
      .selectFrom('residents as r')
      .innerJoin('households as h', 'h.id', 'r.household_id')
      .select(['r.name', 'r.birth_date as birthDate', 'h.grid_path as gridPath'])
      .where('r.status', '=', 'current')
      .where('r.top_region_id', 'in', [...topRegionIds])
      .where('r.name', 'in', part)
      .execute();
    found.push(...rows);
  }
  return found;
}

/** The current residents' ID number hashes among `hashes` (anywhere: the index is global). */
export async function unsafeTakenIdNumberHashes(db: Db, hashes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const part of chunks(hashes)) {
    // the embedded database answers on this thread, its promises as microtasks: let other work in between
    await nextTurn();
    const rows = await db
      .selectFrom('residents')
      .select('id_number_hash as hash')
      .where('status', '=', 'current')
      .where('id_number_hash', 'in', part)
      .execute();
    for (const r of rows) if (r.hash) taken.add(r.hash);
  }
  return taken;
}

/** `n` new ids from the identity sequence of `table`, so related rows can be built before inserting. */
export async function allocateIds(trx: Transaction<DB>, table: 'households' | 'residents', n: number): Promise<number[]> {
  if (n === 0) return [];
  const res = await sql<{
    id: number;
  }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${n}::int)`.execute(trx);
  return res.rows.map((r) => Number(r.id));
}

export interface HouseholdInsert extends HouseholdValues {
  id: number;
}

export interface ResidentInsert {
  topRegionId: number;
  id: number;
  householdId: number;
  values: ResidentValues;
  relation: string | null;
}

export interface BatchMeta {
  by: number;
  now: Date;
  joinedOn: string;
}

export async function insertHouseholds(trx: Transaction<DB>, rows: readonly HouseholdInsert[], meta: BatchMeta): Promise<void> {
  await insertBulk<HouseholdInsert>(
    trx,
    'households',
    [
      ['top_region_id', 'int', (h) => h.topRegionId],
      ['id', 'bigint', (h) => h.id],
      ['grid_id', 'int', (h) => h.gridId],
      ['grid_path', 'text', (h) => h.gridPath],
      ['address', 'text', (h) => h.address],
      ['compound_id', 'int', (h) => h.compoundId],
      ['building_id', 'int', (h) => h.buildingId],
      ['housing', 'text', (h) => h.housing],
      ['landlord', 'text', (h) => h.landlord],
      ['created_by', 'int', () => meta.by],
      ['created_at', 'timestamptz', () => meta.now],
      ['updated_at', 'timestamptz', () => meta.now],
    ],
    rows,
  );
}

/** Residents and their open memberships. */
export async function insertResidents(trx: Transaction<DB>, rows: readonly ResidentInsert[], meta: BatchMeta): Promise<void> {
  await insertBulk<ResidentInsert>(
    trx,
    'residents',
    [
      ['top_region_id', 'int', (r) => r.topRegionId],
      ['id', 'bigint', (r) => r.id],
      ['household_id', 'bigint', (r) => r.householdId],
      ['name', 'text', (r) => r.values.name],
      ['sex', 'text', (r) => r.values.sex],
      ['birth_date', 'date', (r) => r.values.birthDate],
      ['id_number_enc', 'bytea', (r) => r.values.idNumber?.enc ?? null],
      ['id_number_hash', 'text', (r) => r.values.idNumber?.hash ?? null],
      ['id_number_mask', 'text', (r) => r.values.idNumber?.mask ?? null],
      ['phone_enc', 'bytea', (r) => r.values.phone?.enc ?? null],
      ['phone_hash', 'text', (r) => r.values.phone?.hash ?? null],
      ['phone_mask', 'text', (r) => r.values.phone?.mask ?? null],
      ['tags', 'text', (r) => textArray(r.values.tags), 'text[]'],
      ['economic_situation', 'text', (r) => r.values.economicSituation],
      ['skills', 'text', (r) => r.values.skills],
      ['views', 'text', (r) => r.values.views],
      ['social_relations', 'text', (r) => r.values.socialRelations],
      ['notes', 'text', (r) => r.values.notes],
      ['created_by', 'int', () => meta.by],
      ['created_at', 'timestamptz', () => meta.now],
      ['updated_at', 'timestamptz', () => meta.now],
    ],
    rows,
  );
  await insertBulk<ResidentInsert>(
    trx,
    'household_members',
    [
      ['top_region_id', 'int', (r) => r.topRegionId],
      ['household_id', 'bigint', (r) => r.householdId],
      ['resident_id', 'bigint', (r) => r.id],
      ['relation', 'text', (r) => r.relation],
      ['joined_on', 'date', () => meta.joinedOn],
      ['created_by', 'int', () => meta.by],
    ],
    rows,
  );
}

/** Audit rows in bulk (the same columns writeAudit fills). */
export async function insertAudits(trx: Transaction<DB>, entries: readonly AuditEntry[]): Promise<void> {
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  await insertBulk<AuditEntry>(
    trx,
    'audit_log',
    [
      ['top_region_id', 'int', (e) => e.topRegionId ?? 0],
      ['actor_id', 'int', (e) => e.actorId],
      ['action', 'text', (e) => e.action],
      ['entity', 'text', (e) => e.entity],
      ['entity_id', 'text', (e) => (e.entityId === null ? null : String(e.entityId))],
      ['region_id', 'int', (e) => e.regionId ?? null],
      ['before', 'text', (e) => json(e.before), 'jsonb'],
      ['after', 'text', (e) => json(e.after), 'jsonb'],
      ['request_id', 'text', (e) => e.requestId ?? null],
    ],
    entries,
  );
}

export interface RosterExportRow extends MaskedResident {
  householdId: number;
  gridCode: string;
  address: string;
  compound: string | null;
  building: string | null;
  housing: string;
  landlord: string | null;
  relation: string | null;
}

/** Current members of households in the reader's scope (under `pathPrefix` when given), masked; at most `limit`. */
export async function listRosterRows(db: Db, readers: Actor, pathPrefix: string | null, limit: number): Promise<RosterExportRow[]> {
  let q = db
    .selectFrom('household_members as m')
    .innerJoin('residents as r', (j) => j.onRef('r.top_region_id', '=', 'm.top_region_id').onRef('r.id', '=', 'm.resident_id'))
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'm.top_region_id').onRef('h.id', '=', 'm.household_id'))
    .innerJoin('regions as g', 'g.id', 'h.grid_id')
    .leftJoin('regions as c', 'c.id', 'h.compound_id')
    .leftJoin('regions as b', 'b.id', 'h.building_id')
    .select([
      'h.id as householdId',
      'g.code as gridCode',
      'h.address',
      'c.name as compound',
      'b.name as building',
      'h.housing',
      'h.landlord',
      'm.relation',
      ...MASKED_RESIDENT_COLUMNS,
    ])
    .where('m.left_on', 'is', null)
    .where((eb) => whereInScope(eb, readers, 'h.grid_path'));
  if (pathPrefix) q = q.where('h.grid_path', 'like', `${pathPrefix}%`);
  return q.orderBy('h.id').orderBy('m.joined_on').orderBy('m.id').limit(limit).execute();
}

/** Names of compounds and buildings by id (household export). */
export async function regionNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const part of chunks([...new Set(ids)])) {
    for (const r of await db.selectFrom('regions').select(['id', 'name']).where('id', 'in', part).execute()) names.set(r.id, r.name);
  }
  return names;
}
