import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/database';
import { createTestDatabase, DB_KINDS } from '../../testing/databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../../testing/fixture';

let now = new Date('2026-11-02T09:00:00+08:00');
const config = { ...loadConfig({}), demo: false };

describe.each(DB_KINDS)('notifications on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
  });
  afterAll(() => database.close());

  const start = async () => buildApp({ config, database: { ...database, close: async () => {} }, clock: () => now });
  const login = async (app: Awaited<ReturnType<typeof start>>['app'], username: string) =>
    (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } })).json()
      .token as string;

  it('warning and overdue notices at the right moment (fake clock), once each, also across a restart', async () => {
    now = new Date('2026-11-02T09:00:00+08:00');
    const first = await start();
    const worker = await login(first.app, 'worker1');
    // general: 5 working days; received Mon 2026-11-02 09:00 → due Mon 2026-11-09 23:59:59.999; warn at 80% of the span
    const created = await first.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${worker}` },
      payload: {
        title: '井盖缺失',
        description: '3号楼前井盖缺失',
        category: 'safety-hazard',
        caseClass: 'general',
        source: 'field',
        gridId: fx.regions.g1.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const warnAt = new Date(now.getTime() + 0.8 * (new Date('2026-11-09T23:59:59.999+08:00').getTime() - now.getTime()));
    now = new Date(warnAt.getTime() - 60_000);
    expect(await first.scheduler.tick()).toHaveLength(0);
    now = new Date(warnAt.getTime() + 1);
    const warned = await first.scheduler.tick();
    expect(warned.map((n) => [n.user_id, n.kind])).toEqual([[fx.users.worker1, 'case-warning']]);
    expect(await first.scheduler.tick()).toHaveLength(0);
    await first.app.close(); // "restart": a new app over the same data

    const second = await start();
    now = new Date('2026-11-10T00:00:01+08:00');
    const overdue = await second.scheduler.tick();
    expect(overdue.map((n) => n.kind)).toEqual(['case-overdue']);
    expect(await second.scheduler.tick()).toHaveLength(0);
    const token = await login(second.app, 'worker1');
    const list = (
      await second.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { authorization: `Bearer ${token}` } })
    ).json();
    // the overdue notice supersedes the warning left unread: one deadline notice for the case (notification-centre.test.ts)
    expect(list.map((n: { kind: string }) => n.kind)).toEqual(['case-overdue']);
    const read = await second.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${list[0].id}/read`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.statusCode).toBe(204);
    const unread = (
      await second.app.inject({ method: 'GET', url: '/api/v1/notifications?unread=true', headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(unread).toHaveLength(0);
    await second.app.close();
  });

  it('A3.2 assignment notices the new handler; a response notices the owner that feedback is due', async () => {
    now = new Date('2026-11-10T10:00:00+08:00');
    const { app, scheduler } = await start();
    const worker = await login(app, 'worker1');
    const leader = await login(app, 'leader');
    const c = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        headers: { authorization: `Bearer ${worker}` },
        payload: {
          title: '路面坑洼',
          description: '东门路面坑洼',
          category: 'public-facility',
          caseClass: 'general',
          source: 'field',
          gridId: fx.regions.g1.id,
        },
      })
    ).json();
    let v = 1;
    for (const [action, payload] of [
      ['accept', {}],
      ['assign', { handlingUnit: '一社区工作站', handlerId: fx.users.station }],
      ['start', {}],
      ['respond', { details: '已修补' }],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/actions/${action}`,
        headers: { authorization: `Bearer ${leader}` },
        payload: { expectedVersion: v, ...payload },
      });
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    }
    const raised = (await scheduler.tick()).filter((n) => n.case_id === c.id);
    expect(raised.map((n) => [n.user_id, n.kind]).sort()).toEqual(
      [
        [fx.users.station, 'case-assigned'],
        [fx.users.worker1, 'feedback-due'],
      ].sort(),
    );
    expect((await scheduler.tick()).filter((n) => n.case_id === c.id)).toHaveLength(0);
    await app.close();
  });

  it('live: a signed-in browser receives its notices as server-sent events', async () => {
    now = new Date('2026-11-16T09:00:00+08:00');
    const { app, scheduler } = await start();
    const token = await login(app, 'worker1');
    await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        title: '树枝折断',
        description: '大风吹断树枝',
        category: 'public-facility',
        caseClass: 'consultation',
        source: 'field',
        gridId: fx.regions.g1.id,
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/api/v1/notifications/stream', headers: { authorization: `Bearer ${token}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let buf = '';
          res.on('data', (d) => {
            buf += d;
            if (buf.includes('event: notification')) {
              resolve(buf);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 200));
    now = new Date('2026-11-30T09:00:00+08:00'); // consultation (2 working days) is overdue by now
    await scheduler.tick();
    const text = await received;
    expect(text).toMatch(/"kind":"case-(warning|overdue)"/);
    await app.close();
  });
});
