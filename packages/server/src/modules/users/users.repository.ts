import type { Actor, Role } from '@gridwork/core';
import { DomainError } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  active: boolean;
  version: number;
}

export interface RoleRow {
  id: number;
  userId: number;
  role: string;
  regionId: number;
  regionName: string;
  regionPath: string;
}

const USER_COLUMNS = ['users.id', 'users.username', 'users.display_name as displayName', 'users.active', 'users.version'] as const;

/** Users holding a role in the actor's scope; `includeRoleless` adds users without any role (admins). */
export async function listUsersInScope(db: Db, actor: Actor, includeRoleless: boolean): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('role_assignments')
            .innerJoin('regions', 'regions.id', 'role_assignments.region_id')
            .select(sql`1`.as('x'))
            .whereRef('role_assignments.user_id', '=', 'users.id')
            .where((e2) => whereInScope(e2, actor, 'regions.path')),
        ),
        includeRoleless
          ? eb.not(
              eb.exists(eb.selectFrom('role_assignments').select(sql`1`.as('x')).whereRef('role_assignments.user_id', '=', 'users.id')),
            )
          : sql<boolean>`false`,
      ]),
    )
    .orderBy('users.username')
    .execute();
}

export async function listRolesOf(db: Db, userIds: number[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('role_assignments')
    .innerJoin('regions', 'regions.id', 'role_assignments.region_id')
    .select([
      'role_assignments.id',
      'role_assignments.user_id as userId',
      'role_assignments.role',
      'role_assignments.region_id as regionId',
      'regions.name as regionName',
      'regions.path as regionPath',
    ])
    .where('role_assignments.user_id', 'in', userIds)
    .orderBy('role_assignments.id')
    .execute();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('users.id', '=', id).executeTakeFirst();
}

export async function insertUser(
  trx: Transaction<DB>,
  u: { username: string; displayName: string; passwordHash: string; isDemo: boolean },
  now: Date,
): Promise<number> {
  const row = await trx
    .insertInto('users')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      password_is_demo: u.isDemo,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new DomainError('ALREADY_EXISTS', `username ${u.username} is taken`, { field: 'username' });
  return row.id;
}

export async function updateUser(
  trx: Transaction<DB>,
  id: number,
  expectedVersion: number,
  p: { displayName?: string; active?: boolean; passwordHash?: string; isDemo?: boolean },
  now: Date,
): Promise<void> {
  const set: Record<string, unknown> = { version: sql`version + 1`, updated_at: now };
  if (p.displayName !== undefined) set.display_name = p.displayName;
  if (p.active !== undefined) set.active = p.active;
  if (p.passwordHash !== undefined) {
    set.password_hash = p.passwordHash;
    set.password_is_demo = p.isDemo ?? false;
  }
  const row = await trx
    .updateTable('users')
    .set(set)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw versionConflict('user', id);
}

export async function insertRole(trx: Transaction<DB>, userId: number, role: string, regionId: number): Promise<number> {
  const row = await trx
    .insertInto('role_assignments')
    .values({ user_id: userId, role, region_id: regionId })
    .onConflict((oc) => oc.columns(['user_id', 'role', 'region_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new DomainError('ALREADY_EXISTS', 'this role is already assigned there');
  return row.id;
}

export async function deleteRole(trx: Transaction<DB>, userId: number, roleId: number): Promise<void> {
  await trx.deleteFrom('role_assignments').where('id', '=', roleId).where('user_id', '=', userId).execute();
}

export async function deleteSessionsOf(trx: Transaction<DB>, userId: number): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/**
 * Active users among `ids` as actors (role assignments with their regions' paths): to check that a
 * record linked to them (a case's handler, a visit's visitor) lies where they work.
 */
export async function findActiveActors(db: Db, ids: number[]): Promise<Map<number, Actor>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .leftJoin('role_assignments', 'role_assignments.user_id', 'users.id')
    .leftJoin('regions', 'regions.id', 'role_assignments.region_id')
    .select(['users.id', 'users.username', 'role_assignments.role', 'role_assignments.region_id as regionId', 'regions.path'])
    .where('users.id', 'in', ids)
    .where('users.active', '=', true)
    .execute();
  const out = new Map<number, Actor>();
  for (const r of rows) {
    const actor = out.get(r.id) ?? { id: r.id, username: r.username, roles: [] };
    out.set(r.id, actor);
    if (r.role && r.regionId && r.path)
      (actor.roles as Actor['roles'][number][]).push({
        role: r.role as Role,
        regionId: r.regionId,
        path: r.path.split('/').filter(Boolean).map(Number),
      });
  }
  return out;
}

/** Whether the user is active, read under a lock on their row held to the end of `trx` (against a racing deactivation). */
export async function lockActiveUser(trx: Transaction<DB>, id: number): Promise<boolean> {
  const row = await trx.selectFrom('users').select('active').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.active ?? false;
}
