/**
 * The notification centre (issue 11 item 3) on both databases with a fake clock: every notice of the
 * caller, read and unread, newest first, paged by id; the unread count; mark all read; one notice per
 * matter (a case's warning and overdue notices never side by side, an assignment told once); each
 * notice pushed once however deliveries race; never another user's notices.
 * Dates on the real 2026 calendar; every instant is written with its Asia/Shanghai offset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/database';
import { createTestDatabase, DB_KINDS } from '../../testing/databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../../testing/fixture';

const config = { ...loadConfig({}), demo: false };
type App = Awaited<ReturnType<typeof buildApp>>;
interface Listed {
  id: number;
  caseId: number | null;
  kind: string;
  readAt: string | null;
}

describe.each(DB_KINDS)('notification centre on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  let now = new Date('2026-11-02T09:00:00+08:00');
  let first: App;
  const tokens = new Map<string, string>();

  /** Moves the fake clock; sessions signed in earlier may have expired by then, so everyone signs in again. */
  const setNow = (iso: string) => {
    now = new Date(iso);
    tokens.clear();
  };
  const call = async (username: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    if (!tokens.has(username)) {
      const res = await first.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      tokens.set(username, res.json().token);
    }
    return first.app.inject({ method, url, payload, headers: { authorization: `Bearer ${tokens.get(username)}` } });
  };
  const ok = async (username: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await call(username, method, url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const list = async (username: string, query = ''): Promise<Listed[]> => ok(username, 'GET', `/api/v1/notifications${query}`);
  const unread = async (username: string): Promise<number> => (await ok(username, 'GET', '/api/v1/notifications/unread-count')).count;
  /** A general case (5 working days, A3.4) in grid g1, received now. */
  const newCase = async (title: string, caseClass = 'general'): Promise<number> =>
    (
      await ok('worker1', 'POST', '/api/v1/cases', {
        title,
        description: `${title}，请处理`,
        category: 'public-facility',
        caseClass,
        source: 'field',
        gridId: fx.regions.g1.id,
      })
    ).id;
  const ofCase = (rows: Listed[], caseId: number) => rows.filter((n) => n.caseId === caseId).map((n) => n.kind);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
    first = await buildApp({ config, database: { ...database, close: async () => {} }, clock: () => now });
  });
  afterAll(async () => {
    await first?.app.close();
    await database.close();
  });

  it('A3.4 D2 a warning, then the overdue notice supersedes it while unread: one deadline notice per case, listed, counted', async () => {
    setNow('2026-11-02T09:00:00+08:00'); // due Mon 2026-11-09 23:59:59.999; warned at 80 % of the span
    const id = await newCase('路灯不亮');
    setNow('2026-11-08T12:00:00+08:00');
    await first.scheduler.tick();
    expect(ofCase(await list('worker1'), id)).toEqual(['case-warning']);
    const before = await unread('worker1');

    setNow('2026-11-10T09:00:00+08:00');
    const raised = await first.scheduler.tick();
    expect(raised.filter((n) => n.case_id === id).map((n) => n.kind)).toEqual(['case-overdue']);
    expect(ofCase(await list('worker1'), id)).toEqual(['case-overdue']);
    expect(ofCase(await list('worker1', '?unread=true'), id)).toEqual(['case-overdue']);
    expect(await unread('worker1')).toBe(before); // the warning went, the overdue notice came
    expect(await first.scheduler.tick()).toHaveLength(0); // the superseded warning is not raised again
  });

  it('A3.4 D2 a first tick past the deadline raises the overdue notice only, never warning and overdue together', async () => {
    setNow('2026-11-16T09:00:00+08:00');
    const id = await newCase('井盖松动', 'consultation'); // 2 working days: due Wed 2026-11-18
    setNow('2026-11-20T09:00:00+08:00');
    const raised = (await first.scheduler.tick()).filter((n) => n.case_id === id);
    expect(raised.map((n) => [n.user_id, n.kind])).toEqual([[fx.users.worker1, 'case-overdue']]);
    expect(ofCase(await list('worker1'), id)).toEqual(['case-overdue']);
  });

  it('A3.4 D2 a warning already read stays in the history beside the overdue notice', async () => {
    setNow('2026-11-23T09:00:00+08:00'); // due Mon 2026-11-30
    const id = await newCase('垃圾未清运');
    setNow('2026-11-29T12:00:00+08:00');
    await first.scheduler.tick();
    const [warning] = (await list('worker1')).filter((n) => n.caseId === id);
    expect((await call('worker1', 'POST', `/api/v1/notifications/${warning.id}/read`)).statusCode).toBe(204);
    setNow('2026-12-01T09:00:00+08:00');
    await first.scheduler.tick();
    const rows = (await list('worker1')).filter((n) => n.caseId === id);
    expect(rows.map((n) => [n.kind, n.readAt === null])).toEqual([
      ['case-overdue', true],
      ['case-warning', false],
    ]);
  });

  it('A3.2 a case assigned and then transferred tells the new handler once and the first handler not at all', async () => {
    setNow('2026-12-02T09:00:00+08:00');
    const id = await newCase('树木倒伏');
    let v = 1;
    for (const [action, payload] of [
      ['accept', {}],
      ['assign', { handlingUnit: '一社区工作站', handlerId: fx.users.station }],
      ['transfer', { toUserId: fx.users.lead, explanation: '需社区协调' }],
    ] as const) {
      v = (await ok('leader', 'POST', `/api/v1/cases/${id}/actions/${action}`, { expectedVersion: v, ...payload })).version;
    }
    const raised = (await first.scheduler.tick()).filter((n) => n.case_id === id && n.kind === 'case-assigned');
    expect(raised.map((n) => n.user_id)).toEqual([fx.users.lead]);
    expect(ofCase(await list('lead'), id)).toEqual(['case-assigned']);
    expect(ofCase(await list('station'), id)).toEqual([]);
  });

  it('all notices newest first, read and unread, paged with before and a bounded limit; malformed queries are 400s', async () => {
    const all = await list('worker1', '?limit=200');
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((n) => n.id)).toEqual([...all.map((n) => n.id)].sort((a, b) => b - a));
    expect(all.some((n) => n.readAt !== null) && all.some((n) => n.readAt === null)).toBe(true);
    const pages: Listed[] = [];
    for (let before: number | undefined; ; ) {
      const page = await list('worker1', `?limit=2${before ? `&before=${before}` : ''}`);
      pages.push(...page);
      if (page.length < 2) break;
      before = page.at(-1)!.id;
    }
    expect(pages.map((n) => n.id)).toEqual(all.map((n) => n.id));
    for (const query of ['?limit=201', '?limit=0', '?before=0', '?before=abc', '?before=1.5', '?unread=maybe', '?page=2']) {
      const res = await call('worker1', 'GET', `/api/v1/notifications${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('VALIDATION_FAILED');
    }
    for (const query of ['?upTo=0', '?upTo=x', '?all=true']) {
      const res = await call('worker1', 'POST', `/api/v1/notifications/read-all${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('VALIDATION_FAILED');
    }
  });

  it("mark all read: the caller's unread ones only (up to what they saw), the count back; others' never listed or marked", async () => {
    const theirs = await database.db
      .selectFrom('notifications')
      .select(['id', 'read_at'])
      .where('user_id', '=', fx.users.lead)
      .where('read_at', 'is', null)
      .where('superseded_at', 'is', null)
      .execute();
    expect(theirs.length).toBeGreaterThan(0);
    const mine = await list('worker1', '?limit=200');
    expect(mine.some((n) => theirs.some((t) => t.id === n.id))).toBe(false);
    for (const t of theirs) expect((await call('worker1', 'POST', `/api/v1/notifications/${t.id}/read`)).statusCode).toBe(404);

    const open = mine.filter((n) => n.readAt === null);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(await unread('worker1')).toBe(open.length);
    const newest = open[0];
    const upTo = open[1].id; // as if the newest had come in after the page was shown
    expect(await ok('worker1', 'POST', `/api/v1/notifications/read-all?upTo=${upTo}`)).toEqual({ count: open.length - 1 });
    expect((await list('worker1', '?unread=true')).map((n) => n.id)).toEqual([newest.id]);
    expect(await ok('worker1', 'POST', '/api/v1/notifications/read-all')).toEqual({ count: 1 });
    expect(await unread('worker1')).toBe(0);
    expect(await ok('worker1', 'POST', '/api/v1/notifications/read-all')).toEqual({ count: 0 });
    expect((await list('worker1', '?limit=200')).map((n) => n.id)).toEqual(mine.map((n) => n.id)); // nothing hidden by reading

    const still = await database.db
      .selectFrom('notifications')
      .select(['id', 'read_at'])
      .where(
        'id',
        'in',
        theirs.map((t) => t.id),
      )
      .execute();
    expect(still.every((t) => t.read_at === null)).toBe(true);
    expect(await unread('lead')).toBe(theirs.length);
  });

  it('each notice goes out once when a tick and commits deliver at the same moment', async () => {
    const pushed: number[] = [];
    const hub = first.ctx.notices.live;
    const push = hub.push.bind(hub);
    hub.push = (raised) => {
      pushed.push(...raised.map((n) => n.id));
      push(raised);
    };
    try {
      setNow('2026-12-07T09:00:00+08:00');
      const ids = [await newCase('消防通道堵塞', 'consultation'), await newCase('楼道灯不亮', 'consultation')];
      setNow('2026-12-15T09:00:00+08:00');
      const tick = first.scheduler.tick();
      await Promise.all([tick, first.ctx.notices.deliver(), first.ctx.notices.deliver(), first.scheduler.deliver()]);
      const rows = await database.db
        .selectFrom('notifications')
        .select('id')
        .where('case_id', 'in', ids)
        .where('superseded_at', 'is', null)
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      await first.scheduler.deliver();
      expect([...pushed].sort()).toEqual([...new Set(pushed)].sort());
      for (const r of rows)
        expect(
          pushed.filter((p) => p === r.id),
          `notice ${r.id}`,
        ).toHaveLength(1);
    } finally {
      hub.push = push;
    }
  });
});
