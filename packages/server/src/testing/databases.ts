import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openPostgres, wrapPglite, type Database, type DatabaseKind } from '../db/database';
import { withDatabase } from './global-setup';

/** The databases every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DB_KINDS: DatabaseKind[] = inject('pgTemplate') ? ['embedded', 'postgres'] : ['embedded'];

/** A fresh, migrated database for one test file (a copy of the template, never the demo data). */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'embedded') {
    const pglite = new PGlite({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
    await pglite.waitReady;
    return wrapPglite(pglite);
  }
  const template = inject('pgTemplate');
  const adminUrl = inject('pgAdminUrl');
  if (!template || !adminUrl) throw new Error('PostgreSQL is not configured for tests');
  const name = `${template}_f_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(adminUrl, 1);
  await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(template)}`.execute(admin.db);
  const database = openPostgres(withDatabase(adminUrl, name), 5);
  return {
    ...database,
    async close() {
      await database.close();
      // the pool's connections leave the server shortly after it ends: wait, so FORCE cuts none
      for (let i = 0; i < 40; i++) {
        const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ${name}`.execute(admin.db);
        if (left.rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
    },
  };
}
