import { DomainError, type Actor } from '@gridwork/core';
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;

/** A household's key: the street/town first (decision 0001). */
export interface HouseholdKey {
  topRegionId: number;
  id: number;
}

export interface HouseholdRow extends HouseholdKey {
  gridId: number;
  gridPath: string;
  gridCode: string;
  gridName: string;
  address: string;
  compoundId: number | null;
  buildingId: number | null;
  housing: string;
  landlord: string | null;
  classOverride: string | null;
  classOverrideReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = [
  'h.top_region_id as topRegionId',
  'h.id',
  'h.grid_id as gridId',
  'h.grid_path as gridPath',
  'g.code as gridCode',
  'g.name as gridName',
  'h.address',
  'h.compound_id as compoundId',
  'h.building_id as buildingId',
  'h.housing',
  'h.landlord',
  'h.class_override as classOverride',
  'h.class_override_reason as classOverrideReason',
  'h.version',
  'h.created_at as createdAt',
  'h.updated_at as updatedAt',
] as const;

function base(db: Db) {
  return db.selectFrom('households as h').innerJoin('regions as g', 'g.id', 'h.grid_id');
}

/** One household if it lies in the actor's scope (any role: the role is checked after, for 403). */
export async function findHouseholdInScope(db: Db, actor: Actor, id: number): Promise<HouseholdRow | undefined> {
  return base(db)
    .select(COLUMNS)
    .where('h.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'h.grid_path'))
    .executeTakeFirst();
}

export async function getHouseholdInScope(db: Db, actor: Actor, id: number): Promise<HouseholdRow> {
  const row = await findHouseholdInScope(db, actor, id);
  if (!row) throw new DomainError('NOT_FOUND', `household ${id} not found`);
  return row;
}

/** What a new household records (one by insertHousehold, many by the roster import). */
export interface HouseholdValues {
  topRegionId: number;
  gridId: number;
  gridPath: string;
  address: string;
  compoundId: number | null;
  buildingId: number | null;
  housing: 'owned' | 'rented';
  landlord: string | null;
}

export interface NewHousehold extends HouseholdValues {
  createdBy: number;
  now: Date;
}

export async function insertHousehold(trx: Transaction<DB>, h: NewHousehold): Promise<number> {
  const row = await trx
    .insertInto('households')
    .values({
      top_region_id: h.topRegionId,
      grid_id: h.gridId,
      grid_path: h.gridPath,
      address: h.address,
      compound_id: h.compoundId,
      building_id: h.buildingId,
      housing: h.housing,
      landlord: h.landlord,
      created_by: h.createdBy,
      created_at: h.now,
      updated_at: h.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface HouseholdPatch {
  address?: string;
  compoundId?: number | null;
  buildingId?: number | null;
  housing?: 'owned' | 'rented';
  landlord?: string | null;
  override?: { visitClass: string; reason: string } | null;
}

/** Optimistic update: 409 VERSION_CONFLICT when the stored version is not `expectedVersion`. */
export async function updateHousehold(
  trx: Transaction<DB>,
  key: HouseholdKey,
  expectedVersion: number,
  p: HouseholdPatch,
  now: Date,
): Promise<void> {
  const set: Record<string, unknown> = { version: sql`version + 1`, updated_at: now };
  if (p.address !== undefined) set.address = p.address;
  if (p.compoundId !== undefined) set.compound_id = p.compoundId;
  if (p.buildingId !== undefined) set.building_id = p.buildingId;
  if (p.housing !== undefined) set.housing = p.housing;
  if (p.landlord !== undefined) set.landlord = p.landlord;
  if (p.override !== undefined) {
    set.class_override = p.override?.visitClass ?? null;
    set.class_override_reason = p.override?.reason ?? null;
  }
  const row = await trx
    .updateTable('households')
    .set(set)
    .where('top_region_id', '=', key.topRegionId)
    .where('id', '=', key.id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!row) throw versionConflict('household', key.id);
}

export interface HouseholdFilter {
  gridId?: number;
  /** Exact match through keyed hashes only (C3): never a partial match on personal data. */
  idNumberHash?: string;
  phoneHash?: string;
  /** Matched against addresses and current members' names. */
  text?: string;
  sort: 'id' | 'address';
  limit: number;
  offset: number;
}

type HouseholdEb = ExpressionBuilder<DB & { h: DB['households'] }, 'h'>;

/** Current residents of the household `h` matching `column = value` (or ILIKE for names). */
function hasCurrentResident(eb: HouseholdEb, column: 'id_number_hash' | 'phone_hash' | 'name', value: string) {
  let q = eb
    .selectFrom('residents as r')
    .select('r.id')
    .whereRef('r.top_region_id', '=', 'h.top_region_id')
    .whereRef('r.household_id', '=', 'h.id')
    .where('r.status', '=', 'current');
  q = column === 'name' ? q.where('r.name', 'ilike', value) : q.where(`r.${column}`, '=', value);
  return eb.exists(q);
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Households in the scope of `actor` (already restricted to the roles that may read them). */
export async function listHouseholds(db: Db, actor: Actor, f: HouseholdFilter): Promise<{ rows: HouseholdRow[]; total: number }> {
  const filtered = () => {
    let q = base(db).where((eb) => whereInScope(eb, actor, 'h.grid_path'));
    if (f.gridId !== undefined) q = q.where('h.grid_id', '=', f.gridId);
    if (f.idNumberHash !== undefined)
      q = q.where((eb) => hasCurrentResident(eb as unknown as HouseholdEb, 'id_number_hash', f.idNumberHash!));
    if (f.phoneHash !== undefined) q = q.where((eb) => hasCurrentResident(eb as unknown as HouseholdEb, 'phone_hash', f.phoneHash!));
    if (f.text !== undefined) {
      const pattern = likePattern(f.text);
      q = q.where((eb) => eb.or([eb('h.address', 'ilike', pattern), hasCurrentResident(eb as unknown as HouseholdEb, 'name', pattern)]));
    }
    return q;
  };
  const ordered = f.sort === 'address' ? filtered().orderBy('h.address').orderBy('h.id') : filtered().orderBy('h.id');
  const [rows, count] = await Promise.all([
    ordered.select(COLUMNS).limit(f.limit).offset(f.offset).execute(),
    filtered().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}
