import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies the plain-SQL migrations in name order, each in its own transaction, once. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema's types apply
export async function migrate(db: Kysely<any>, dir = MIGRATIONS_DIR): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const done = new Set((await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db)).rows.map((r) => r.name));
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    await db.transaction().execute(async (trx) => {
      // A cluster-wide advisory lock keeps two starting servers from migrating at once (PostgreSQL).
      await sql`SELECT pg_advisory_xact_lock(727274)`.execute(trx);
      const again = await sql`SELECT 1 FROM schema_migrations WHERE name = ${file}`.execute(trx);
      if (again.rows.length) return;
      await sql.raw(text).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
      applied.push(file);
    });
  }
  return applied;
}
