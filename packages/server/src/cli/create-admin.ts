import { DomainError, SUPERUSER_ROLE } from '@gridwork/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { hashPassword, isDemoPassword, MIN_PASSWORD_LENGTH } from '../modules/auth/password';
import { USERNAME_PATTERN } from '../modules/users/users.schemas';
import { writeAudit } from '../modules/audit/audit.repository';
import { insertRegion } from '../modules/regions/regions.repository';
import { insertRole, insertUser } from '../modules/users/users.repository';

export interface CreateAdminInput {
  username: string;
  password: string;
  demoMode: boolean;
  district?: { code: string; name: string };
}

/** Creates an administrator bound to the root district (created first on an empty database). */
export async function createAdmin(db: Kysely<DB>, input: CreateAdminInput): Promise<number> {
  if (!new RegExp(USERNAME_PATTERN).test(input.username))
    throw new DomainError(
      'VALIDATION_FAILED',
      'the username takes 2-40 lowercase letters, digits, . _ - and starts with a letter or digit',
    );
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new DomainError('VALIDATION_FAILED', `the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (!input.demoMode && isDemoPassword(input.password))
    throw new DomainError('VALIDATION_FAILED', 'the demo password may not be used outside demo mode');
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    let root = await trx.selectFrom('regions').selectAll().where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
    if (!root) {
      const district = input.district ?? { code: '100001', name: '辖区' };
      const created = await insertRegion(
        trx,
        { parentId: null, type: 'district', code: district.code, name: district.name },
        null,
        new Date(),
      );
      root = await trx.selectFrom('regions').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    }
    const userId = await insertUser(
      trx,
      { username: input.username, displayName: input.username, passwordHash, isDemo: isDemoPassword(input.password) },
      new Date(),
    );
    await insertRole(trx, userId, SUPERUSER_ROLE, root.id);
    await writeAudit(trx, {
      actorId: null,
      action: 'user.create-admin',
      entity: 'user',
      entityId: userId,
      regionId: root.id,
      after: { username: input.username, role: SUPERUSER_ROLE },
    });
    return userId;
  });
}
