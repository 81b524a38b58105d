import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Role } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const SESSION_DAYS = 14;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function parsePath(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

export async function createSession(db: Kysely<DB>, userId: number, token: string, now: Date): Promise<void> {
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expires })
    .execute();
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export interface SessionUser extends Actor {
  displayName: string;
  roles: Array<Actor['roles'][number] & { id: number; regionName: string; regionType: string }>;
}

/** The signed-in user of a token, with role assignments and their regions' paths; null if unknown or expired. */
export async function findSessionUser(db: Kysely<DB>, token: string, now: Date): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.active'])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row?.active) return null;
  return loadActor(db, row.id, row.username, row.display_name);
}

export async function loadActor(db: Kysely<DB>, id: number, username: string, displayName: string): Promise<SessionUser> {
  const roles = await db
    .selectFrom('role_assignments')
    .innerJoin('regions', 'regions.id', 'role_assignments.region_id')
    .select(['role_assignments.id', 'role_assignments.role', 'regions.id as regionId', 'regions.path', 'regions.name', 'regions.type'])
    .where('role_assignments.user_id', '=', id)
    .orderBy('role_assignments.id')
    .execute();
  return {
    id,
    username,
    displayName,
    roles: roles.map((r) => ({
      id: r.id,
      role: r.role as Role,
      regionId: r.regionId,
      path: parsePath(r.path),
      regionName: r.name,
      regionType: r.type,
    })),
  };
}

/** The role assignment ids of a signed-in user, as a fingerprint that changes with any grant or removal. */
export function rolesFingerprint(user: SessionUser): string {
  return user.roles
    .map((r) => r.id)
    .sort((a, b) => a - b)
    .join(',');
}

/**
 * Of the sessions with these token hashes, the ones still valid (not expired, user active), each with
 * its user and the user's current role fingerprint (as `rolesFingerprint`).
 */
export async function validSessions(
  db: Kysely<DB>,
  tokenHashes: string[],
  now: Date,
): Promise<Map<string, { userId: number; roles: string }>> {
  if (tokenHashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select((eb) => [
      'sessions.token_hash',
      'users.id',
      eb
        .selectFrom('role_assignments')
        .select(sql<string>`coalesce(string_agg(role_assignments.id::text, ',' ORDER BY role_assignments.id), '')`.as('r'))
        .whereRef('role_assignments.user_id', '=', 'users.id')
        .as('roles'),
    ])
    .where('sessions.token_hash', 'in', tokenHashes)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.token_hash, { userId: r.id, roles: r.roles ?? '' }]));
}
