import { sql, type Kysely } from 'kysely';
import type { AppConfig } from '../config';
import type { DB } from '../db/schema';
import { createAdmin } from '../cli/create-admin';

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
  const demo = await db.selectFrom('users').select('username').where('password_is_demo', '=', true).execute();
  if (demo.length > 0) {
    throw new Error(`accounts still use the demo password (${demo.map((u) => u.username).join(', ')}); change them or start in demo mode`);
  }
}
