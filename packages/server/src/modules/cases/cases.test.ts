import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

// "now" for these tests: 2026-10-01 09:00 Asia/Shanghai (National Day), movable per test.
let now = new Date('2026-10-01T09:00:00+08:00');

describe.each(DB_KINDS)('cases API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    now = new Date('2026-10-01T09:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const intake = (user: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.call(user, { method: 'POST', url: '/api/v1/cases', payload, headers });
  const act = (user: string, id: number, action: string, payload: Record<string, unknown>) =>
    t.call(user, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });
  const base = { title: '楼道堆物', description: '3号楼楼道堆放杂物', category: 'safety-hazard', caseClass: 'general', source: 'hotline' };

  it('A3.4 D2 contract example: general received 2026-09-30 10:00 is due 2026-10-13 23:59:59.999+08:00', async () => {
    const res = await intake('hotline', { ...base, gridId: t.fx.regions.g1.id, receivedAt: '2026-09-30T10:00:00+08:00' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      version: 1,
      status: 'received',
      gridId: t.fx.regions.g1.id,
      caseClass: 'general',
      receivedAt: '2026-09-30T10:00:00.000+08:00',
      deadline: '2026-10-13T23:59:59.999+08:00',
      deadlineProvisional: false,
      policyVersion: 1,
      light: 'green',
    });
  });

  it('C5.2 D3 township general: 7 calendar days, a last day off moves to the next working day', async () => {
    now = new Date('2026-10-01T09:00:00+08:00');
    // received 2026-09-26 (Sat): day 7 is 2026-10-03, inside the National Day holiday → next working day 2026-10-08
    const res = await intake('townofficer', {
      ...base,
      source: 'walk-in',
      gridId: t.fx.regions.tg1.id,
      receivedAt: '2026-09-26T15:00:00+08:00',
    }).catch((e) => e);
    // town officers may not back-enter; the hotline operator of the street has no scope in the town
    expect(res.statusCode).toBe(403);
    const admin = await intake('admin', {
      ...base,
      source: 'walk-in',
      gridId: t.fx.regions.tg1.id,
      receivedAt: '2026-09-26T15:00:00+08:00',
    });
    expect(admin.json()).toMatchObject({ deadline: '2026-10-08T23:59:59.999+08:00', policyVersion: 2, tier: 'community' });
  });

  it('C5.3 disputes start at the community tier in the township preset, at the grid leader in the community preset', async () => {
    const dispute = { ...base, category: 'dispute', source: 'walk-in' };
    const town = await intake('admin', { ...dispute, gridId: t.fx.regions.tg1.id });
    expect(town.json()).toMatchObject({ tier: 'community' });
    const street = await intake('admin', { ...dispute, gridId: t.fx.regions.g1.id });
    expect(street.json()).toMatchObject({ tier: 'grid-leader' });
  });

  it('intake: location → grid; outside the area → 400; other grid → 404; back-entry by a worker → 403', async () => {
    const located = await intake('worker1', { ...base, source: 'field', location: { lat: 39.01, lng: 116.005 } });
    expect(located.statusCode).toBe(201);
    expect(located.json().gridId).toBe(t.fx.regions.g1.id);
    expect(located.json().ownerId).toBe(t.fx.users.worker1);
    const outside = await intake('worker1', { ...base, source: 'field', location: { lat: 39.01, lng: 116.03 } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].field).toBe('body.location');
    expect((await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.c2g1.id })).statusCode).toBe(404);
    expect(
      (await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id, receivedAt: '2026-09-30T10:00:00+08:00' }))
        .statusCode,
    ).toBe(403);
    expect((await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id, caseClass: 'major' })).json().error.code).toBe(
      'UNKNOWN_CASE_CLASS',
    );
    expect((await intake('dept', { ...base, gridId: t.fx.regions.g1.id })).statusCode).toBe(403);
  });

  it('A3.1-A3.3 the whole loop: accept, assign, start, respond, feedback, verify by another person, close, archive', async () => {
    now = new Date('2026-10-09T09:00:00+08:00');
    const c = (await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id })).json();
    let v = c.version;
    const step = async (user: string, action: string, payload: Record<string, unknown> = {}) => {
      const res = await act(user, c.id, action, { expectedVersion: v, ...payload });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      v = res.json().version;
      return res.json();
    };
    await step('leader', 'accept');
    await step('leader', 'assign', { handlingUnit: '一社区工作站', handlerId: t.fx.users.station });
    await step('station', 'start');
    await step('station', 'respond', { details: '已清理楼道' });
    const fed = await step('worker1', 'feedback', { satisfaction: 'satisfied' });
    expect(fed).toMatchObject({ status: 'fed-back', onTime: true });
    const byHandler = await act('station', c.id, 'verify', { expectedVersion: v });
    expect(byHandler.statusCode).toBe(409);
    expect(byHandler.json().error.code).toBe('VERIFIER_IS_HANDLER');
    await step('lead', 'verify');
    const missing = await act('lead', c.id, 'close', { expectedVersion: v, handlingUnit: '一社区工作站' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['handler', 'completedAt', 'details']),
    );
    now = new Date('2026-10-09T17:00:00+08:00');
    await step('lead', 'close', {
      handlingUnit: '一社区工作站',
      handler: 'station',
      completedAt: '2026-10-09T16:00:00+08:00',
      details: '清理完毕，居民满意',
    });
    const archived = await step('lead', 'archive');
    expect(archived.status).toBe('archived');
    const detail = (await t.call('lead', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json();
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual([
      'intake',
      'accept',
      'assign',
      'start',
      'respond',
      'feedback',
      'verify',
      'close',
      'archive',
    ]);
    // issue 11: the handler assigned and the responder are named, not numbered
    const station = await t.ctx.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', t.fx.users.station)
      .executeTakeFirstOrThrow();
    expect(detail.people).toEqual([{ id: t.fx.users.station, name: station.display_name }]);
    expect(detail.timeline.find((e: { action: string }) => e.action === 'assign').details.handlerId).toBe(t.fx.users.station);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'case')
      .where('entity_id', '=', String(c.id))
      .execute();
    expect(audit).toHaveLength(9);
  });

  it('version check before state check; ACTION_NOT_ALLOWED lists the allowed actions; nothing changes', async () => {
    const c = (await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id })).json();
    const stale = await act('leader', c.id, 'accept', { expectedVersion: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const wrong = await act('lead', c.id, 'archive', { expectedVersion: 1 });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.code).toBe('ACTION_NOT_ALLOWED');
    expect(wrong.json().error.details.allowed).toContain('accept');
    expect((await act('worker1', c.id, 'accept', { expectedVersion: 1 })).statusCode).toBe(403);
    const after = (await t.call('leader', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json();
    expect(after).toMatchObject({ version: 1, status: 'received' });
    expect(after.timeline).toHaveLength(1);
  });

  it('Idempotency-Key: a retried POST creates nothing new; another body with the key is 409', async () => {
    const headers = { 'idempotency-key': 'phone-retry-1' };
    const first = await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id }, headers);
    const again = await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id }, headers);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const other = await intake('worker1', { ...base, title: '另一件事', source: 'field', gridId: t.fx.regions.g1.id }, headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const n = await t.ctx.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('title', '=', '另一件事')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('concurrency: 50 conflicting actions at once; exactly one wins and the timeline stays consistent', async () => {
    const c = (await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id })).json();
    await t.token('leader');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        act('leader', c.id, i % 2 ? 'accept' : 'reject', i % 2 ? { expectedVersion: 1 } : { expectedVersion: 1, reason: '重复' }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((s) => s === 200)).toHaveLength(1);
    expect(codes.filter((s) => s === 409)).toHaveLength(49);
    const after = (await t.call('leader', { method: 'GET', url: `/api/v1/cases/${c.id}` })).json();
    expect(after.version).toBe(2);
    expect(after.timeline).toHaveLength(2);
  });

  it('A9.4 C3 D10 a confidential reporter is masked for everyone; reveal only by hotline/supervisor, audited', async () => {
    const c = (
      await intake('hotline', { ...base, gridId: t.fx.regions.g1.id, reporter: { name: '张三', phone: '13812345678', confidential: true } })
    ).json();
    expect(c.reporter).toMatchObject({ name: '***', confidential: true });
    const asLeader = (await t.call('leader', { method: 'GET', url: `/api/v1/cases/${c.id}` })).body;
    expect(asLeader).not.toContain('张三');
    expect(asLeader).not.toContain('13812345678');
    const list = (await t.call('hotline', { method: 'GET', url: '/api/v1/cases?source=hotline' })).body;
    expect(list).not.toContain('张三');
    expect((await t.call('leader', { method: 'POST', url: `/api/v1/cases/${c.id}/reporter/reveal` })).statusCode).toBe(403);
    const revealed = await t.call('supervisor', { method: 'POST', url: `/api/v1/cases/${c.id}/reporter/reveal` });
    expect(revealed.json()).toEqual({ name: '张三', phone: '13812345678', confidential: true });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.reporter-reveal').execute();
    expect(audit.some((a) => a.actor_id === t.fx.users.supervisor && a.entity_id === String(c.id))).toBe(true);
    const auditText = JSON.stringify(await t.ctx.db.selectFrom('audit_log').selectAll().execute());
    expect(auditText).not.toContain('13812345678');
  });

  it('feedback "unsatisfied" reopens the case with a new deadline from the reopening time', async () => {
    now = new Date('2026-10-12T09:00:00+08:00');
    const c = (await intake('worker1', { ...base, source: 'field', gridId: t.fx.regions.g1.id })).json();
    let v = 1;
    for (const [user, action, payload] of [
      ['leader', 'accept', {}],
      ['leader', 'start', {}],
      ['leader', 'respond', { details: '已答复' }],
    ] as const) {
      const res = await act(user, c.id, action, { expectedVersion: v, ...payload });
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    }
    now = new Date('2026-10-14T09:00:00+08:00');
    const reopened = (await act('worker1', c.id, 'feedback', { expectedVersion: v, satisfaction: 'unsatisfied', note: '仍有杂物' })).json();
    expect(reopened.status).toBe('reopened');
    expect(reopened.deadline).toBe('2026-10-21T23:59:59.999+08:00'); // 5 working days after 2026-10-14
    expect(reopened.onTime).toBeNull();
  });
});
