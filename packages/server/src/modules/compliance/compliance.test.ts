import { VISIT_CLASS_LABELS, VISIT_CLASSES } from '@gridwork/core/households';
import { PRESETS } from '@gridwork/core/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { addResidentOk, createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

type Status = {
  visitClass: string;
  status: string;
  required: number;
  done: number;
  remaining: number;
  period: unknown;
  suggestedNext: string | null;
  rule: string;
};

/** Tests run with TZ=UTC; instants are written with their Asia/Shanghai offset. D1 is a Sunday, D2 a Wednesday. */
const D1 = '2026-12-27';
const D2 = '2026-12-02';

describe.each(DB_KINDS)('visit due list and compliance on %s', (kind) => {
  let t: HouseholdTestApp;
  const h: Record<string, number> = {};
  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });
  const ok = async (user: string, url: string) => {
    const res = await get(user, url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const place = async (type: 'compound' | 'building', parentId: number, code: string, name: string) => {
    const res = await t.call('lead', { method: 'POST', url: '/api/v1/regions', payload: { type, parentId, code, name } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const household = async (
    user: string,
    grid: string,
    address: string,
    members: Array<{ birthDate: string; tags?: string[] }>,
    extra: Record<string, unknown> = {},
  ) => {
    const id = await createHousehold(t, user, grid, { address, ...extra });
    for (const [i, m] of members.entries()) await addResidentOk(t, user, id, { name: `居民${i}`, sex: 'F', ...m });
    return id;
  };
  const visit = async (user: string, householdId: number, startedAt: string, type = 'routine', minutes = 30, visitors?: number[]) => {
    const endedAt = new Date(new Date(startedAt).getTime() + minutes * 60_000).toISOString();
    const res = await t.call(user, {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId, startedAt, endedAt, type, ...(visitors ? { visitors } : {}) },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const statusOf = async (user: string, id: number, date: string): Promise<Status> =>
    ok(user, `/api/v1/households/${id}/visit-status?date=${date}`);

  beforeAll(async () => {
    t = await householdTestApp(kind, '2027-01-25T02:00:00Z');
    const g1 = t.fx.regions.g1.id;
    const a = await place('compound', g1, '110101001001001P01', '幸福小区');
    const b = await place('compound', g1, '110101001001001P02', '阳光小区');
    const a2 = await place('building', a, '110101001001001P03', '2号楼');
    const a10 = await place('building', a, '110101001001001P04', '10号楼');
    h.key = await household('worker1', 'g1', '10号楼 1单元 101', [{ birthDate: '1975-02-02', tags: ['bedridden'] }], {
      compoundId: a,
      buildingId: a10,
    });
    h.key2 = await household('worker1', 'g1', '阳光小区 1号', [{ birthDate: '1980-03-03', tags: ['seriously-ill'] }], { compoundId: b });
    h.old = await household('worker1', 'g1', '2号楼 3单元 301', [{ birthDate: '1950-01-20' }], { compoundId: a, buildingId: a2 });
    h.old2 = await household('worker1', 'g1', '2号楼 1单元 101', [{ birthDate: '1951-07-07' }, { birthDate: '1985-01-01' }], {
      compoundId: a,
      buildingId: a2,
    });
    h.special = await household('worker1', 'g1', '阳光小区 5号', [{ birthDate: '1948-08-08', tags: ['empty-nest'] }], { compoundId: b });
    h.three = await household('worker1', 'g1', '幸福路 12号', [{ birthDate: '1990-04-04', tags: ['salaried'] }]);
    h.three2 = await household('worker1', 'g1', '幸福路 2号', [{ birthDate: '1992-05-05' }]);
    h.cross = await household('worker1', 'g1', '幸福路 7号', [{ birthDate: '1966-12-15' }]);
    h.call = await household('worker1', 'g1', '10号楼 2单元 202', [{ birthDate: '1955-09-09' }], { compoundId: a, buildingId: a10 });
    h.override = await household('worker1', 'g1', '2号楼 2单元 201', [{ birthDate: '1994-06-06' }], { compoundId: a, buildingId: a2 });
    const patched = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/households/${h.override}`,
      payload: { expectedVersion: 1, visitClassOverride: { visitClass: '2-general', reason: '家中失业' } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    h.c2 = await household('worker2', 'c2g1', '二社区 8号', [{ birthDate: '1940-01-01' }]);
    await visit('worker1', h.key, '2026-12-22T10:00:00+08:00');
    await visit('worker1', h.key, '2026-12-29T10:00:00+08:00');
    await visit('worker1', h.old, '2026-12-05T09:00:00+08:00');
    await visit('worker1', h.special, '2026-12-03T09:00:00+08:00');
    await visit('worker1', h.special, '2026-12-03T15:00:00+08:00');
    await visit('worker1', h.three, '2026-10-15T09:00:00+08:00');
    await visit('worker1', h.three, '2026-11-20T09:00:00+08:00');
    await visit('worker1', h.three2, '2026-12-01T09:00:00+08:00');
    await visit('worker1', h.cross, '2026-12-01T10:00:00+08:00');
    await visit('worker1', h.call, '2026-12-10T10:00:00+08:00', 'call');
    await visit('worker1', h.override, '2026-12-08T10:00:00+08:00');
    await visit('worker2', h.c2, '2026-12-09T10:00:00+08:00');
  });
  afterAll(() => t.close());

  it('A7.2 D5 one code path: every due-list item agrees with GET /households/:id/visit-status', async () => {
    // … the 60-year line, calls only, an override
    for (const date of ['2026-12-14', '2026-12-15', D1, '2026-12-31', D2]) {
      const { items } = await ok('worker1', `/api/v1/visits/due?date=${date}&includeMet=true`);
      expect(items.map((i: { householdId: number }) => i.householdId).sort()).toEqual(
        Object.entries(h)
          .filter(([k]) => k !== 'c2')
          .map(([, id]) => id)
          .sort(),
      );
      for (const item of items) {
        const s = await statusOf('worker1', item.householdId, date);
        expect(item, `${item.address} ${date}`).toMatchObject({
          visitClass: s.visitClass,
          status: s.status,
          required: s.required,
          done: s.done,
          remaining: s.remaining,
          period: s.period,
          suggestedNext: s.suggestedNext,
          rule: s.rule,
        });
      }
    }
    expect(await statusOf('worker1', h.cross, '2026-12-14')).toMatchObject({
      visitClass: '3',
      period: { start: '2026-10-01' },
      required: 2,
      done: 1,
    });
    expect(await statusOf('worker1', h.cross, '2026-12-15')).toMatchObject({
      visitClass: '1-general',
      period: { start: '2026-12-01' },
      required: 1,
      done: 1,
      status: 'met',
    });
    expect(await statusOf('worker1', h.call, '2026-12-31')).toMatchObject({ visitClass: '1-general', done: 0, status: 'overdue' });
    expect(await statusOf('worker1', h.special, '2026-12-10')).toMatchObject({ visitClass: '1-special', done: 1, remaining: 1 });
  });

  it('A7.2 D5 due list buckets and walking order (compound, building, address in natural order: 2号楼 before 10号楼)', async () => {
    const all = await ok('worker1', `/api/v1/visits/due?date=${D1}&includeMet=true`);
    const order = all.items.map((i: { householdId: number; bucket: string }) => [i.householdId, i.bucket]);
    expect(order).toEqual([
      [h.key2, 'overdue'],
      [h.old2, 'today'],
      [h.override, 'today'],
      [h.call, 'today'],
      [h.special, 'today'],
      [h.three2, 'today'],
      [h.old, 'done'],
      [h.key, 'done'],
      [h.cross, 'done'],
      [h.three, 'done'],
    ]);
    const special = all.items.find((i: { householdId: number }) => i.householdId === h.special);
    expect(special).toMatchObject({
      address: '阳光小区 5号',
      gridId: t.fx.regions.g1.id,
      gridName: '一社区第一网格',
      compoundName: '阳光小区',
      buildingId: null,
      buildingName: null,
      visitClass: '1-special',
      reasons: ['age-60-plus', 'empty-nest'],
      status: 'at-risk',
      window: null,
      lastVisitAt: '2026-12-03T15:00:00.000+08:00',
    });
    expect(all.items.find((i: { householdId: number }) => i.householdId === h.override)).toMatchObject({
      visitClass: '2-general',
      reasons: [],
    });
    expect(all.items.find((i: { householdId: number }) => i.householdId === h.call).lastVisitAt).toBeNull();
    const open = await ok('worker1', `/api/v1/visits/due?date=${D1}`);
    expect(open.items.map((i: { bucket: string }) => i.bucket)).not.toContain('done');
    expect(open.items).toHaveLength(6);
    const wednesday = await ok('worker1', `/api/v1/visits/due?date=${D2}`);
    const buckets = Object.fromEntries(wednesday.items.map((i: { householdId: number; bucket: string }) => [i.householdId, i.bucket]));
    expect(buckets).toMatchObject({
      [h.key]: 'this-week',
      [h.key2]: 'this-week',
      [h.old]: 'later',
      [h.special]: 'later',
      [h.three2]: 'later',
    });
    expect(buckets[h.three]).toBeUndefined();
  });

  it('A7.2 due list scope: a worker sees only their grid; a gridId outside the scope is 404; above grids the scope', async () => {
    // … narrowed by gridId
    const mine = await ok('worker2', `/api/v1/visits/due?date=${D1}&includeMet=true`);
    expect(mine.items.map((i: { householdId: number }) => i.householdId)).toEqual([h.c2]);
    expect((await get('worker2', `/api/v1/visits/due?gridId=${t.fx.regions.g1.id}`)).statusCode).toBe(404);
    expect((await get('worker2', `/api/v1/visits/due?gridId=${t.fx.regions.g1.id}&date=bad`)).statusCode).toBe(404);
    const lead = await ok('lead', `/api/v1/visits/due?date=${D1}&includeMet=true`);
    expect(lead.items).toHaveLength(10);
    expect((await ok('lead', `/api/v1/visits/due?date=${D1}&gridId=${t.fx.regions.g2.id}`)).items).toEqual([]);
    const officer = await ok('officer', `/api/v1/visits/due?date=${D1}&includeMet=true&gridId=${t.fx.regions.c2g1.id}`);
    expect(officer.items.map((i: { householdId: number }) => i.householdId)).toEqual([h.c2]);
    const workstation = await get('lead', `/api/v1/visits/due?gridId=${t.fx.regions.w1.id}`);
    expect(workstation.statusCode).toBe(400);
    expect(workstation.json().error.details[0].field).toBe('querystring.gridId');
    expect((await get('hotline', '/api/v1/visits/due')).statusCode).toBe(403);
    expect((await get(null, '/api/v1/visits/due')).statusCode).toBe(401);
  });

  it('A7.2 D9 compliance by grid, worker and class: totals equal the per-household statuses', async () => {
    for (const date of [D1, '2026-12-31']) {
      const statuses = await Promise.all(Object.values(h).map(async (id) => statusOf('officer', id, date)));
      const tally = (list: Status[]) => ({
        households: list.length,
        required: list.reduce((s, x) => s + x.required, 0),
        done: list.reduce((s, x) => s + Math.min(x.done, x.required), 0),
        met: list.filter((x) => x.status === 'met').length,
        due: list.filter((x) => x.status === 'due').length,
        atRisk: list.filter((x) => x.status === 'at-risk').length,
        overdue: list.filter((x) => x.status === 'overdue').length,
      });
      const g1 = statuses.filter((_, i) => Object.keys(h)[i] !== 'c2');
      const c2 = statuses.filter((_, i) => Object.keys(h)[i] === 'c2');
      const street = t.fx.regions.street.id;
      const byGrid = await ok('officer', `/api/v1/visits/compliance?regionId=${street}&date=${date}&groupBy=grid`);
      expect(byGrid).toMatchObject({ date, regionId: street, groupBy: 'grid', total: tally(statuses) });
      expect(byGrid.rows.map((r: { key: string }) => r.key)).toEqual(
        [t.fx.regions.g1.id, t.fx.regions.g2.id, t.fx.regions.c2g1.id].map(String),
      );
      expect(byGrid.rows[0]).toMatchObject({ label: '一社区第一网格', ...tally(g1), rate: tally(g1).met / g1.length });
      expect(byGrid.rows[1]).toMatchObject({ households: 0, met: 0, rate: 1 });
      expect(byGrid.rows[2]).toMatchObject(tally(c2));
      const byWorker = await ok('officer', `/api/v1/visits/compliance?regionId=${street}&date=${date}&groupBy=worker`);
      expect(byWorker.rows).toEqual([
        { key: String(t.fx.users.worker1), label: 'worker1', ...tally(g1), rate: tally(g1).met / g1.length },
        { key: String(t.fx.users.worker2), label: 'worker2', ...tally(c2), rate: tally(c2).met / c2.length },
      ]);
      const byClass = await ok('officer', `/api/v1/visits/compliance?regionId=${street}&date=${date}&groupBy=class`);
      expect(byClass.rows.map((r: { key: string }) => r.key)).toEqual(['1-general', '1-special', '2-general', '2-key', '3']);
      for (const row of byClass.rows) expect(row, row.key).toMatchObject(tally(statuses.filter((s) => s.visitClass === row.key)));
      // the class names of the profile and the household list (core VISIT_CLASS_LABELS)
      expect(byClass.rows.map((r: { label: string }) => r.label)).toEqual(VISIT_CLASSES.map((c) => VISIT_CLASS_LABELS[c].zh));
      const lead = await ok('lead', `/api/v1/visits/compliance?date=${date}`);
      expect(lead).toMatchObject({ regionId: t.fx.regions.c1.id, total: tally(g1) });
    }
  });

  it('A7.2 compliance: bad query values are 400 naming the field; a region outside the scope is 404 first; other roles 403', async () => {
    const c1 = t.fx.regions.c1.id;
    const cases: Array<[string, string]> = [
      [`regionId=${c1}&date=2026-02-30`, 'querystring.date'],
      [`regionId=${c1}&date=20261201`, 'querystring.date'],
      [`regionId=${c1}&groupBy=street`, 'querystring.groupBy'],
      [`regionId=abc`, 'querystring.regionId'],
    ];
    for (const [query, field] of cases) {
      const res = await get('lead', `/api/v1/visits/compliance?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().error.details.map((d: { field: string }) => d.field),
        query,
      ).toContain(field);
    }
    expect((await get('lead', `/api/v1/visits/compliance?regionId=${t.fx.regions.c2.id}&groupBy=street`)).statusCode).toBe(404);
    expect((await get('worker1', `/api/v1/visits/compliance?regionId=${t.fx.regions.w1.id}`)).statusCode).toBe(404);
    expect((await get('hotline', `/api/v1/visits/compliance?regionId=${t.fx.regions.street.id}`)).statusCode).toBe(403);
  });

  it('C2.2 D6 township: every class owes the quarterly round; a visit on the 16th of the quarter first month does not count', async () => {
    const late = await household('townworker', 'tg1', '镇一网格 1号', [{ birthDate: '1950-01-01', tags: ['bedridden'] }]);
    const inWindow = await household('townworker', 'tg1', '镇一网格 2号', [{ birthDate: '1990-01-01' }]);
    await visit('townworker', late, '2027-01-16T09:00:00+08:00');
    await visit('townworker', inWindow, '2027-01-15T16:00:00+08:00');
    const due = await ok('townworker', '/api/v1/visits/due?date=2027-01-20&includeMet=true');
    expect(due.items).toEqual([
      expect.objectContaining({
        householdId: late,
        visitClass: '2-key',
        rule: 'C2.2',
        period: { start: '2027-01-01', end: '2027-03-31' },
        window: { start: '2027-01-01', end: '2027-01-15' },
        required: 1,
        done: 0,
        status: 'overdue',
        bucket: 'overdue',
      }),
      expect.objectContaining({ householdId: inWindow, visitClass: '3', rule: 'C2.2', done: 1, status: 'met', bucket: 'done' }),
    ]);
    expect(await statusOf('townworker', late, '2027-01-20')).toMatchObject({ rule: 'C2.2', status: 'overdue', done: 0 });
    expect(await statusOf('townworker', late, '2027-01-10')).toMatchObject({ status: 'due', suggestedNext: '2027-01-13' });
    const report = await ok('townofficer', `/api/v1/visits/compliance?regionId=${t.fx.regions.town.id}&date=2027-01-20&groupBy=class`);
    expect(report.total).toMatchObject({ households: 2, required: 2, done: 1, met: 1, overdue: 1, rate: 0.5 });
    expect(report.rows.find((r: { key: string }) => r.key === '2-key')).toMatchObject({ households: 1, overdue: 1 });
  });

  it('D5 a policy that lets calls count (inPersonOnly off) counts the call-only household, in every view alike', async () => {
    const values = { ...PRESETS.community, visits: { ...PRESETS.community.visits!, inPersonOnly: { value: false, rule: 'D5' } } };
    await t.ctx.db
      .insertInto('policies')
      .values({
        region_id: t.fx.regions.street.id,
        preset: 'community',
        values: JSON.stringify(values),
        created_at: new Date('2020-01-01T00:00:00Z'),
      })
      .execute();
    expect(await statusOf('worker1', h.call, '2026-12-31')).toMatchObject({ done: 1, status: 'met' });
    expect(await statusOf('worker1', h.old2, '2026-12-31')).toMatchObject({ done: 0, status: 'overdue' });
    const { items } = await ok('worker1', '/api/v1/visits/due?date=2026-12-31&includeMet=true');
    expect(items.find((i: { householdId: number }) => i.householdId === h.call)).toMatchObject({ done: 1, status: 'met', bucket: 'done' });
    const report = await ok('lead', '/api/v1/visits/compliance?date=2026-12-31&groupBy=class');
    const statuses = await Promise.all(
      Object.entries(h)
        .filter(([k]) => k !== 'c2')
        .map(([, id]) => statusOf('lead', id, '2026-12-31')),
    );
    expect(report.total).toMatchObject({ households: statuses.length, met: statuses.filter((s) => s.status === 'met').length });
  });
});
