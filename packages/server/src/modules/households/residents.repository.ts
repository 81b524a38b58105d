/**
 * Residents and memberships. Personal data is read through explicit column lists: the sealed
 * columns (`*_enc`) are read only by `readSealedValue` (reveal, one record), the keyed hashes only
 * by the duplicate check; lists and details get the stored masks.
 */
import { DomainError, type Actor } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import type { HouseholdKey } from './households.repository';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;

export interface ResidentKey {
  topRegionId: number;
  id: number;
}

/** What a resident's record holds besides identity and the sealed fields (A11.1). */
interface ResidentDetails {
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  tags: string[];
  economicSituation: string | null;
  skills: string | null;
  views: string | null;
  socialRelations: string | null;
  notes: string | null;
}

/** A resident's personal data as anyone reading it gets it: the stored masks, no sealed column, no hash. */
export interface MaskedResident extends ResidentDetails {
  idNumberMask: string | null;
  phoneMask: string | null;
}

/** The columns of `MaskedResident` from `residents as r` (the roster export reads the same). */
export const MASKED_RESIDENT_COLUMNS = [
  'r.name',
  'r.sex',
  'r.birth_date as birthDate',
  'r.id_number_mask as idNumberMask',
  'r.phone_mask as phoneMask',
  'r.tags',
  'r.economic_situation as economicSituation',
  'r.skills',
  'r.views',
  'r.social_relations as socialRelations',
  'r.notes',
] as const;

export interface ResidentRow extends ResidentKey, MaskedResident {
  householdId: number;
  status: string;
  version: number;
}

export interface MemberRow extends ResidentRow {
  relation: string | null;
  joinedOn: string;
  leftOn: string | null;
  leftReason: string | null;
}

/** The masked view of a resident: no sealed column, no hash. */
const RESIDENT_COLUMNS = [
  'r.top_region_id as topRegionId',
  'r.id',
  'r.household_id as householdId',
  ...MASKED_RESIDENT_COLUMNS,
  'r.status',
  'r.version',
] as const;

/** Every membership of a household (current and former), oldest first. */
export async function listMembers(db: Db, household: HouseholdKey): Promise<MemberRow[]> {
  return db
    .selectFrom('household_members as m')
    .innerJoin('residents as r', (j) => j.onRef('r.top_region_id', '=', 'm.top_region_id').onRef('r.id', '=', 'm.resident_id'))
    .select([...RESIDENT_COLUMNS, 'm.relation', 'm.joined_on as joinedOn', 'm.left_on as leftOn', 'm.left_reason as leftReason'])
    .where('m.top_region_id', '=', household.topRegionId)
    .where('m.household_id', '=', household.id)
    .orderBy('m.joined_on')
    .orderBy('m.id')
    .execute();
}

/** Current residents of several households (list summaries). */
export async function listCurrentResidents(db: Db, households: HouseholdKey[]): Promise<ResidentRow[]> {
  if (households.length === 0) return [];
  return db
    .selectFrom('residents as r')
    .select(RESIDENT_COLUMNS)
    .where((eb) => eb.or(households.map((h) => eb.and([eb('r.top_region_id', '=', h.topRegionId), eb('r.household_id', '=', h.id)]))))
    .where('r.status', '=', 'current')
    .orderBy('r.id')
    .execute();
}

export type ResidentInScope = ResidentRow & { gridPath: string; gridId: number };

/** A resident whose (current or last) household lies in the actor's scope. */
export async function getResidentInScope(db: Db, actor: Actor, id: number): Promise<ResidentInScope> {
  const row = await db
    .selectFrom('residents as r')
    .innerJoin('households as h', (j) => j.onRef('h.top_region_id', '=', 'r.top_region_id').onRef('h.id', '=', 'r.household_id'))
    .select([...RESIDENT_COLUMNS, 'h.grid_path as gridPath', 'h.grid_id as gridId'])
    .where('r.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'h.grid_path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `resident ${id} not found`);
  return row;
}

/** A sealed value with its hash and mask, as stored. */
export interface SealedColumns {
  enc: Buffer;
  hash: string;
  mask: string;
}

export interface ResidentValues extends ResidentDetails {
  idNumber: SealedColumns | null;
  phone: SealedColumns | null;
}

function sealedColumns(field: 'id_number' | 'phone', v: SealedColumns | null | undefined): Record<string, unknown> {
  if (v === undefined) return {};
  return { [`${field}_enc`]: v?.enc ?? null, [`${field}_hash`]: v?.hash ?? null, [`${field}_mask`]: v?.mask ?? null };
}

export async function insertResident(
  trx: Transaction<DB>,
  household: HouseholdKey,
  v: ResidentValues,
  by: number,
  now: Date,
): Promise<number> {
  const row = await trx
    .insertInto('residents')
    .values({
      top_region_id: household.topRegionId,
      household_id: household.id,
      name: v.name,
      sex: v.sex,
      birth_date: v.birthDate,
      ...sealedColumns('id_number', v.idNumber),
      ...sealedColumns('phone', v.phone),
      tags: v.tags,
      economic_situation: v.economicSituation,
      skills: v.skills,
      views: v.views,
      social_relations: v.socialRelations,
      notes: v.notes,
      created_by: by,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ResidentPatch = Partial<ResidentValues> & { householdId?: number; status?: 'current' | 'moved-out' | 'deceased' };

/** Optimistic update: 409 VERSION_CONFLICT when the stored version is not `expectedVersion`. */
export async function updateResident(
  trx: Transaction<DB>,
  key: ResidentKey,
  expectedVersion: number,
  p: ResidentPatch,
  now: Date,
): Promise<void> {
  const plain: Array<[keyof ResidentPatch, string]> = [
    ['name', 'name'],
    ['sex', 'sex'],
    ['birthDate', 'birth_date'],
    ['tags', 'tags'],
    ['economicSituation', 'economic_situation'],
    ['skills', 'skills'],
    ['views', 'views'],
    ['socialRelations', 'social_relations'],
    ['notes', 'notes'],
    ['householdId', 'household_id'],
    ['status', 'status'],
  ];
  const set: Record<string, unknown> = {
    version: sql`version + 1`,
    updated_at: now,
    ...sealedColumns('id_number', p.idNumber),
    ...sealedColumns('phone', p.phone),
  };
  for (const [from, to] of plain) if (p[from] !== undefined) set[to] = p[from];
  const row = await trx
    .updateTable('residents')
    .set(set)
    .where('top_region_id', '=', key.topRegionId)
    .where('id', '=', key.id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!row) throw versionConflict('resident', key.id);
}

/** A resident with their open membership (or their last one once they have left). */
export async function getMemberView(db: Db, resident: ResidentKey): Promise<MemberRow & { membershipHouseholdId: number }> {
  return db
    .selectFrom('household_members as m')
    .innerJoin('residents as r', (j) => j.onRef('r.top_region_id', '=', 'm.top_region_id').onRef('r.id', '=', 'm.resident_id'))
    .select([
      ...RESIDENT_COLUMNS,
      'm.household_id as membershipHouseholdId',
      'm.relation',
      'm.joined_on as joinedOn',
      'm.left_on as leftOn',
      'm.left_reason as leftReason',
    ])
    .where('m.top_region_id', '=', resident.topRegionId)
    .where('m.resident_id', '=', resident.id)
    .orderBy(sql`m.left_on IS NULL`, 'desc')
    .orderBy('m.joined_on', 'desc')
    .orderBy('m.id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** Is the ID number (by its keyed hash) held by another current resident? Never decrypts anything. */
export async function unsafeIdNumberTaken(db: Db, hash: string, except?: ResidentKey): Promise<boolean> {
  let q = db.selectFrom('residents').select('id').where('id_number_hash', '=', hash).where('status', '=', 'current');
  if (except) q = q.where((eb) => eb.not(eb.and([eb('top_region_id', '=', except.topRegionId), eb('id', '=', except.id)])));
  return (await q.executeTakeFirst()) !== undefined;
}

/** The one read of a sealed column: a single resident's value for a reveal (audited by the caller). */
export async function readSealedValue(db: Db, key: ResidentKey, field: 'idNumber' | 'phone'): Promise<Buffer | null> {
  const column = field === 'idNumber' ? 'id_number_enc' : 'phone_enc';
  const row = await db
    .selectFrom('residents')
    .select(`${column} as enc`)
    .where('top_region_id', '=', key.topRegionId)
    .where('id', '=', key.id)
    .executeTakeFirstOrThrow();
  return (row.enc as Buffer | null) ?? null;
}

export async function insertMembership(
  trx: Transaction<DB>,
  m: { household: HouseholdKey; residentId: number; relation: string | null; joinedOn: string; by: number },
): Promise<void> {
  await trx
    .insertInto('household_members')
    .values({
      top_region_id: m.household.topRegionId,
      household_id: m.household.id,
      resident_id: m.residentId,
      relation: m.relation,
      joined_on: m.joinedOn,
      created_by: m.by,
    })
    .execute();
}

export async function findOpenMembership(db: Db, resident: ResidentKey) {
  return db
    .selectFrom('household_members')
    .select(['id', 'household_id as householdId', 'relation', 'joined_on as joinedOn'])
    .where('top_region_id', '=', resident.topRegionId)
    .where('resident_id', '=', resident.id)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}

export async function closeMembership(
  trx: Transaction<DB>,
  resident: ResidentKey,
  c: {
    membershipId: number;
    leftOn: string;
    reason: 'moved' | 'moved-out' | 'deceased';
    note: string | null;
    movedTo: number | null;
    by: number;
  },
): Promise<void> {
  await trx
    .updateTable('household_members')
    .set({ left_on: c.leftOn, left_reason: c.reason, left_note: c.note, moved_to_household_id: c.movedTo, closed_by: c.by })
    .where('top_region_id', '=', resident.topRegionId)
    .where('id', '=', c.membershipId)
    .execute();
}

/** The editable tag list (contract defaults; RULES category lists end in 等). */
export async function listTags(db: Db, activeOnly = false) {
  let q = db.selectFrom('resident_tags').select(['code', 'label_zh as labelZh', 'label_en as labelEn', 'rule', 'active', 'sort']);
  if (activeOnly) q = q.where('active', '=', true);
  return q.orderBy('sort').orderBy('code').execute();
}
