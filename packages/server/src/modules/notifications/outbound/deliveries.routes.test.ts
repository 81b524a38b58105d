/**
 * GET /api/v1/notifications/deliveries: administrators at the top read the outbound delivery records,
 * newest first, by status and channel, paged by id; others are refused (403); bad filters are 400; a
 * record never shows a URL, a key or the text sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { DB_KINDS } from '../../../testing/databases';

describe.each(DB_KINDS)('delivery records on %s', (kind) => {
  let t: TestApp;
  const at = new Date('2026-11-02T01:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(kind);
    const g1 = t.fx.regions.g1;
    const top = g1.topRegionId ?? g1.id;
    const notice = await t.ctx.db
      .insertInto('notifications')
      .values({
        top_region_id: top,
        user_id: t.fx.users.worker1,
        subject_kind: 'round-report',
        subject_id: 1,
        kind: 'round-report-submitted',
        dedupe_key: 'round-report-submitted:1',
        at,
        delivered_at: at,
        payload: JSON.stringify({ gridName: g1.name, month: '2026-10' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = (channel: string, target: string, status: string, lastError: string | null) => ({
      top_region_id: top,
      notification_id: notice.id,
      channel,
      target,
      event_key: `notice:${notice.id}`,
      status,
      attempts: status === 'queued' ? 1 : 3,
      last_error: lastError,
      next_attempt_at: status === 'queued' ? new Date(at.getTime() + 60_000) : null,
      created_at: at,
      updated_at: at,
    });
    await t.ctx.db
      .insertInto('notice_deliveries')
      .values([
        row('wecom', 'group', 'sent', null),
        row('dingtalk', 'group', 'failed', 'errcode 310000 sign not match'),
        row('sms', `user:${t.fx.users.worker1}`, 'skipped', 'no mobile number on the profile'),
        row('sms', 'user:0', 'queued', 'HTTP 500'),
      ])
      .execute();
  });
  afterAll(() => t.close());

  const list = (who: string, query = '') => t.call(who, { method: 'GET', url: `/api/v1/notifications/deliveries${query}` });

  it('the administrator at the top: every record, newest first, filtered by status and channel, paged by id', async () => {
    const all = await list('admin');
    expect(all.statusCode, all.body).toBe(200);
    const rows = all.json() as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.channel, r.target, r.status])).toEqual([
      ['sms', 'user', 'queued'],
      ['sms', 'user', 'skipped'],
      ['dingtalk', 'group', 'failed'],
      ['wecom', 'group', 'sent'],
    ]);
    expect(rows[2]).toMatchObject({
      kind: 'round-report-submitted',
      attempts: 3,
      lastError: 'errcode 310000 sign not match',
      nextAttemptAt: null,
    });
    expect(rows[0].nextAttemptAt).toBe('2026-11-02T01:01:00.000Z');
    expect(rows[1].recipient).toEqual({ id: t.fx.users.worker1, username: 'worker1' });
    expect((await list('admin', '?status=failed')).json().map((r: { channel: string }) => r.channel)).toEqual(['dingtalk']);
    expect((await list('admin', '?channel=sms&status=skipped')).json()).toHaveLength(1);
    const first = (await list('admin', '?limit=2')).json() as Array<{ id: number }>;
    expect(first).toHaveLength(2);
    const next = (await list('admin', `?limit=2&before=${first[1].id}`)).json() as Array<{ status: string }>;
    expect(next.map((r) => r.status)).toEqual(['failed', 'sent']);
  });

  it('anyone else: 403, however high (a supervisor, a street officer), a grid worker too; signed out: 401', async () => {
    for (const who of ['supervisor', 'officer', 'worker1', 'lead']) {
      const res = await list(who);
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect((await t.call(null, { method: 'GET', url: '/api/v1/notifications/deliveries' })).statusCode).toBe(401);
  });

  it('bad filters: 400 with a stable code', async () => {
    for (const q of ['?status=lost', '?channel=email', '?limit=0', '?limit=201', '?before=0', '?url=x']) {
      const res = await list('admin', q);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code, q).toBe('VALIDATION_FAILED');
    }
  });

  it('the menu ability follows the registry: the administrator at the top only', async () => {
    const me = async (who: string) => (await t.call(who, { method: 'GET', url: '/api/v1/auth/me' })).json().user.abilities.viewDeliveries;
    expect([await me('admin'), await me('supervisor'), await me('worker1')]).toEqual([true, false, false]);
  });
});
