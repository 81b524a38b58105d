import { sql, type Kysely } from 'kysely';
import type { AppConfig } from '../config';
import type { DB } from '../db/schema';
import { createAdmin } from '../cli/create-admin';
import { DEMO_PASSWORD, verifyPassword } from '../modules/auth/password';

/**
 * Production mode: the first admin comes from GRIDWORK_ADMIN_PASSWORD (or `npm run admin -- create`),
 * and the server refuses to start while any account still has the demo password.
 */
export async function prepareAccounts(db: Kysely<DB>, config: AppConfig): Promise<void> {
  if (config.demo) return;
  const { n } = await db.selectFrom('users').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  if (n === 0 && config.adminPassword) {
    await createAdmin(db, { username: 'admin', password: config.adminPassword, demoMode: false });
    console.log('gridwork: created the first administrator "admin" from GRIDWORK_ADMIN_PASSWORD');
  } else if (n === 0) {
    console.warn('gridwork: no accounts yet; create the first administrator with: npm run admin -- create <username>');
  }
  await flagDemoHashes(db);
  const demo = await db.selectFrom('users').select('username').where('password_is_demo', '=', true).execute();
  if (demo.length > 0) {
    throw new Error(`accounts still use the demo password (${demo.map((u) => u.username).join(', ')}); change them or start in demo mode`);
  }
}

const DEMO_FORMS_CHECKED = 'accounts.demo-password-forms-checked';

/**
 * Once per database: passwords are compared in NFKC, so an account whose password was set to a
 * full-width or other compatibility form of the demo password before such forms were refused signs
 * in with the demo password; find those hashes and flag them like the demo password itself.
 */
async function flagDemoHashes(db: Kysely<DB>): Promise<void> {
  const done = await db.selectFrom('app_settings').select('key').where('key', '=', DEMO_FORMS_CHECKED).executeTakeFirst();
  if (done) return;
  const users = await db.selectFrom('users').select(['id', 'password_hash']).where('password_is_demo', '=', false).execute();
  for (let i = 0; i < users.length; i += 4) {
    const batch = users.slice(i, i + 4);
    const hits = await Promise.all(batch.map((u) => verifyPassword(DEMO_PASSWORD, u.password_hash)));
    const ids = batch.filter((_, j) => hits[j]).map((u) => u.id);
    if (ids.length > 0) await db.updateTable('users').set({ password_is_demo: true }).where('id', 'in', ids).execute();
  }
  await db
    .insertInto('app_settings')
    .values({ key: DEMO_FORMS_CHECKED, value: JSON.stringify(true) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
