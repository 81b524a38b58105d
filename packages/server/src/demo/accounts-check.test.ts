import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { hashPassword } from '../modules/auth/password';
import { createTestDatabase, DB_KINDS } from '../testing/databases';
import type { Database } from '../db/database';
import { createAdmin } from '../cli/create-admin';
import { prepareAccounts } from './accounts-check';

describe.each(DB_KINDS)('production account check on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.close());
  const production = { ...loadConfig({}), demo: false, adminPassword: null };

  it('security: an account whose password is a full-width form of the demo password stops the start', async () => {
    // (such a password was set before these forms were refused)
    const db = database.db;
    await db
      .insertInto('users')
      .values([
        {
          username: 'ok',
          display_name: 'ok',
          password_hash: await hashPassword('a-real-password-9', 1024),
          password_is_demo: false,
          updated_at: new Date(),
        },
        {
          username: 'wide',
          display_name: 'wide',
          password_hash: await hashPassword('ｇｒｉｄｗｏｒｋ－ｄｅｍｏ', 1024),
          password_is_demo: false,
          updated_at: new Date(),
        },
      ])
      .execute();
    await expect(prepareAccounts(db, production)).rejects.toThrow(/demo password \(wide\)/);
    const flags = await db.selectFrom('users').select(['username', 'password_is_demo']).orderBy('username').execute();
    expect(flags).toEqual([
      { username: 'ok', password_is_demo: false },
      { username: 'wide', password_is_demo: true },
    ]);
    // once the account's password is changed the server starts, and the hashes are not checked again
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword('another-password-7', 1024), password_is_demo: false })
      .where('username', '=', 'wide')
      .execute();
    await expect(prepareAccounts(db, production)).resolves.toBeUndefined();
  });

  it('the admin command refuses a username the API would refuse (no raw database error), and any form of the demo password', async () => {
    for (const username of ['Boss3 ', 'a', 'x'.repeat(41), 'bad name']) {
      await expect(createAdmin(database.db, { username, password: 'a-real-password-9', demoMode: false })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    await expect(
      createAdmin(database.db, { username: 'boss', password: 'ＧＲＩＤＷＯＲＫ－ＤＥＭＯ', demoMode: false }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
