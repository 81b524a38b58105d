import { clonePreset } from '@gridwork/core/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { answers, drawOk, expectNoSecrets, verificationTestApp, type VerificationTestApp } from './verification.test-helpers';

type Task = {
  id: number;
  householdId: number;
  gridId: number;
  visitClass: string;
  status: string;
  assigneeId: number | null;
  kind: string;
};

describe.each(DB_KINDS)('verification summary and yearly check on %s', (kind) => {
  let t: VerificationTestApp;
  let quarterly: Task[];
  const checkedAt = '2026-11-27T10:05:00+08:00';

  /** Fills a task's form; `wrong` corrects the address (one discrepancy). */
  const fill = async (user: string, id: number, wrong: boolean) => {
    const detail = (await t.call(user, { method: 'GET', url: `/api/v1/verification/tasks/${id}` })).json();
    const overrides: Record<string, Record<string, unknown>> = wrong
      ? { 'household.address': { outcome: 'corrected', correctedValue: `${detail.household.address}（核实后）` } }
      : {};
    const res = await t.call(user, {
      method: 'POST',
      url: `/api/v1/verification/tasks/${id}/result`,
      payload: { expectedVersion: detail.version, checkedAt, fields: answers(detail.form, overrides) },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const summary = async (user: string, query: string) => t.call(user, { method: 'GET', url: `/api/v1/verification/summary?${query}` });

  beforeAll(async () => {
    t = await verificationTestApp(kind);
    for (let i = 0; i < 2; i++) await t.register('g1', 'elderly'); // 1-general: 1 of 2 drawn
    for (let i = 0; i < 3; i++) await t.register('g1', 'low-income'); // 2-general: 1 of 3
    for (let i = 0; i < 3; i++) await t.register('g2', 'elderly'); // 1-general: 2 of 3
    for (let i = 0; i < 5; i++) await t.register('c2g1', 'other');
    const draw = await drawOk(t, 'lead', { regionId: t.fx.regions.c1.id, quarter: '2026-Q4', seed: 'summary' });
    quarterly = draw.tasks;
  });
  afterAll(() => t.close());

  it('A8.2 the discrepancy rate per area: per grid and class, withDiscrepancy / done, null while nothing is done', async () => {
    expect(quarterly).toHaveLength(4);
    const g1Tasks = quarterly.filter((x) => x.gridId === t.fx.regions.g1.id);
    const g2Tasks = quarterly.filter((x) => x.gridId === t.fx.regions.g2.id);
    await fill('station', g1Tasks[0].id, true);
    await fill('station', g1Tasks[1].id, false);
    await fill('lead', g2Tasks[0].id, true);
    const res = await summary('station', `regionId=${t.fx.regions.w1.id}&quarter=2026-Q4`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ regionId: t.fx.regions.w1.id, kind: 'quarterly', period: '2026-Q4' });
    expect(s.grids.map((g: { gridId: number }) => g.gridId)).toEqual([t.fx.regions.g1.id, t.fx.regions.g2.id]);
    expect(s.grids[0]).toMatchObject({ tasks: 2, done: 2, withDiscrepancy: 1, discrepancyRate: 0.5, discrepancies: 1 });
    expect(s.grids[1]).toMatchObject({ tasks: 2, done: 1, withDiscrepancy: 1, discrepancyRate: 1 });
    expect(s.grids[1].byClass['1-general']).toMatchObject({ tasks: 2, done: 1, withDiscrepancy: 1, discrepancyRate: 1 });
    expect(s.grids[1].byClass['3']).toMatchObject({ tasks: 0, done: 0, discrepancyRate: null });
    const g1ByClass = s.grids[0].byClass;
    expect(g1ByClass['1-general'].tasks + g1ByClass['2-general'].tasks).toBe(2);
    expect(s.byClass['2-general']).toMatchObject({ tasks: 1, done: 1 });
    expect(s.total).toMatchObject({ tasks: 4, done: 3, withDiscrepancy: 2, discrepancyRate: 0.6667, discrepancies: 2, followUps: 0 });

    const community = (await summary('lead', `regionId=${t.fx.regions.c1.id}&quarter=2026-Q4`)).json();
    expect(community.total).toEqual(s.total);
    const empty = (await summary('admin', `regionId=${t.fx.regions.c2.id}&quarter=2026-Q4`)).json();
    expect(empty.grids).toMatchObject([{ gridId: t.fx.regions.c2g1.id, tasks: 0, done: 0, discrepancyRate: null }]);
  });

  it('D8 a redraw cancels pending tasks; the done results still count in the summary', async () => {
    await drawOk(t, 'lead', { regionId: t.fx.regions.c1.id, quarter: '2026-Q4', seed: 'summary-2', redraw: true });
    const s = (await summary('lead', `regionId=${t.fx.regions.c1.id}&quarter=2026-Q4`)).json();
    expect(s.total).toMatchObject({ tasks: 3 + 4, done: 3, withDiscrepancy: 2 });
  });

  it('A8.2 summary access: readers in scope; 404 outside scope first; quarter or year; 403 for grid workers', async () => {
    expect((await summary('supervisor', `regionId=${t.fx.regions.c1.id}&quarter=2026-Q4`)).statusCode).toBe(200);
    expect((await summary('station', `regionId=${t.fx.regions.c2.id}&quarter=bad`)).statusCode).toBe(404);
    const bad = await summary('station', `regionId=${t.fx.regions.w1.id}&quarter=2026-Q9`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toContain('quarter');
    expect((await summary('station', `regionId=${t.fx.regions.w1.id}`)).statusCode).toBe(400);
    expect((await summary('worker1', `regionId=${t.fx.regions.g1.id}&quarter=2026-Q4`)).statusCode).toBe(403);
  });

  it("A8.3 D8 the yearly check covers each grid worker's records (default 100%), grouped by worker, assigned to the lead", async () => {
    const res = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/verification/yearly',
      payload: { regionId: t.fx.regions.c1.id, year: 2026, seed: 'year' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const draw = res.json();
    expect(draw).toMatchObject({ kind: 'yearly', year: 2026, quarter: null, share: 1, baseDate: '2026-11-27' });
    expect(draw.tasks).toHaveLength(8);
    expect(draw.tasks.every((x: Task) => x.assigneeId === t.fx.users.lead && x.kind === 'yearly')).toBe(true);
    expect(draw.groups).toEqual([
      { workerId: t.fx.users.worker1, workerName: 'worker1', gridIds: [t.fx.regions.g1.id], size: 5, drawn: 5 },
      { workerId: null, workerName: null, gridIds: [t.fx.regions.g2.id], size: 3, drawn: 3 },
    ]);
    expectNoSecrets(t, res.body);
    const mine = await t.call('lead', { method: 'GET', url: '/api/v1/verification/tasks?mine=true&kind=yearly' });
    expect(mine.json().total).toBe(8);
    const again = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/verification/yearly',
      payload: { regionId: t.fx.regions.c1.id, year: 2026 },
    });
    expect(again.statusCode).toBe(409);
    // the yearly form: the lead fills it, workstation staff may not (A8.3)
    const first = draw.tasks[0] as Task;
    const detail = (await t.call('station', { method: 'GET', url: `/api/v1/verification/tasks/${first.id}` })).json();
    expect(detail.abilities.submit).toBe(false);
    const byStation = await t.call('station', {
      method: 'POST',
      url: `/api/v1/verification/tasks/${first.id}/result`,
      payload: { expectedVersion: 1, checkedAt, fields: answers(detail.form) },
    });
    expect(byStation.statusCode).toBe(403);
    await fill('lead', first.id, false);
    const yearly = (await summary('lead', `regionId=${t.fx.regions.c1.id}&year=2026`)).json();
    expect(yearly).toMatchObject({ kind: 'yearly', period: '2026', total: { tasks: 8, done: 1, withDiscrepancy: 0, discrepancyRate: 0 } });
  });

  it("A8.3 the share is policy data: 50% of a worker's 5 records draws 3; only leads and admins, communities or grids", async () => {
    const values = clonePreset('community');
    values.verification!.recordCheck.share = 0.5;
    const policy = await t.ctx.db
      .insertInto('policies')
      .values({ region_id: t.fx.regions.c2.id, preset: 'community', values: JSON.stringify(values) })
      .returning('version')
      .executeTakeFirstOrThrow();
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/verification/yearly',
      payload: { regionId: t.fx.regions.c2.id, year: 2026, seed: 7 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ share: 0.5, policy: { regionId: t.fx.regions.c2.id, version: policy.version } });
    expect(res.json().groups).toEqual([
      { workerId: t.fx.users.worker2, workerName: 'worker2', gridIds: [t.fx.regions.c2g1.id], size: 5, drawn: 3 },
    ]);
    const yearly = (body: Record<string, unknown>, user: string) =>
      t.call(user, { method: 'POST', url: '/api/v1/verification/yearly', payload: body });
    expect((await yearly({ regionId: t.fx.regions.g1.id, year: 2026 }, 'station')).statusCode).toBe(403);
    expect((await yearly({ regionId: t.fx.regions.g1.id, year: 2026 }, 'worker1')).statusCode).toBe(403);
    expect((await yearly({ regionId: t.fx.regions.c2.id, year: 2026 }, 'lead')).statusCode).toBe(404);
    const workstation = await yearly({ regionId: t.fx.regions.w1.id, year: 2026 }, 'lead');
    expect(workstation.statusCode).toBe(400);
    expect(workstation.json().error.details).toMatchObject([{ field: 'body.regionId' }]);
    const future = await yearly({ regionId: t.fx.regions.g1.id, year: 2027 }, 'lead');
    expect(future.json().error.details).toMatchObject([{ field: 'body.year' }]);
  });
});
