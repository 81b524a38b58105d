/**
 * The outbox on both databases, against a real local HTTP server playing 企业微信, 钉钉 (signature
 * verified) and an SMS gateway, with a fake clock: delivery rows per notice × channel × target,
 * retries with backoff then failed, isolation between channels, no blocking of the caller, no second
 * send across a restart (a new app over the same database), the logging channel by default.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../config';
import type { Database } from '../../../db/database';
import type { OutboundConfig } from '../../../outbound-config';
import { createTestDatabase, DB_KINDS } from '../../../testing/databases';
import { seedFixture, type Fixture } from '../../../testing/fixture';
import { LoggingChannel, NotificationScheduler } from '../scheduler';
import { buildChannels } from './channels';
import { claimDue, INTERRUPTED } from './deliveries.repository';
import { startFakeGateway, type FakeGateway } from './fake-gateway.test-helpers';

const SECRET = 'SECtest-signing-secret';
type App = Awaited<ReturnType<typeof buildApp>>;

describe.each(DB_KINDS)('outbound deliveries on %s', (kind) => {
  let database: Database;
  let fx: Fixture;
  let fake: FakeGateway;
  let now = new Date('2026-11-02T09:00:00+08:00');
  let seq = 0;
  const apps: App[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fx = await seedFixture(database.db);
    fake = await startFakeGateway({ dingtalkSecret: SECRET });
  });
  afterAll(async () => {
    for (const a of apps) await a.app.close();
    await fake.close();
    await database.close();
  });
  beforeEach(() => {
    fake.reply = 'ok';
    fake.requests.length = 0;
  });

  const outbound = (over: Partial<OutboundConfig> = {}): OutboundConfig => ({
    sms: { url: fake.url('/sms'), bodyTemplate: { phone: '{phone}', text: '{text}' }, authHeader: null, token: null },
    wecom: { url: fake.url('/cgi-bin/webhook/send?key=wecom-secret-key'), format: 'text' },
    dingtalk: { url: fake.url('/robot/send?access_token=ding-secret-token'), format: 'text', secret: SECRET },
    timeoutMs: 300,
    maxAttempts: 3,
    retryBaseMs: 60_000,
    ...over,
  });
  const start = async (out: OutboundConfig | null) => {
    const config = { ...loadConfig({}), demo: false, ...(out ? { outbound: out } : {}) };
    const a = await buildApp({ config, database: { ...database, close: async () => {} }, clock: () => now });
    apps.push(a);
    return a;
  };
  /** One matter (a round report submitted) noticed to each of `users`: the notices share their dedupe key. */
  const raise = async (users: number[]) => {
    seq += 1;
    const g1 = fx.regions.g1;
    const rows = await database.db
      .insertInto('notifications')
      .values(
        users.map((u) => ({
          top_region_id: g1.topRegionId ?? g1.id,
          user_id: u,
          subject_kind: 'round-report',
          subject_id: 9000 + seq,
          kind: 'round-report-submitted',
          dedupe_key: `round-report-submitted:${9000 + seq}`,
          at: now,
          payload: JSON.stringify({ reportId: 9000 + seq, gridId: g1.id, gridName: g1.name, month: '2026-10' }),
        })),
      )
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  };
  const rowsOf = (ids: number[]) =>
    database.db
      .selectFrom('notice_deliveries')
      .select(['notification_id', 'channel', 'target', 'status', 'attempts', 'last_error', 'next_attempt_at'])
      .where('notification_id', 'in', ids)
      .orderBy('channel')
      .orderBy('target')
      .execute();
  const hits = (prefix: string) => fake.requests.filter((r) => r.path.startsWith(prefix)).length;
  const at = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  it('logging channel remains the default when nothing is configured: no delivery rows, ids only in the log', async () => {
    const logged: object[] = [];
    const none = loadConfig({}).outbound;
    const channels = buildChannels(database.db, () => now, none, { info: (o) => logged.push(o), warn: (o) => logged.push(o) });
    expect(channels.outbox).toBeNull();
    expect(channels.immediate.map((c) => c instanceof LoggingChannel)).toEqual([true]);
    const app = await start(null);
    const ids = await raise([fx.users.worker1]);
    expect((await app.scheduler.deliver()).map((n) => n.id)).toEqual(ids);
    await app.scheduler.settle();
    expect(await rowsOf(ids)).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('a row per notice × channel × target: group robots once per matter (钉钉 signed), SMS skipped without a mobile number', async () => {
    const app = await start(outbound());
    const ids = await raise([fx.users.worker1, fx.users.lead]);
    await app.scheduler.deliver();
    await app.scheduler.settle();
    const rows = await rowsOf(ids);
    expect(rows.map((r) => [r.channel, r.target.replace(/\d+/, 'N'), r.status, r.attempts])).toEqual([
      ['dingtalk', 'group', 'sent', 1],
      ['sms', 'user:N', 'skipped', 1],
      ['sms', 'user:N', 'skipped', 1],
      ['wecom', 'group', 'sent', 1],
    ]);
    expect(rows.filter((r) => r.channel === 'sms').map((r) => r.last_error)).toEqual([
      'no mobile number on the profile',
      'no mobile number on the profile',
    ]);
    expect([hits('/cgi-bin'), hits('/robot'), hits('/sms')]).toEqual([1, 1, 0]);
    const text = (fake.requests.find((r) => r.path === '/cgi-bin/webhook/send')?.body.text as { content: string } | undefined)?.content;
    expect(text).toBe(`【网格通】走访报告已报送：${fx.regions.g1.name} · 2026-10 集中走访报告`);
    // delivered once: a second claim queues nothing more
    await app.scheduler.deliver();
    await app.scheduler.settle();
    expect(await rowsOf(ids)).toHaveLength(4);
    expect([hits('/cgi-bin'), hits('/robot')]).toEqual([1, 1]);
  });

  it('SMS goes to the mobile number a lookup finds (the body template, the delivery id), skipped for a user without one', async () => {
    const phones = new Map([[fx.users.worker1, '13800138000']]);
    const warnings: object[] = [];
    const log = { info: () => undefined, warn: (o: object) => warnings.push(o) };
    const config = outbound({
      wecom: null,
      dingtalk: null,
      sms: { ...outbound().sms!, bodyTemplate: { to: '{phone}', text: '{text}', ref: '{id}' } },
    });
    const channels = buildChannels(
      database.db,
      () => now,
      config,
      log,
      async (id) => phones.get(id) ?? null,
    );
    const scheduler = new NotificationScheduler(
      database.db,
      () => now,
      channels.immediate,
      () => undefined,
      { outbox: channels.outbox },
    );
    const ids = await raise([fx.users.worker1, fx.users.lead]);
    await scheduler.deliver();
    await scheduler.settle();
    const rows = await rowsOf(ids);
    expect(rows.map((r) => [r.target, r.status])).toEqual(
      [
        [`user:${fx.users.lead}`, 'skipped'],
        [`user:${fx.users.worker1}`, 'sent'],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
    const delivery = await database.db
      .selectFrom('notice_deliveries')
      .select('id')
      .where('notification_id', '=', ids[0])
      .executeTakeFirstOrThrow();
    expect(fake.requests.map((r) => r.body)).toEqual([
      { to: '13800138000', text: `【网格通】走访报告已报送：${fx.regions.g1.name} · 2026-10 集中走访报告`, ref: String(delivery.id) },
    ]);
    expect(JSON.stringify(warnings)).not.toContain('13800138000');
  });

  it('errcode ≠ 0, then HTTP 500, then a timeout: retried after 1 and 2 minutes, then failed; nothing more after that', async () => {
    const app = await start(outbound({ sms: null }));
    const ids = await raise([fx.users.worker1]);
    fake.reply = 'errcode';
    await app.scheduler.deliver();
    await app.scheduler.settle();
    let rows = await rowsOf(ids);
    expect(rows.map((r) => [r.channel, r.status, r.attempts, r.last_error])).toEqual([
      ['dingtalk', 'queued', 1, 'errcode 93000 invalid webhook url, hint: 1700000000_1'],
      ['wecom', 'queued', 1, 'errcode 93000 invalid webhook url, hint: 1700000000_1'],
    ]);
    expect(rows[0].next_attempt_at?.getTime()).toBe(now.getTime() + 60_000);
    at(59_000);
    await app.scheduler.deliver();
    await app.scheduler.settle();
    expect(fake.requests).toHaveLength(2); // not due yet
    at(1_000);
    fake.reply = '500';
    await app.scheduler.deliver();
    await app.scheduler.settle();
    rows = await rowsOf(ids);
    expect(rows.map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['queued', 2, 'HTTP 500'],
      ['queued', 2, 'HTTP 500'],
    ]);
    expect(rows[0].next_attempt_at?.getTime()).toBe(now.getTime() + 120_000);
    at(120_000);
    fake.reply = 'hang';
    await app.scheduler.deliver();
    await app.scheduler.settle();
    rows = await rowsOf(ids);
    expect(rows.map((r) => [r.status, r.attempts, r.last_error, r.next_attempt_at])).toEqual([
      ['failed', 3, 'no answer within 0.3 s', null],
      ['failed', 3, 'no answer within 0.3 s', null],
    ]);
    fake.release();
    at(3_600_000);
    await app.scheduler.deliver();
    await app.scheduler.settle();
    expect(fake.requests).toHaveLength(6);
  });

  it('channels are isolated: 钉钉 refusing a wrong signature does not stop 企业微信; no secret in a record', async () => {
    const app = await start(
      outbound({
        sms: null,
        dingtalk: { url: fake.url('/robot/send?access_token=ding-secret-token'), format: 'text', secret: 'SECwrong' },
      }),
    );
    const ids = await raise([fx.users.worker1]);
    await app.scheduler.deliver();
    await app.scheduler.settle();
    const rows = await rowsOf(ids);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['dingtalk', 'queued'],
      ['wecom', 'sent'],
    ]);
    expect(rows[0].last_error).toMatch(/^errcode 310000 sign not match/);
    const all = JSON.stringify(await database.db.selectFrom('notice_deliveries').selectAll().execute());
    for (const secret of ['wecom-secret-key', 'ding-secret-token', 'SECwrong', SECRET, 'open.dingtalk.com'])
      expect(all).not.toContain(secret);
  });

  it('never blocks the caller: deliver() returns while the gateway has not answered; the row is in flight', async () => {
    const app = await start(outbound({ sms: null, dingtalk: null, timeoutMs: 5_000 }));
    const ids = await raise([fx.users.worker1]);
    fake.reply = 'hang';
    const started = Date.now();
    expect(await app.scheduler.deliver()).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    for (let i = 0; i < 100 && fake.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await rowsOf(ids)).map((r) => r.status)).toEqual(['sending']);
    fake.release();
    await app.scheduler.settle();
    expect((await rowsOf(ids)).map((r) => r.status)).toEqual(['sent']);
  });

  it('shutdown waits only for the sends in flight (bounded by the timeout) and starts no new one', async () => {
    const app = await start(outbound({ sms: null, dingtalk: null, timeoutMs: 400 }));
    const ids = await raise([fx.users.worker1]);
    fake.reply = 'hang';
    await app.scheduler.deliver();
    for (let i = 0; i < 100 && fake.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    await app.scheduler.stop(); // what the app's close runs
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await rowsOf(ids)).map((r) => [r.status, r.attempts, r.last_error])).toEqual([['queued', 1, 'no answer within 0.4 s']]);
    at(120_000);
    await app.scheduler.deliver();
    await app.scheduler.settle();
    expect(fake.requests).toHaveLength(1);
    fake.release();
    await app.scheduler.settle();
    // the next process takes the row up when it is due
    const next = await start(outbound({ sms: null, dingtalk: null }));
    fake.reply = 'ok';
    await next.scheduler.deliver();
    await next.scheduler.settle();
    expect((await rowsOf(ids)).map((r) => [r.status, r.attempts])).toEqual([['sent', 2]]);
  });

  it('restart: a row in flight in one process is not taken by another; one left mid-send is closed, never sent twice', async () => {
    const first = await start(outbound({ sms: null, dingtalk: null, timeoutMs: 5_000 }));
    const ids = await raise([fx.users.worker1]);
    fake.reply = 'hang';
    await first.scheduler.deliver();
    for (let i = 0; i < 100 && fake.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    // a second server (or the restarted one) while the first still waits for the gateway
    const second = await start(outbound({ sms: null, dingtalk: null, timeoutMs: 5_000 }));
    await second.scheduler.deliver();
    await second.scheduler.settle();
    expect(fake.requests).toHaveLength(1);
    fake.release();
    await first.scheduler.settle();
    expect((await rowsOf(ids)).map((r) => [r.status, r.attempts])).toEqual([['sent', 1]]);
    at(7_200_000);
    await second.scheduler.deliver();
    await second.scheduler.settle();
    expect(fake.requests).toHaveLength(1);

    // a process that claimed a row and stopped before recording the outcome (killed mid-send)
    fake.reply = 'ok';
    const lost = await raise([fx.users.lead]);
    await sql`UPDATE notifications SET delivered_at = ${now} WHERE id = ${lost[0]}`.execute(database.db);
    await database.db
      .insertInto('notice_deliveries')
      .values({
        top_region_id: fx.regions.g1.topRegionId ?? fx.regions.g1.id,
        notification_id: lost[0],
        channel: 'wecom',
        target: 'group',
        event_key: `lost:${lost[0]}`,
        status: 'queued',
        next_attempt_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const claimed = await claimDue(database.db, now, new Date(now.getTime() + 65_000), 10);
    expect(claimed.map((d) => [d.kind, d.status])).toEqual([['round-report-submitted', 'sending']]);
    const restarted = await start(outbound({ sms: null, dingtalk: null, timeoutMs: 5_000 }));
    await restarted.scheduler.deliver();
    await restarted.scheduler.settle();
    expect((await rowsOf(lost)).map((r) => r.status)).toEqual(['sending']); // its lease has not run out
    at(65_001);
    await restarted.scheduler.deliver();
    await restarted.scheduler.settle();
    expect((await rowsOf(lost)).map((r) => [r.status, r.attempts, r.last_error])).toEqual([['failed', 1, INTERRUPTED]]);
    expect(fake.requests).toHaveLength(1);
  });
});
