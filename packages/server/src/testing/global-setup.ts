import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openPostgres, wrapPglite } from '../db/database';
import { migrate } from '../db/migrate';
import { TMP_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgAdminUrl: string | null;
    pgliteTemplate: string;
  }
}

/**
 * Migrates once and copies per test file: a PGlite data-dir dump, and (with TEST_DATABASE_URL)
 * a PostgreSQL template database that each test file clones with CREATE DATABASE ... TEMPLATE.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const pglite = new PGlite();
  const embedded = wrapPglite(pglite);
  await migrate(embedded.db);
  const dump = await pglite.dumpDataDir('none');
  // one template file per test run, so that runs side by side never read a half-written one
  const pgliteTemplate = path.join(TMP_DIR, `pglite-template-${process.pid}.tar`);
  fs.writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()));
  await embedded.close();
  project.provide('pgliteTemplate', pgliteTemplate);
  const removeTemplate = () => fs.rmSync(pgliteTemplate, { force: true });

  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    console.warn('\n[gridwork tests] TEST_DATABASE_URL is not set: the PostgreSQL half of the suite was NOT run (PGlite only).\n');
    project.provide('pgTemplate', null);
    project.provide('pgAdminUrl', null);
    return removeTemplate;
  }
  const template = `gw_tpl_${process.pid}`;
  const admin = openPostgres(url, 2);
  await sql`DROP DATABASE IF EXISTS ${sql.id(template)}`.execute(admin.db);
  await sql`CREATE DATABASE ${sql.id(template)}`.execute(admin.db);
  const tpl = openPostgres(withDatabase(url, template), 1);
  await migrate(tpl.db);
  await tpl.close();
  project.provide('pgTemplate', template);
  project.provide('pgAdminUrl', url);
  console.log(`[gridwork tests] PostgreSQL half runs on ${new URL(url).host} (template ${template})`);
  return async () => {
    removeTemplate();
    const leftovers = await sql<{
      datname: string;
    }>`SELECT datname FROM pg_database WHERE datname LIKE ${`${template}_f_%`} OR datname = ${template}`.execute(admin.db);
    for (const { datname } of leftovers.rows) await sql`DROP DATABASE IF EXISTS ${sql.id(datname)} WITH (FORCE)`.execute(admin.db);
    await admin.close();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
