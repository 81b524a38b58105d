import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type RunningServer } from './server';

// production needs the key that seals residents' personal data (any 32 random bytes, base64)
const DATA_KEY = Buffer.alloc(32, 7).toString('base64');
const PRODUCTION = { GRIDWORK_DEMO: 'false', GRIDWORK_DATA_KEY: DATA_KEY };

function adminCli(dataDir: string, args: string[], input: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'packages/server/src/cli/admin.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, ...PRODUCTION },
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
    child.stdin.end(input);
  });
}

async function login(server: RunningServer, username: string, password: string): Promise<number> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

describe('production mode (no demo): first admin by command, demo password refused', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('starts with no demo data; `npm run admin -- create` makes the first administrator', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwork-prod-'));
    const refused = await adminCli(dir, ['create', 'boss'], 'gridwork-demo\ngridwork-demo\n');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/demo password/);
    const created = await adminCli(dir, ['create', 'boss', '--district', '110105', '朝阳区'], 'a-long-secret-1\na-long-secret-1\n');
    expect(created.output).toMatch(/created administrator boss/);
    expect(created.code).toBe(0);
    const server = await startServer(PRODUCTION, dir);
    servers.push(server);
    expect(await login(server, 'admin', 'gridwork-demo')).toBe(401); // no demo accounts
    expect(await login(server, 'boss', 'a-long-secret-1')).toBe(200);
    const meta = (await (await fetch(`${server.url}/api/v1/meta`)).json()) as { demo: boolean };
    expect(meta.demo).toBe(false);
  });

  it('refuses to start while an account still has the demo password', async () => {
    // demo mode seeds accounts with the demo password
    const demo = await startServer({}, fs.mkdtempSync(path.join(os.tmpdir(), 'gridwork-prod-')));
    await demo.stop();
    const again = startServer(PRODUCTION, demo.dataDir);
    await expect(again).rejects.toThrow(/demo password/);
  });
});

// The same server on PostgreSQL (runs when TEST_DATABASE_URL is set, as in CI; README).
describe.skipIf(!process.env.TEST_DATABASE_URL)('production on PostgreSQL via DATABASE_URL', () => {
  let server: RunningServer | null = null;
  const name = `gw_e2e_${process.pid}`;
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const dbUrl = (() => {
    if (!adminUrl) return '';
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  })();

  afterAll(async () => {
    await server?.stop();
    const { openPostgres } = await import('../packages/server/src/db/database');
    const { sql } = await import('kysely');
    const admin = openPostgres(adminUrl, 1);
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
    await admin.close();
  });

  it('migrates at start, creates the first admin from GRIDWORK_ADMIN_PASSWORD, reports postgres', async () => {
    const { openPostgres } = await import('../packages/server/src/db/database');
    const { sql } = await import('kysely');
    const admin = openPostgres(adminUrl, 1);
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
    await admin.close();
    server = await startServer({ DATABASE_URL: dbUrl, GRIDWORK_ADMIN_PASSWORD: 'first-admin-secret', GRIDWORK_DATA_KEY: DATA_KEY });
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { database: string };
    expect(health).toEqual({ status: 'ok', database: 'postgres' });
    expect(await login(server, 'admin', 'first-admin-secret')).toBe(200);
    expect(await login(server, 'worker1', 'gridwork-demo')).toBe(401);
  });
});
