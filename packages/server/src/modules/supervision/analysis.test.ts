import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe.each(DB_KINDS)('C5.1 monthly analysis list on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => new Date('2026-11-20T09:00:00+08:00') });
  });
  afterAll(() => t.close());

  const file = async (title: string) =>
    (
      await t.call('worker1', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { title, description: title, category: 'dispute', caseClass: 'general', source: 'field', gridId: t.fx.regions.g1.id },
      })
    ).json();

  it('C5.1 open cases per grid, and the hot ones: several residents, escalated twice, or flagged', async () => {
    const a = await file('噪音扰民');
    const b = await file('噪音扰民（同一事项）');
    const merged = await t.call('leader', {
      method: 'POST',
      url: `/api/v1/cases/${b.id}/actions/merge`,
      payload: { expectedVersion: 1, intoCaseId: a.id },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const c = await file('占道经营');
    await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/annotations`,
      payload: { kind: 'hot-flag', text: '群众反映强烈' },
    });
    const d = await file('路灯不亮');
    let v = 1;
    for (const reason of ['网格内无法解决', '社区协调不了']) {
      const res = await t.call('leader', {
        method: 'POST',
        url: `/api/v1/cases/${d.id}/actions/escalate`,
        payload: { expectedVersion: v, reason },
      });
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    }
    const e = await file('普通咨询');
    const res = await t.call('lead', { method: 'GET', url: `/api/v1/supervision/analysis?regionId=${t.fx.regions.c1.id}&month=2026-11` });
    expect(res.statusCode, res.body).toBe(200);
    const [grid] = res.json().grids;
    expect(grid).toMatchObject({ gridId: t.fx.regions.g1.id, open: 4, hot: 3 });
    const hot = grid.cases
      .filter((x: { hot: boolean }) => x.hot)
      .map((x: { id: number }) => x.id)
      .sort();
    expect(hot).toEqual([a.id, c.id, d.id].sort());
    const reasons = Object.fromEntries(grid.cases.map((x: { id: number; hotReasons: string[] }) => [x.id, x.hotReasons]));
    expect([reasons[a.id], reasons[c.id], reasons[d.id], reasons[e.id]]).toEqual([['several-residents'], ['flagged'], ['escalated'], []]);
    expect(grid.cases.map((x: { id: number }) => x.id)).toContain(e.id);
    expect(grid.cases.map((x: { id: number }) => x.id)).not.toContain(b.id);
    expect(
      (await t.call('lead', { method: 'GET', url: `/api/v1/supervision/analysis?regionId=${t.fx.regions.c1.id}&month=2026-13` }))
        .statusCode,
    ).toBe(400);
  });
});
