import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

let now = new Date('2026-11-02T09:00:00+08:00');

describe.each(DB_KINDS)('supervision board on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    now = new Date('2026-11-02T09:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const file = async (gridId: number, receivedAt: string) => {
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '噪音扰民',
        description: '夜间施工',
        category: 'dispute',
        caseClass: 'general',
        source: 'hotline',
        gridId,
        receivedAt,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('C8 yellow and red cases counted by child region, derived from now, with drill-down to the cases', async () => {
    // general = 5 working days: received 2026-10-26 (Mon) → due 2026-11-02 end of day: yellow on 11-02 09:00
    const yellow = await file(t.fx.regions.g1.id, '2026-10-26T10:00:00+08:00');
    // received 2026-10-20 → due 2026-10-27: red now
    const red = await file(t.fx.regions.g2.id, '2026-10-20T10:00:00+08:00');
    const fresh = await file(t.fx.regions.c2g1.id, '2026-11-02T08:00:00+08:00'); // green
    const res = await t.call('supervisor', { method: 'GET', url: `/api/v1/supervision/board?regionId=${t.fx.regions.street.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const street = res.json();
    expect(street.totals).toEqual({ open: 3, yellow: 1, red: 1 });
    const byName = Object.fromEntries(street.children.map((c: { name: string }) => [c.name, c]));
    expect(byName.一社区).toMatchObject({ open: 2, yellow: 1, red: 1 });
    expect(byName.二社区).toMatchObject({ open: 1, yellow: 0, red: 0 });
    expect(street.cases.map((c: { id: number; light: string }) => [c.id, c.light])).toEqual([
      [red.id, 'red'],
      [yellow.id, 'yellow'],
    ]);
    const c1 = (await t.call('supervisor', { method: 'GET', url: `/api/v1/supervision/board?regionId=${t.fx.regions.c1.id}` })).json();
    expect(c1.children.map((c: { type: string }) => c.type)).toEqual(['workstation']);
    // later the green one turns red without anything being written
    now = new Date('2026-11-12T09:00:00+08:00'); // within the 14-day session
    const later = (
      await t.call('supervisor', { method: 'GET', url: `/api/v1/supervision/board?regionId=${t.fx.regions.street.id}` })
    ).json();
    expect(later.totals).toEqual({ open: 3, yellow: 0, red: 3 });
    expect(fresh.light).toBe('green');
    // out of scope → 404
    expect(
      (await t.call('worker1', { method: 'GET', url: `/api/v1/supervision/board?regionId=${t.fx.regions.street.id}` })).statusCode,
    ).toBe(404);
  });
});
