import { createHash } from 'node:crypto';
import type { Actor } from '@gridwork/core';
import { DomainError } from '@gridwork/core';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';

type Db = Kysely<DB> | Transaction<DB>;

/** An Open311 client with its region (scope) and acting user; never its key or key hash. */
export interface ClientRow {
  id: number;
  name: string;
  regionId: number;
  regionName: string;
  regionType: string;
  regionPath: string;
  topRegionId: number | null;
  actingUserId: number;
  actingUsername: string;
  actingDisplayName: string;
  active: boolean;
  createdAt: Date;
  createdBy: number | null;
}

/** SHA-256 (hex) of an API key: what is stored and looked up. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function clients(db: Db) {
  return db
    .selectFrom('open311_clients')
    .innerJoin('regions', 'regions.id', 'open311_clients.region_id')
    .innerJoin('users', 'users.id', 'open311_clients.acting_user_id')
    .select([
      'open311_clients.id',
      'open311_clients.name',
      'open311_clients.region_id as regionId',
      'regions.name as regionName',
      'regions.type as regionType',
      'regions.path as regionPath',
      'regions.top_region_id as topRegionId',
      'open311_clients.acting_user_id as actingUserId',
      'users.username as actingUsername',
      'users.display_name as actingDisplayName',
      'open311_clients.active',
      'open311_clients.created_at as createdAt',
      'open311_clients.created_by as createdBy',
    ]);
}

/** Unscoped on purpose: the key is the credential (public Open311 routes have no signed-in actor). */
export async function findActiveClientByKey(db: Db, key: string): Promise<ClientRow | undefined> {
  return clients(db).where('open311_clients.key_hash', '=', hashKey(key)).where('open311_clients.active', '=', true).executeTakeFirst();
}

export async function existsKeyHash(db: Db, keyHash: string): Promise<boolean> {
  return (await db.selectFrom('open311_clients').select('id').where('key_hash', '=', keyHash).executeTakeFirst()) !== undefined;
}

/** Clients whose region lies in the actor's scope. */
export async function listClientsInScope(db: Db, actor: Actor): Promise<ClientRow[]> {
  return clients(db)
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .orderBy('open311_clients.id')
    .execute();
}

/** One client in the actor's scope, else 404 (no existence leak). */
export async function getClientInScope(db: Db, actor: Actor, id: number): Promise<ClientRow> {
  const row = await clients(db)
    .where('open311_clients.id', '=', id)
    .where((eb) => whereInScope(eb, actor, 'regions.path'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', `Open311 client ${id} not found`);
  return row;
}

/** The system user a client's intake is recorded under: inactive, so it can never sign in. */
export async function insertSystemUser(
  trx: Transaction<DB>,
  u: { username: string; displayName: string; passwordHash: string },
  now: Date,
): Promise<number> {
  const row = await trx
    .insertInto('users')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      password_is_demo: false,
      active: false,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertClient(
  trx: Transaction<DB>,
  c: { name: string; keyHash: string; regionId: number; actingUserId: number; createdBy: number | null },
): Promise<number> {
  const row = await trx
    .insertInto('open311_clients')
    .values({ name: c.name, key_hash: c.keyHash, region_id: c.regionId, acting_user_id: c.actingUserId, created_by: c.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setClientActive(trx: Transaction<DB>, id: number, active: boolean): Promise<void> {
  await trx.updateTable('open311_clients').set({ active }).where('id', '=', id).execute();
}
