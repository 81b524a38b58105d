import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Role } from '@gridwork/core';
import { sql, type Kysely, type Transaction } from 'kysely';
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

/** How much of the browser's User-Agent a session keeps (characters). */
export const USER_AGENT_CHARS = 300;
/** A session's `last_seen_at` moves at most this often (the auth plugin's lookups stay reads). */
export const SEEN_EVERY_MS = 5 * 60_000;

export async function createSession(db: Kysely<DB>, userId: number, token: string, now: Date, userAgent?: string): Promise<void> {
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  // whole characters: a cut surrogate pair would not be valid text for the database
  const agent = userAgent ? Array.from(userAgent).slice(0, USER_AGENT_CHARS).join('') : null;
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expires, created_at: now, last_seen_at: now, user_agent: agent })
    .execute();
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export interface SessionUser extends Actor {
  displayName: string;
  roles: Array<Actor['roles'][number] & { id: number; regionName: string; regionType: string }>;
}

/**
 * The signed-in user of a token, with role assignments and their regions' paths; null if unknown or expired.
 * Moves the session's `last_seen_at` when it is older than SEEN_EVERY_MS (one write per session per 5 minutes).
 */
export async function findSessionUser(db: Kysely<DB>, token: string, now: Date): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.active', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row?.active) return null;
  const stale = new Date(now.getTime() - SEEN_EVERY_MS);
  if (row.last_seen_at < stale) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .where('last_seen_at', '<', stale)
      .execute();
  }
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

/** A live session as its owner sees it (never the token or its hash). */
export interface SessionRow {
  id: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  current: boolean;
}

/** The user's sessions that have not expired, the most recently used first; `current` marks the one of `currentHash`. */
export async function listLiveSessions(db: Kysely<DB>, userId: number, currentHash: string, now: Date): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'created_at as createdAt',
      'last_seen_at as lastSeenAt',
      'expires_at as expiresAt',
      'user_agent as userAgent',
      sql<boolean>`token_hash = ${currentHash}`.as('current'),
    ])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One of the user's own live sessions by its public id; null for another user's or an ended one. */
export async function findOwnSession(db: Kysely<DB>, userId: number, id: number, now: Date): Promise<{ id: number } | null> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ?? null;
}

/** Ends one of the user's sessions; the number ended (0 when it was not theirs or is gone). */
export async function deleteOwnSession(trx: Transaction<DB>, userId: number, id: number): Promise<number> {
  const r = await trx.deleteFrom('sessions').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Ends every session of the user but the one of `keepHash`; counts only those that had not expired. */
export async function deleteOtherSessions(trx: Transaction<DB>, userId: number, keepHash: string, now: Date): Promise<number> {
  const rows = await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '<>', keepHash)
    .returning('expires_at')
    .execute();
  return rows.filter((r) => r.expires_at > now).length;
}
