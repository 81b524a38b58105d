/**
 * SMS to a user's own mobile (我的账户, sealed as residents' phones; C3, D10), on both databases, through
 * the app as deployed (its lookup, its logger) against a local fake gateway: the gateway receives the
 * full number; the delivery rows and the server's log never contain it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../config';
import type { Database } from '../../../db/database';
import { createTestDatabase, DB_KINDS } from '../../../testing/databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../../../testing/fixture';
import { TEST_APP_DATA_KEY } from '../../../testing/test-app';
import { startFakeGateway, type FakeGateway } from './fake-gateway.test-helpers';

const MOBILE = '13712345678';
type App = Awaited<ReturnType<typeof buildApp>>;

describe.each(DB_KINDS)('SMS to the mobile on the profile on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  let fake: FakeGateway;
  let a: App;
  let now = new Date('2026-11-02T09:00:00+08:00');
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
    fake = await startFakeGateway();
    const outbound = {
      ...loadConfig({}).outbound,
      sms: { url: fake.url('/sms'), bodyTemplate: { to: '{phone}', text: '{text}' }, authHeader: null, token: null },
      timeoutMs: 300,
      maxAttempts: 3,
      retryBaseMs: 60_000,
    };
    const config = { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY, outbound };
    const logger = { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } };
    a = await buildApp({ config, database: { ...database, close: async () => {} }, clock: () => now, logger });
  });
  afterAll(async () => {
    await a.app.close();
    await fake.close();
    await database.close();
  });

  const raise = async (userId: number, n: number) => {
    const g1 = fx.regions.g1;
    const [row] = await database.db
      .insertInto('notifications')
      .values({
        top_region_id: g1.topRegionId ?? g1.id,
        user_id: userId,
        subject_kind: 'round-report',
        subject_id: 7000 + n,
        kind: 'round-report-submitted',
        dedupe_key: `round-report-submitted:${7000 + n}`,
        at: now,
        payload: JSON.stringify({ reportId: 7000 + n, gridId: g1.id, gridName: g1.name, month: '2026-10' }),
      })
      .returning('id')
      .execute();
    return row.id;
  };
  const deliver = async () => {
    await a.scheduler.deliver();
    await a.scheduler.settle();
  };

  it('C3 the gateway gets the full number; a failed try and the sent row keep only user:<id>; nothing of it in the log', async () => {
    const login = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'worker1', password: TEST_PASSWORD },
    });
    const token = login.json().token as string;
    const set = await a.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { expectedVersion: 1, displayName: 'worker1', mobile: MOBILE },
    });
    expect(set.statusCode, set.body).toBe(200);

    const id = await raise(fx.users.worker1, 1);
    fake.reply = '500';
    await deliver();
    now = new Date(now.getTime() + 60_000);
    fake.reply = 'ok';
    await deliver();
    expect(fake.requests.map((r) => [r.path, r.body.to])).toEqual([
      ['/sms', MOBILE],
      ['/sms', MOBILE],
    ]);
    const rows = await database.db.selectFrom('notice_deliveries').selectAll().where('notification_id', '=', id).execute();
    expect(rows.map((r) => [r.channel, r.target, r.status, r.attempts])).toEqual([['sms', `user:${fx.users.worker1}`, 'sent', 2]]);
    expect(JSON.stringify(rows)).not.toContain(MOBILE);
    // the admin's delivery list neither
    const adminLogin = await a.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: TEST_PASSWORD },
    });
    const list = await a.app.inject({
      method: 'GET',
      url: '/api/v1/notifications/deliveries',
      headers: { authorization: `Bearer ${adminLogin.json().token}` },
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.body).toContain(`user`);
    expect(list.body).not.toContain(MOBILE);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(MOBILE);
    expect(logLines.join('\n')).not.toContain('12345678');
  });

  it('a user who cleared the number is skipped again (no send)', async () => {
    await database.db.updateTable('users').set({ mobile_enc: null }).where('id', '=', fx.users.worker1).execute();
    fake.requests.length = 0;
    const id = await raise(fx.users.worker1, 2);
    await deliver();
    expect(fake.requests).toHaveLength(0);
    const row = await database.db
      .selectFrom('notice_deliveries')
      .select(['status', 'last_error'])
      .where('notification_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'skipped', last_error: 'no mobile number on the profile' });
  });
});
