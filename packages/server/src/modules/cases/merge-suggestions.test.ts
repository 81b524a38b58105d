import { offsetMetres, type LatLng } from '@gridwork/core/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-11-02T09:00:00+08:00');

describe.each(DB_KINDS)('merge suggestions (issue 3 item 3) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  let n = 0;
  const intake = async (category: string, where: { location?: LatLng; grid?: string }, user = 'lead') => {
    const res = await t.call(user, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: `案件${++n}`,
        description: '描述',
        category,
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions[where.grid ?? 'g1'].id,
        ...(where.location ? { location: where.location } : {}),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; version: number };
  };
  const suggestions = (user: string, id: number) => t.call(user, { method: 'GET', url: `/api/v1/cases/${id}/merge-suggestions` });
  const ids = (res: { json(): Array<{ id: number }> }) => res.json().map((s) => s.id);

  it('open cases of the same category within 200 m, nearest first: 150 m in, 250 m out, 195 m in, 205 m out', async () => {
    const o = { lat: 39.01, lng: 116.005 };
    const origin = await intake('sanitation', { location: o });
    const at150 = await intake('sanitation', { location: offsetMetres(o, 150, 0) });
    const at250 = await intake('sanitation', { location: offsetMetres(o, 250, 0) });
    const at195 = await intake('sanitation', { location: offsetMetres(o, 0, -195) });
    await intake('sanitation', { location: offsetMetres(o, 0, 205) });
    const at40 = await intake('sanitation', { location: offsetMetres(o, -30, 26.5) });
    await intake('dispute', { location: offsetMetres(o, 10, 0) }); // another category

    const res = await suggestions('lead', origin.id);
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual([at40.id, at150.id, at195.id]);
    const [first, second, third] = res.json();
    expect(first).toMatchObject({ title: '案件6', status: 'received', distanceMetres: 40, receivedAt: '2026-11-02T09:00:00.000+08:00' });
    expect(second.distanceMetres).toBe(150);
    expect(third.distanceMetres).toBe(195);
    // seen from the 150 m case: the 250 m one is 100 m away, the origin 150 m, the 40 m one 182 m; never itself
    const from150 = (await suggestions('lead', at150.id))
      .json()
      .map((s: { id: number; distanceMetres: number }) => [s.id, s.distanceMetres]);
    expect(from150).toEqual([
      [at250.id, 100],
      [origin.id, 150],
      [at40.id, 182],
    ]);
  });

  it('finished cases (merged, rejected) are not suggested', async () => {
    const o = { lat: 39.005, lng: 116.002 };
    const origin = await intake('legal-advice', { location: o });
    const near = await intake('legal-advice', { location: offsetMetres(o, 20, 0) });
    const merged = await intake('legal-advice', { location: offsetMetres(o, 30, 0) });
    const rejected = await intake('legal-advice', { location: offsetMetres(o, 40, 0) });
    expect(ids(await suggestions('lead', origin.id))).toEqual([near.id, merged.id, rejected.id]);
    const act = (id: number, action: string, payload: Record<string, unknown>) =>
      t.call('lead', { method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, payload: { expectedVersion: 1, ...payload } });
    expect((await act(merged.id, 'merge', { intoCaseId: near.id })).statusCode).toBe(200);
    expect((await act(rejected.id, 'reject', { reason: '重复' })).statusCode).toBe(200);
    expect(ids(await suggestions('lead', origin.id))).toEqual([near.id]);
  });

  it('without a location: the open same-category cases of the grid (distance null)', async () => {
    // … a located case also gets those after the measured ones
    const o = { lat: 39.015, lng: 116.003 };
    const located = await intake('livelihood-project', { location: o });
    const nearby = await intake('livelihood-project', { location: offsetMetres(o, 0, 100) });
    const far = await intake('livelihood-project', { location: offsetMetres(o, 0, 500) });
    const unplaced = await intake('livelihood-project', {});
    await intake('livelihood-project', { grid: 'g2' }); // another grid, no location

    const fromUnplaced = await suggestions('lead', unplaced.id);
    expect(
      fromUnplaced
        .json()
        .map((s: { id: number; distanceMetres: number | null }) => [s.id, s.distanceMetres])
        .sort(),
    ).toEqual(
      [
        [located.id, null],
        [nearby.id, null],
        [far.id, null],
      ].sort(),
    );
    const fromLocated = await suggestions('lead', located.id);
    expect(fromLocated.json().map((s: { id: number; distanceMetres: number | null }) => [s.id, s.distanceMetres])).toEqual([
      [nearby.id, 100],
      [unplaced.id, null],
    ]);
  });

  it('only cases in the caller’s scope; outside it the case itself is 404; at most 20', async () => {
    const o = { lat: 39.008, lng: 116.0095 }; // g1, 43 m from the g2 border
    const origin = await intake('public-facility', { location: o });
    const inG2 = await intake('public-facility', { location: offsetMetres(o, 0, 150), grid: 'g2' });
    expect(ids(await suggestions('lead', origin.id))).toEqual([inG2.id]);
    expect(ids(await suggestions('worker1', origin.id))).toEqual([]);
    expect((await suggestions('worker2', origin.id)).statusCode).toBe(404);
    expect((await suggestions('lead', 999999)).statusCode).toBe(404);

    const p = { lat: 39.002, lng: 116.002 };
    const hub = await intake('other', { location: p });
    for (let i = 1; i <= 22; i++) await intake('other', { location: offsetMetres(p, 5 * i, 0) });
    const capped = (await suggestions('lead', hub.id)).json() as Array<{ distanceMetres: number }>;
    expect(capped).toHaveLength(20);
    expect(capped.map((s) => s.distanceMetres)).toEqual(Array.from({ length: 20 }, (_, i) => 5 * (i + 1)));
  });
});
