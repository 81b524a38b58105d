import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { versionConflict } from '../../db/versioned';

type Db = Kysely<DB> | Transaction<DB>;

export interface ProfileRow {
  id: number;
  username: string;
  displayName: string;
  version: number;
  passwordIsDemo: boolean;
  mobileEnc: Buffer | null;
}

export async function findProfile(db: Db, id: number): Promise<ProfileRow | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name as displayName', 'version', 'password_is_demo as passwordIsDemo', 'mobile_enc as mobileEnc'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).where('active', '=', true).executeTakeFirst();
  return row?.password_hash ?? null;
}

/** The new name (and sealed mobile, when given; null clears it) at `expectedVersion` (409 VERSION_CONFLICT when the row moved on). */
export async function updateProfile(
  trx: Transaction<DB>,
  id: number,
  expectedVersion: number,
  change: { name: string; mobileEnc?: Buffer | null },
  now: Date,
): Promise<void> {
  const mobile = change.mobileEnc === undefined ? {} : { mobile_enc: change.mobileEnc };
  const row = await trx
    .updateTable('users')
    .set({ display_name: change.name, ...mobile, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw versionConflict('user', id);
}

/**
 * The new password hash, only while the stored one is still `checkedHash` (the one the current password
 * was verified against; a change made meanwhile by an administrator or another tab is a 409). Never the demo password.
 */
export async function replacePassword(trx: Transaction<DB>, id: number, checkedHash: string, newHash: string, now: Date): Promise<void> {
  const row = await trx
    .updateTable('users')
    .set({ password_hash: newHash, password_is_demo: false, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('password_hash', '=', checkedHash)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw versionConflict('user', id);
}
