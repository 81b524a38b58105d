/**
 * Several server processes on one database (contract: "Running several server processes"): a sign-out
 * or a role removal made through one is seen by another within 2 seconds, although each caches sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { createTestDatabase, DB_KINDS } from '../testing/databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../testing/fixture';
import { TEST_APP_DATA_KEY } from '../testing/test-app';

const config = { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DB_KINDS)('security: session changes reach other processes within 2 s on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  let a: Awaited<ReturnType<typeof buildApp>>;
  let b: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
    const shared = { ...database, close: async () => {} };
    a = await buildApp({ config, database: shared });
    b = await buildApp({ config, database: shared });
  });
  afterAll(async () => {
    await a.app.close();
    await b.app.close();
    await database.close();
  });

  const signIn = async (username: string) =>
    (await a.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } })).json()
      .token as string;
  /** Milliseconds until `probe` through process B turns true (polled), at most 4 s. */
  const until = async (probe: () => Promise<boolean>) => {
    const start = Date.now();
    while (Date.now() - start < 4000) {
      if (await probe()) return Date.now() - start;
      await sleep(50);
    }
    return Infinity;
  };

  it('a sign-out in process A: the token stops working in process B within 2 s', async () => {
    const token = await signIn('worker1');
    const me = () => b.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect((await me()).statusCode).toBe(200); // now cached in B
    await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${token}` } });
    expect(await until(async () => (await me()).statusCode === 401)).toBeLessThan(2000);
  });

  it('a role removed in process A: process B stops granting it within 2 s', async () => {
    const token = await signIn('lead');
    const users = () => b.app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${token}` } });
    expect((await users()).statusCode).toBe(200);
    const admin = await signIn('admin');
    const lead = (await a.app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${admin}` } }))
      .json()
      .find((u: { id: number }) => u.id === fx.users.lead);
    const removed = await a.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${fx.users.lead}/roles/${lead.roles[0].id}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await until(async () => (await users()).statusCode === 403)).toBeLessThan(2000);
  });
});
