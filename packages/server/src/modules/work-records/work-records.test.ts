import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe.each(DB_KINDS)('A8.3 implementation plan and workstation evaluations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => new Date('2026-12-07T10:00:00+08:00') });
  });
  afterAll(() => t.close());
  const call = (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });

  it('A8.3 the community grid lead writes the plan and rates each workstation once a year; edits need the version', async () => {
    const plan = await call('lead', 'POST', '/work-records', {
      kind: 'implementation-plan',
      regionId: t.fx.regions.c1.id,
      year: 2027,
      title: '2027年网格化管理实施方案',
      content: '一、目标……',
    });
    expect(plan.statusCode).toBe(201);
    expect(plan.json()).toMatchObject({ kind: 'implementation-plan', rating: null, abilities: { edit: true } });
    expect(
      (
        await call('lead', 'POST', '/work-records', {
          kind: 'implementation-plan',
          regionId: t.fx.regions.c1.id,
          year: 2027,
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(409);
    const evaluation = await call('lead', 'POST', '/work-records', {
      kind: 'workstation-evaluation',
      regionId: t.fx.regions.w1.id,
      year: 2026,
      title: '一社区工作站2026年度评价',
      content: '走访台账规范……',
      rating: 91,
    });
    expect(evaluation.json()).toMatchObject({ rating: 91, regionName: '一社区工作站' });
    expect(
      (
        await call('lead', 'POST', '/work-records', {
          kind: 'workstation-evaluation',
          regionId: t.fx.regions.c1.id,
          year: 2026,
          title: 'x',
          content: 'y',
          rating: 1,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call('lead', 'POST', '/work-records', {
          kind: 'workstation-evaluation',
          regionId: t.fx.regions.w1.id,
          year: 2025,
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call('supervisor', 'POST', '/work-records', {
          kind: 'implementation-plan',
          regionId: t.fx.regions.c1.id,
          year: 2028,
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('lead', 'POST', '/work-records', {
          kind: 'implementation-plan',
          regionId: t.fx.regions.c2.id,
          year: 2027,
          title: 'x',
          content: 'y',
        })
      ).statusCode,
    ).toBe(404);
    const id = evaluation.json().id;
    expect((await call('lead', 'PATCH', `/work-records/${id}`, { expectedVersion: 1, rating: 93 })).json()).toMatchObject({
      rating: 93,
      version: 2,
    });
    expect((await call('lead', 'PATCH', `/work-records/${id}`, { expectedVersion: 1, rating: 10 })).statusCode).toBe(409);
    expect((await call('officer', 'GET', '/work-records?year=2026')).json().map((r: { rating: number }) => r.rating)).toEqual([93]);
    expect((await call('worker1', 'GET', '/work-records')).json()).toEqual([]);
  });
});
