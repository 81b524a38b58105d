import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { addResidentOk } from '../households/households.test-helpers';
import { drawOk, expectNoSecrets, verificationTestApp, type Registered, type VerificationTestApp } from './verification.test-helpers';

type Task = { householdId: number; gridId: number; visitClass: string; status: string; id: number };
const idsOf = (tasks: Task[]) => tasks.map((x) => x.householdId).sort((a, b) => a - b);

describe.each(DB_KINDS)('verification draws on %s', (kind) => {
  let t: VerificationTestApp;
  const g1: Record<string, Registered[]> = { elderly: [], low: [], other: [] };
  const g2Other: Registered[] = [];
  let turns60: Registered;
  let joinedLate: number;
  let leftMidQuarter: Registered;
  beforeAll(async () => {
    t = await verificationTestApp(kind);
    for (let i = 0; i < 3; i++) g1.elderly.push(await t.register('g1', 'elderly'));
    for (let i = 0; i < 2; i++) g1.low.push(await t.register('g1', 'low-income'));
    for (let i = 0; i < 5; i++) g1.other.push(await t.register('g1', 'other'));
    for (let i = 0; i < 12; i++) g2Other.push(await t.register('g2', 'other'));
    for (let i = 0; i < 6; i++) await t.register('c2g1', 'low-income');
    // g2: a member turns 60 on 2026-11-15 (class 3 on the quarter's first day, class 1 now)
    turns60 = await t.register('g2', 'other', { birthDate: '1966-11-15' });
    // g2: an elderly household whose only member leaves mid-quarter: in the base with class 1
    leftMidQuarter = await t.register('g2', 'elderly');
    const ended = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/residents/${leftMidQuarter.residentId}/end-membership`,
      payload: { expectedVersion: 1, reason: 'moved-out', on: '2026-10-10' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    // a household whose members joined after the quarter's first day: not in the base
    const late = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g2.id, address: 'g2 新来路1号' },
    });
    joinedLate = late.json().id;
    await addResidentOk(t, 'admin', joinedLate, { name: '新住户', sex: 'M', birthDate: '1940-01-01', joinedOn: '2026-10-05' });
  });
  afterAll(() => t.close());

  it('A8.2 D8 draws ceil(rate × size) per grid × class stratum, with counts per class and the seed', async () => {
    const draw = await drawOk(t, 'station', { regionId: t.fx.regions.w1.id, quarter: '2026-Q4', seed: 'q4-station' });
    expect(draw).toMatchObject({
      kind: 'quarterly',
      quarter: '2026-Q4',
      baseDate: '2026-10-01',
      seed: 'q4-station',
      regionId: t.fx.regions.w1.id,
      supersedes: null,
    });
    const { g1: gridOne, g2: gridTwo } = { g1: t.fx.regions.g1.id, g2: t.fx.regions.g2.id };
    expect(draw.strata).toEqual([
      { gridId: gridOne, visitClass: '1-general', rate: 0.5, size: 3, drawn: 2 }, // 3 class-1 households → ceil(1.5) = 2
      { gridId: gridOne, visitClass: '2-general', rate: 0.3, size: 2, drawn: 1 }, // ceil(0.6)
      { gridId: gridOne, visitClass: '3', rate: 0.1, size: 5, drawn: 1 }, // ceil(0.5)
      { gridId: gridTwo, visitClass: '1-general', rate: 0.5, size: 1, drawn: 1 },
      { gridId: gridTwo, visitClass: '3', rate: 0.1, size: 13, drawn: 2 }, // ceil(1.3)
    ]);
    expect(draw.counts).toEqual({
      '1-general': { size: 4, drawn: 3 },
      '1-special': { size: 0, drawn: 0 },
      '2-general': { size: 2, drawn: 1 },
      '2-key': { size: 0, drawn: 0 },
      '3': { size: 18, drawn: 3 },
    });
    expect(draw.countsByGroup).toEqual({ '1': { size: 4, drawn: 3 }, '2': { size: 2, drawn: 1 }, '3': { size: 18, drawn: 3 } });
    expect(draw.rates).toMatchObject({ '1-general': 0.5, '1-special': 0.5, '2-general': 0.3, '2-key': 0.3, '3': 0.1 });
    expect(draw.policy).toEqual({ regionId: t.fx.regions.district.id, version: 1 });
    expect(draw.tasks).toHaveLength(7);
    expect(draw.tasks.every((x: Task) => x.status === 'pending')).toBe(true);
    const elderlyIds = g1.elderly.map((r) => r.householdId);
    expect(draw.tasks.filter((x: Task) => elderlyIds.includes(x.householdId))).toHaveLength(2);
    expect(draw.tasks.map((x: Task) => x.householdId)).not.toContain(joinedLate);
    expectNoSecrets(t, JSON.stringify(draw));
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'verification-draw')
      .where('entity_id', '=', String(draw.id))
      .execute();
    expect(audit).toMatchObject([{ action: 'verification.draw' }]);
  });

  it("D8 classes are those of the quarter's first day: a member turning 60 mid-quarter keeps class 3", async () => {
    // … a member who left still counts
    const res = await t.call('station', {
      method: 'GET',
      url: `/api/v1/verification/draws?regionId=${t.fx.regions.w1.id}&quarter=2026-Q4`,
    });
    expect(res.statusCode).toBe(200);
    const [draw] = res.json().items;
    const strata = draw.strata as Array<{ gridId: number; visitClass: string; size: number }>;
    // g2 has 12 + 1 (turns 60) class-3 households on 2026-10-01, and one class-1 (left on 2026-10-10)
    expect(strata.find((s) => s.gridId === t.fx.regions.g2.id && s.visitClass === '3')?.size).toBe(13);
    expect(strata.find((s) => s.gridId === t.fx.regions.g2.id && s.visitClass === '1-general')?.size).toBe(1);
    const status = await t.call('admin', { method: 'GET', url: `/api/v1/households/${turns60.householdId}/visit-status?date=2026-11-27` });
    expect(status.json().visitClass).toBe('1-general');
    // the whole g2 stratum of class 1 is drawn: the household that emptied mid-quarter
    const full = await t.call('station', { method: 'GET', url: `/api/v1/verification/draws/${draw.id}` });
    expect(full.json().tasks.find((x: Task) => x.householdId === leftMidQuarter.householdId)).toMatchObject({ visitClass: '1-general' });
  });

  it('D8 a second draw for the same region and quarter is 409 DRAW_EXISTS; an overlapping region too', async () => {
    const again = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.w1.id, quarter: '2026-Q4', seed: 'other' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DRAW_EXISTS', details: { regionId: t.fx.regions.w1.id } });
    for (const region of ['c1', 'g1']) {
      const overlap = await t.call('lead', {
        method: 'POST',
        url: '/api/v1/verification/draws',
        payload: { regionId: t.fx.regions[region].id, quarter: '2026-Q4' },
      });
      expect(overlap.statusCode, region).toBe(409);
    }
    const inner = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.g1.id, quarter: '2026-Q4', redraw: true },
    });
    expect(inner.statusCode).toBe(409); // a redraw never replaces the draw of an area around it
    const otherQuarter = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.w1.id, quarter: '2026-Q3' },
    });
    expect(otherQuarter.statusCode).toBe(201);
  });

  it('D8 the same seed draws the same households, another seed others; a redraw supersedes and cancels pending tasks', async () => {
    // … keeping them
    const list = await t.call('station', {
      method: 'GET',
      url: `/api/v1/verification/draws?regionId=${t.fx.regions.w1.id}&quarter=2026-Q4&current=true`,
    });
    const first = list.json().items[0];
    const firstTasks: Task[] = (await t.call('station', { method: 'GET', url: `/api/v1/verification/draws/${first.id}` })).json().tasks;
    const same = await drawOk(t, 'station', { regionId: t.fx.regions.w1.id, quarter: '2026-Q4', seed: 'q4-station', redraw: true });
    expect(idsOf(same.tasks)).toEqual(idsOf(firstTasks));
    expect(same.supersedes).toBe(first.id);
    const old = (await t.call('station', { method: 'GET', url: `/api/v1/verification/draws/${first.id}` })).json();
    expect(old.supersededBy).toBe(same.id);
    expect(old.tasks).toHaveLength(firstTasks.length);
    expect(old.tasks.every((x: Task) => x.status === 'cancelled')).toBe(true);

    const others = [];
    for (const seed of ['s-1', 's-2', 's-3'])
      others.push(idsOf((await drawOk(t, 'station', { regionId: t.fx.regions.w1.id, quarter: '2026-Q4', seed, redraw: true })).tasks));
    expect(others.some((ids) => JSON.stringify(ids) !== JSON.stringify(idsOf(firstTasks)))).toBe(true);
    for (const ids of others) expect(ids).toHaveLength(firstTasks.length);

    const all = await t.call('station', {
      method: 'GET',
      url: `/api/v1/verification/draws?regionId=${t.fx.regions.w1.id}&quarter=2026-Q4`,
    });
    expect(all.json().items).toHaveLength(5);
    expect(all.json().items.filter((d: { supersededBy: number | null }) => d.supersededBy === null)).toHaveLength(1);
    const cancelled = await t.call('station', { method: 'GET', url: '/api/v1/verification/tasks?status=cancelled' });
    expect(cancelled.json().total).toBe(4 * firstTasks.length);
  });

  it('D8 a seed given as a number is the same seed as its text; without a seed one is made and returned', async () => {
    const a = await drawOk(t, 'admin', { regionId: t.fx.regions.c2.id, quarter: '2026-Q4', seed: 42 });
    const b = await drawOk(t, 'admin', { regionId: t.fx.regions.c2.id, quarter: '2026-Q4', seed: '42', redraw: true });
    expect(a.seed).toBe('42');
    expect(a.tasks).toHaveLength(2); // ceil(0.3 × 6)
    expect(idsOf(b.tasks)).toEqual(idsOf(a.tasks));
    const c = await drawOk(t, 'admin', { regionId: t.fx.regions.c2.id, quarter: '2026-Q4', redraw: true });
    expect(c.seed).toMatch(/^[0-9a-f]{16}$/);
  });

  it('A8.2 roles: workstation staff, the community grid lead and admins draw; others get 403, outside scope 404', async () => {
    const body = (region: string) => ({ regionId: t.fx.regions[region].id, quarter: '2026-Q2' });
    for (const [user, region, status] of [
      ['worker1', 'g1', 403],
      ['leader', 'g1', 403],
      ['supervisor', 'c1', 403],
      ['officer', 'c1', 403],
      ['hotline', 'c1', 403],
      ['worker2', 'c1', 404],
      ['station', 'c2', 404],
      ['lead', 'c2g1', 404],
    ] as const) {
      const res = await t.call(user, { method: 'POST', url: '/api/v1/verification/draws', payload: body(region) });
      expect(res.statusCode, `${user} ${region}`).toBe(status);
    }
    expect((await t.call('admin', { method: 'POST', url: '/api/v1/verification/draws', payload: body('g2') })).statusCode).toBe(201);
    expect((await t.call('lead', { method: 'POST', url: '/api/v1/verification/draws', payload: body('g1') })).statusCode).toBe(201);
    expect((await t.call(null, { method: 'POST', url: '/api/v1/verification/draws', payload: body('g1') })).statusCode).toBe(401);
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/verification/draws' })).statusCode).toBe(403);
    expect((await t.call('worker1', { method: 'GET', url: '/api/v1/verification/tasks' })).statusCode).toBe(403);
    const supervisor = await t.call('supervisor', { method: 'GET', url: `/api/v1/verification/draws?regionId=${t.fx.regions.c1.id}` });
    expect(supervisor.statusCode).toBe(200);
    expect(supervisor.json().abilities).toEqual({ draw: false, yearly: false });
    const station = await t.call('station', { method: 'GET', url: `/api/v1/verification/draws?regionId=${t.fx.regions.w1.id}` });
    expect(station.json().abilities).toEqual({ draw: true, yearly: false });
    const lead = await t.call('lead', { method: 'GET', url: '/api/v1/auth/me' });
    expect(lead.json().user.abilities.verification).toBe(true);
    const worker = await t.call('worker1', { method: 'GET', url: '/api/v1/auth/me' });
    expect(worker.json().user.abilities.verification).toBe(false);
  });

  it('a bad quarter is 400 naming the field; a region outside scope is 404 first', async () => {
    // … an unstarted quarter and areas below grids are 400
    const bad = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.w1.id, quarter: '2026-4' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.quarter']);
    const outside = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.c2.id, quarter: 'Q4' },
    });
    expect(outside.statusCode).toBe(404);
    const future = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.w1.id, quarter: '2027-Q1' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toMatchObject([{ field: 'body.quarter' }]);
    const district = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.district.id, quarter: '2026-Q4' },
    });
    expect(district.statusCode).toBe(400);
    expect(district.json().error.details).toMatchObject([{ field: 'body.regionId' }]);
    const missing = await t.call('station', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.w1.id },
    });
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(['body.quarter']);
  });

  it('A8.2 a policy without a verification section cannot draw (township preset): 422', async () => {
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/verification/draws',
      payload: { regionId: t.fx.regions.tg1.id, quarter: '2026-Q4' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('POLICY_INCOMPLETE');
  });
});
