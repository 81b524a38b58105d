import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type RunningServer } from './server';

/** Runs main.ts to its end on a data dir and returns its exit code and output. */
function runToExit(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'packages/server/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('embedded data dir: one process at a time, data kept across restarts', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('a second server on the same data dir exits with code 2 and a one-line message', async () => {
    const first = await startServer();
    servers.push(first);
    const second = await runToExit(first.dataDir);
    expect(second.code).toBe(2);
    const lines = second.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/in use by process \d+/);
    expect((await fetch(`${first.url}/healthz`)).ok).toBe(true);
  });

  it('after kill -9 the next start takes over the stale lock and keeps committed data', async () => {
    const first = await startServer();
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'gridwork-demo' }),
    });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const street = (
      (await (await fetch(`${first.url}/api/v1/regions?type=street`, { headers: auth })).json()) as Array<{ id: number; code: string }>
    )[0];
    const created = await fetch(`${first.url}/api/v1/regions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ type: 'community', parentId: street.id, code: `${street.code}099`, name: '新建社区' }),
    });
    expect(created.status).toBe(201);
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(path.join(first.dataDir, 'gridwork.pid'))).toBe(true); // left behind by the dead process
    const again = await startServer({}, first.dataDir);
    servers.push(again);
    const relog = (await (
      await fetch(`${again.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'gridwork-demo' }),
      })
    ).json()) as { token: string };
    const communities = (await (
      await fetch(`${again.url}/api/v1/regions?type=community`, { headers: { authorization: `Bearer ${relog.token}` } })
    ).json()) as Array<{ code: string }>;
    expect(communities.map((c) => c.code)).toContain(`${street.code}099`);
    expect(again.output()).not.toMatch(/demo data created/); // the demo was reused, not regenerated
  });
});
