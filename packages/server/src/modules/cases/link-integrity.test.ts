/**
 * Links to other records are checked against the caller's and the target's scope (issue "Security
 * first", item 11): a case's visit, its new handler or transfer target, a visit's visitors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { countRows, createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

describe.each(DB_KINDS)('security: integrity of links on %s', (kind) => {
  let t: HouseholdTestApp;
  let own: number; // a household in g1 (community 1)
  let other: number; // a household in c2g1 (community 2)
  const base = { title: '楼道堆物', description: '3号楼楼道堆放杂物', category: 'safety-hazard', caseClass: 'general', source: 'field' };
  const visit = (user: string, householdId: number, extra: Record<string, unknown> = {}) =>
    t.call(user, {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId, startedAt: '2026-11-27T09:00:00+08:00', endedAt: '2026-11-27T09:30:00+08:00', type: 'routine', ...extra },
    });
  const intake = (user: string, payload: Record<string, unknown>) => t.call(user, { method: 'POST', url: '/api/v1/cases', payload });
  const act = (user: string, id: number, action: string, payload: Record<string, unknown>) =>
    t.call(user, { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload });

  beforeAll(async () => {
    t = await householdTestApp(kind, '2026-11-27T02:00:00Z');
    own = await createHousehold(t, 'worker1', 'g1');
    other = await createHousehold(t, 'worker2', 'c2g1');
  });
  afterAll(() => t.close());

  it("a case reported from a visit names a visit in the caller's area that exists (404 otherwise, nothing written)", async () => {
    const mine = await visit('worker1', own);
    expect(mine.statusCode, mine.body).toBe(201);
    const theirs = await visit('worker2', other);
    expect(theirs.statusCode, theirs.body).toBe(201);
    const before = await countRows(t, 'audit_log');
    for (const visitId of [theirs.json().id, 999_999]) {
      const res = await intake('worker1', { ...base, gridId: t.fx.regions.g1.id, visitId });
      expect(res.statusCode, String(visitId)).toBe(404);
    }
    expect(await countRows(t, 'audit_log')).toBe(before);
    const ok = await intake('worker1', { ...base, gridId: t.fx.regions.g1.id, visitId: mine.json().id });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('a case is assigned or transferred only to someone who can see it', async () => {
    const c = (await intake('officer', { ...base, source: 'walk-in', gridId: t.fx.regions.g1.id })).json();
    // worker2 and the hotline's peers are in the officer's street, but worker2 works in community 2
    const toWorker2 = await act('officer', c.id, 'transfer', {
      expectedVersion: c.version,
      toUserId: t.fx.users.worker2,
      explanation: '转交',
    });
    expect(toWorker2.statusCode, toWorker2.body).toBe(400);
    expect(toWorker2.json().error.details).toEqual([{ field: 'body.toUserId', message: expect.stringContaining('cannot see') }]);
    const accepted = await act('officer', c.id, 'accept', { expectedVersion: c.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const assign = await act('officer', c.id, 'assign', {
      expectedVersion: accepted.json().version,
      handlingUnit: '二社区',
      handlerId: t.fx.users.worker2,
    });
    expect(assign.statusCode).toBe(400);
    expect(assign.json().error.details[0].field).toBe('body.handlerId');
    const unchanged = await t.call('officer', { method: 'GET', url: `/api/v1/cases/${c.id}` });
    expect(unchanged.json().version).toBe(accepted.json().version);
    const toStation = await act('officer', c.id, 'assign', {
      expectedVersion: accepted.json().version,
      handlingUnit: '一社区工作站',
      handlerId: t.fx.users.station,
    });
    expect(toStation.statusCode, toStation.body).toBe(200);
  });

  it("a visit's visitors are people who visit households of its grid", async () => {
    const before = await countRows(t, 'visits');
    for (const visitors of [[t.fx.users.worker2], [t.fx.users.worker1, t.fx.users.hotline], [t.fx.users.supervisor]]) {
      const res = await visit('officer', own, { visitors });
      expect(res.statusCode, JSON.stringify(visitors)).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([`body.visitors.${visitors.length - 1}`]);
    }
    expect(await countRows(t, 'visits')).toBe(before);
    const ok = await visit('officer', own, { visitors: [t.fx.users.worker1, t.fx.users.leader, t.fx.users.lead] });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('merges never form a loop nor cross streets and towns (400 intoCaseId, nothing changed)', async () => {
    const a = (await intake('admin', { ...base, source: 'walk-in', gridId: t.fx.regions.g1.id })).json();
    const b = (await intake('admin', { ...base, source: 'walk-in', gridId: t.fx.regions.g1.id })).json();
    const town = (await intake('admin', { ...base, source: 'walk-in', gridId: t.fx.regions.tg1.id })).json();
    const merged = await act('admin', a.id, 'merge', { expectedVersion: a.version, intoCaseId: b.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const back = await act('admin', b.id, 'merge', { expectedVersion: b.version, intoCaseId: a.id });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.details).toEqual([{ field: 'body.intoCaseId', message: expect.stringContaining('merged into another case') }]);
    const across = await act('admin', b.id, 'merge', { expectedVersion: b.version, intoCaseId: town.id });
    expect(across.statusCode).toBe(400);
    expect(across.json().error.details[0].message).toContain('another street or town');
    expect((await t.call('admin', { method: 'GET', url: `/api/v1/cases/${b.id}` })).json()).toMatchObject({
      status: 'received',
      version: b.version,
    });
  });

  it('C3 a grid worker records only visits they made; a leader or staff above may record a visit of others', async () => {
    const before = await countRows(t, 'visits');
    for (const visitors of [[t.fx.users.leader], [t.fx.users.admin]]) {
      const res = await visit('worker1', own, { visitors });
      expect(res.statusCode, JSON.stringify(visitors)).toBe(403);
    }
    expect(await countRows(t, 'visits')).toBe(before);
    expect((await visit('worker1', own, { visitors: [t.fx.users.worker1, t.fx.users.leader] })).statusCode).toBe(201);
    expect((await visit('leader', own, { visitors: [t.fx.users.worker1] })).statusCode).toBe(201);
  });
});
