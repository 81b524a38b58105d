/**
 * Concentrated rounds over HTTP (C2.2, C7.1, D6) on the fixture town (town → tc1 → tg1), with clocks
 * set on the real 2026 calendar: National Day Oct 1-7 is off, Saturday Oct 10 is an adjusted working day.
 * Tests run with TZ=UTC; every instant is written with its Asia/Shanghai offset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { insertRole, insertUser } from '../users/users.repository';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

const OCTOBER_WORKING_DAYS = ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15'];

describe.each(DB_KINDS)('concentrated rounds on %s', (kind) => {
  let t: HouseholdTestApp;
  let tg1: number;
  let users: Record<string, number>;
  const h: number[] = [];
  let reportId: number;
  let visitWithCase: number;

  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });
  const post = (user: string | null, url: string, payload: Record<string, unknown>) => t.call(user, { method: 'POST', url, payload });
  const visit = async (user: string, householdId: number, start: string, minutes: number, extra: Record<string, unknown> = {}) => {
    const startedAt = `${start}:00+08:00`;
    const endedAt = new Date(new Date(startedAt).getTime() + minutes * 60_000).toISOString();
    const res = await post(user, '/api/v1/visits', { householdId, startedAt, endedAt, type: 'round', ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const progress = async (user: string, query: string) => {
    const res = await get(user, `/api/v1/rounds/progress?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const report = async (user = 'townworker') => (await get(user, `/api/v1/rounds/reports/${reportId}`)).json();
  const fields = (res: { json(): { error: { details: Array<{ field: string }> } } }) => res.json().error.details.map((d) => d.field);

  beforeAll(async () => {
    t = await householdTestApp(kind, '2026-10-05T10:00:00+08:00');
    tg1 = t.fx.regions.tg1.id;
    // The community head of tc1 and a grid leader of tg1 (the fixture has neither).
    const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
    users = await t.ctx.db.transaction().execute(async (trx) => {
      const tlead = await insertUser(trx, { username: 'tlead', displayName: '社区负责人', passwordHash, isDemo: false }, new Date());
      await insertRole(trx, tlead, 'community-lead', t.fx.regions.tc1.id);
      const tleader = await insertUser(trx, { username: 'tleader', displayName: '网格长', passwordHash, isDemo: false }, new Date());
      await insertRole(trx, tleader, 'grid-leader', tg1);
      return { tlead, tleader };
    });
    for (let i = 1; i <= 4; i++) h.push(await createHousehold(t, 'townworker', 'tg1', { address: `镇一网格 幸福路${i}号` }));
    t.setNow('2026-10-09T18:00:00+08:00');
    // townworker: 9:00-10:30 and 10:00-11:00 on the 8th overlap (2 hours merged); 1 hour on the 9th.
    visitWithCase = await visit('townworker', h[0], '2026-10-08T09:00', 90, { findings: '楼道堆放杂物', needs: '清理楼道' });
    await visit('townworker', h[1], '2026-10-08T10:00', 60);
    await visit('townworker', h[2], '2026-10-09T09:00', 60);
    await visit('tleader', h[0], '2026-10-08T14:00', 180, { type: 'call' }); // a call never counts (D5)
    const c = await post('townworker', '/api/v1/cases', {
      title: '楼道消防隐患',
      description: '走访发现楼道堆放杂物',
      category: 'safety-hazard',
      caseClass: 'general',
      source: 'field',
      gridId: tg1,
      visitId: visitWithCase,
    });
    expect(c.statusCode, c.body).toBe(201);
  });
  afterAll(() => t.close());

  it('C7.1 D6 progress per member and working day: overlaps merged, calls left out, the holiday week skipped', async () => {
    const body = await progress('townworker', `gridId=${tg1}&month=2026-10`);
    expect(body).toMatchObject({ month: '2026-10', asOf: '2026-10-09' });
    const [g] = body.grids;
    expect(g).toMatchObject({
      gridId: tg1,
      gridName: '镇一网格',
      window: { start: '2026-10-01', end: '2026-10-15' },
      workingDays: OCTOBER_WORKING_DAYS,
      workingDaysSoFar: 2,
      minHours: 2,
      report: { due: '2026-10-15T23:59:59.999+08:00', id: null, status: null, submittedAt: null, onTime: null },
      round: {
        window: { start: '2026-10-01', end: '2026-10-15' },
        total: 4,
        reached: 3,
        notReached: [{ householdId: h[3], address: '镇一网格 幸福路4号' }],
      },
    });
    const worker = g.members.find((m: { userId: number }) => m.userId === t.fx.users.townworker);
    const leader = g.members.find((m: { userId: number }) => m.userId === users.tleader);
    expect(worker).toMatchObject({ visits: 3, hours: 3, daysMet: 1, daysMissed: 0, workingDays: 7, workingDaysSoFar: 2 });
    expect(worker.days.slice(0, 2)).toEqual([
      { date: '2026-10-08', hours: 2, met: true, status: 'met' },
      { date: '2026-10-09', hours: 1, met: false, status: 'at-risk' },
    ]);
    expect(leader).toMatchObject({ displayName: '网格长', visits: 0, hours: 0, daysMet: 0, daysMissed: 1 });
    expect(g.status).toBe('behind'); // the grid leader missed the 8th
    expect(g.abilities).toEqual({ createReport: true, prepare: true, acknowledge: false });
  });

  it('C7.1 D6 the adjusted working Saturday counts, and working days follow the calendar store (an override removes a day)', async () => {
    t.setNow('2026-10-10T18:00:00+08:00');
    await visit('townworker', h[2], '2026-10-10T09:00', 120);
    let g = (await progress('townofficer', `regionId=${t.fx.regions.tc1.id}&month=2026-10`)).grids;
    expect(g.map((x: { gridId: number }) => x.gridId)).toEqual([tg1]);
    const worker = g[0].members.find((m: { userId: number }) => m.userId === t.fx.users.townworker);
    expect(worker.days[2]).toEqual({ date: '2026-10-10', hours: 2, met: true, status: 'met' });
    const put = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/calendar/overrides/2026-10-12',
      payload: { kind: 'holiday', note: '测试调整' },
    });
    expect(put.statusCode, put.body).toBe(200);
    g = (await progress('townofficer', `regionId=${t.fx.regions.town.id}&month=2026-10`)).grids;
    expect(g[0].workingDays).toEqual(OCTOBER_WORKING_DAYS.filter((d) => d !== '2026-10-12'));
    expect((await t.call('admin', { method: 'DELETE', url: '/api/v1/calendar/overrides/2026-10-12' })).statusCode).toBe(204);
  });

  it('C7.1 D6 other months have visiting days but no round and no report', async () => {
    const [g] = (await progress('townworker', `gridId=${tg1}&month=2026-11`)).grids;
    expect(g).toMatchObject({
      round: null,
      report: null,
      workingDaysSoFar: 0,
      status: 'on-track',
      deadline: '2026-11-15T23:59:59.999+08:00',
    });
    expect(g.workingDays).toHaveLength(10);
  });

  it('C2.2 a draft report generated from the records: members, households not reached, problems with cases', async () => {
    // … one per grid and month
    expect((await post('townworker', '/api/v1/rounds/reports', { gridId: tg1, month: '2026-11' })).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.month', problem: 'not-a-round-month' }],
    });
    expect((await post('townofficer', '/api/v1/rounds/reports', { gridId: tg1, month: '2026-10' })).statusCode).toBe(403);
    expect((await post('tlead', '/api/v1/rounds/reports', { gridId: tg1, month: '2026-10' })).statusCode).toBe(403);
    const res = await post('townworker', '/api/v1/rounds/reports', { gridId: tg1, month: '2026-10' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    reportId = r.id;
    expect(r).toMatchObject({
      gridId: tg1,
      gridName: '镇一网格',
      month: '2026-10',
      status: 'draft',
      version: 1,
      due: '2026-10-15T23:59:59.999+08:00',
      createdBy: { id: t.fx.users.townworker },
      submittedAt: null,
      allowedActions: ['refresh', 'submit'],
      abilities: { refresh: true, submit: true, acknowledge: false },
    });
    expect(r.figures).toMatchObject({
      households: { total: 4, reached: 3 },
      notReached: [{ householdId: h[3], address: '镇一网格 幸福路4号', reason: null }],
      workingDays: 7,
    });
    expect(r.figures.members.find((m: { userId: number }) => m.userId === t.fx.users.townworker)).toMatchObject({
      visits: 4,
      hours: 5,
      daysMet: 2,
    });
    expect(r.figures.problems).toEqual([
      expect.objectContaining({
        visitId: visitWithCase,
        householdId: h[0],
        date: '2026-10-08',
        findings: '楼道堆放杂物',
        needs: '清理楼道',
        cases: [expect.objectContaining({ title: '楼道消防隐患', category: 'safety-hazard' })],
      }),
    ]);
    const again = await post('tleader', '/api/v1/rounds/reports', { gridId: tg1, month: '2026-10' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ALREADY_EXISTS', details: { id: reportId } });
    const [g] = (await progress('townworker', `gridId=${tg1}&month=2026-10`)).grids;
    expect(g.report).toMatchObject({ id: reportId, status: 'draft' });
    expect(g.abilities).toEqual({ createReport: false, prepare: true, acknowledge: false });
    expect((await progress('tlead', `gridId=${tg1}&month=2026-10`)).grids[0].abilities).toEqual({
      createReport: false,
      prepare: false,
      acknowledge: true,
    });
  });

  it('C2.2 submit needs a summary and a reason for every household not reached (400 naming them)', async () => {
    // … refresh re-generates a draft
    const missing = await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, { expectedVersion: 1, summary: '十月集中走访' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.notReached', problem: 'reason-missing', householdId: h[3] }),
    ]);
    expect(
      fields(
        await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, {
          expectedVersion: 1,
          summary: '  ',
          notReached: [{ householdId: h[3], reason: '外出' }],
        }),
      ),
    ).toEqual(['body.summary']);
    expect(
      fields(
        await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, {
          expectedVersion: 1,
          summary: '总结',
          notReached: [
            { householdId: h[0], reason: '无' },
            { householdId: h[3], reason: '外出' },
          ],
        }),
      ),
    ).toEqual(['body.notReached.0.householdId']);
    // A new household and a visit to h4: the refreshed figures follow the records.
    t.setNow('2026-10-12T18:00:00+08:00');
    h.push(await createHousehold(t, 'townworker', 'tg1', { address: '镇一网格 幸福路5号' }));
    await visit('tleader', h[3], '2026-10-12T09:00', 120);
    expect((await post('townworker', `/api/v1/rounds/reports/${reportId}/refresh`, { expectedVersion: 2 })).json().error.code).toBe(
      'VERSION_CONFLICT',
    );
    expect((await post('tlead', `/api/v1/rounds/reports/${reportId}/refresh`, { expectedVersion: 1 })).statusCode).toBe(403);
    const refreshed = await post('tleader', `/api/v1/rounds/reports/${reportId}/refresh`, { expectedVersion: 1 });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json()).toMatchObject({
      version: 2,
      status: 'draft',
      figures: { households: { total: 5, reached: 4 }, notReached: [{ householdId: h[4], reason: null }] },
    });
  });

  it('C2.2 version conflicts, roles, then submission by the grid team with the reasons kept', async () => {
    const body = { summary: '十月集中走访完成，发现楼道隐患一处', notReached: [{ householdId: h[4], reason: ' 新登记住户，尚未入户 ' }] };
    expect(
      (await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, { ...body, expectedVersion: 1 })).json().error,
    ).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    expect((await post('tlead', `/api/v1/rounds/reports/${reportId}/submit`, { ...body, expectedVersion: 2 })).statusCode).toBe(403);
    t.setNow('2026-10-15T17:00:00+08:00');
    const res = await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, { ...body, expectedVersion: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      version: 3,
      summary: body.summary,
      submittedBy: { id: t.fx.users.townworker },
      submittedAt: '2026-10-15T17:00:00.000+08:00',
      figures: { notReached: [{ householdId: h[4], reason: '新登记住户，尚未入户' }] },
      abilities: { refresh: false, submit: false, acknowledge: false },
    });
    const late = await post('townworker', `/api/v1/rounds/reports/${reportId}/refresh`, { expectedVersion: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { status: 'submitted', allowed: ['acknowledge'] } });
    const [g] = (await progress('townworker', `gridId=${tg1}&month=2026-10`)).grids;
    expect(g.report).toMatchObject({ status: 'submitted', submittedAt: '2026-10-15T17:00:00.000+08:00', onTime: true });
  });

  it('C2.2 D6 the community head acknowledges; town officers and the team may not; every change is audited', async () => {
    expect((await report('tlead')).abilities).toEqual({ refresh: false, submit: false, acknowledge: true });
    expect((await post('townworker', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 3 })).statusCode).toBe(403);
    expect((await post('townofficer', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 3 })).statusCode).toBe(403);
    expect((await post('tlead', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 2 })).json().error.code).toBe(
      'VERSION_CONFLICT',
    );
    t.setNow('2026-10-16T09:00:00+08:00');
    const res = await post('tlead', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 3, note: '已阅，请跟进隐患整改' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'acknowledged',
      version: 4,
      acknowledgedBy: { id: users.tlead, displayName: '社区负责人' },
      note: '已阅，请跟进隐患整改',
      allowedActions: [],
    });
    expect((await post('tlead', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 4 })).json().error.code).toBe(
      'ACTION_NOT_ALLOWED',
    );
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'region_id'])
      .where('entity', '=', 'round-report')
      .where('entity_id', '=', String(reportId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'round-report.create',
      'round-report.refresh',
      'round-report.submit',
      'round-report.acknowledge',
    ]);
    expect(audit.every((a) => a.region_id === tg1)).toBe(true);
    const list = await get('townofficer', `/api/v1/rounds/reports?regionId=${t.fx.regions.tc1.id}&month=2026-10`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual([[reportId, 'acknowledged']]);
    expect((await get('townofficer', `/api/v1/rounds/reports?regionId=${t.fx.regions.tc1.id}&month=2027-01`)).json().items).toEqual([]);
    // Everything met except the grid leader's missed days: past the deadline the month stays overdue.
    expect((await progress('tlead', `gridId=${tg1}&month=2026-10`)).grids[0]).toMatchObject({
      status: 'overdue',
      report: { status: 'acknowledged' },
    });
  });

  it('D6 the community preset has no rounds: 422 POLICY_INCOMPLETE', async () => {
    for (const res of [
      await get('worker1', `/api/v1/rounds/progress?gridId=${t.fx.regions.g1.id}&month=2026-10`),
      await get('lead', `/api/v1/rounds/progress?regionId=${t.fx.regions.c1.id}`),
      await post('worker1', '/api/v1/rounds/reports', { gridId: t.fx.regions.g1.id, month: '2026-10' }),
      await get('lead', `/api/v1/rounds/reports?regionId=${t.fx.regions.c1.id}`),
    ]) {
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toMatchObject({
        code: 'POLICY_INCOMPLETE',
        details: [{ field: 'policy.visits.obligations.visiting-hours' }],
      });
    }
  });

  it('C2.2 scope: outside it every read and change is 404 (before 400); 401 without a session; bad queries 400', async () => {
    expect((await get('worker1', `/api/v1/rounds/reports/${reportId}`)).statusCode).toBe(404);
    expect((await get('townworker', '/api/v1/rounds/reports/999999')).statusCode).toBe(404);
    expect((await post('worker1', `/api/v1/rounds/reports/${reportId}/acknowledge`, { expectedVersion: 'x' })).statusCode).toBe(404);
    expect((await post('worker1', '/api/v1/rounds/reports', { gridId: tg1, month: 'bad' })).statusCode).toBe(404);
    expect((await get('worker1', `/api/v1/rounds/progress?gridId=${tg1}`)).statusCode).toBe(404);
    expect((await get('worker1', `/api/v1/rounds/reports?regionId=${t.fx.regions.tc1.id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/v1/rounds/progress?gridId=${tg1}`)).statusCode).toBe(401);
    expect((await get('hotline', `/api/v1/rounds/progress?gridId=${t.fx.regions.g1.id}`)).statusCode).toBe(403);
    expect(fields(await get('townworker', `/api/v1/rounds/progress?gridId=${tg1}&month=2026-13`))).toEqual(['querystring.month']);
    expect((await get('townworker', `/api/v1/rounds/progress?month=2026-10`)).statusCode).toBe(400);
    expect(fields(await get('townofficer', `/api/v1/rounds/progress?gridId=${t.fx.regions.tc1.id}`))).toEqual(['querystring.gridId']);
    expect((await post('townworker', `/api/v1/rounds/reports/${reportId}/submit`, { expectedVersion: 4 })).statusCode).toBe(400);
  });
});
