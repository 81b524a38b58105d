import { paceOf } from '@gridwork/core/obligations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { auditRows, pct, xlsxDownload } from '../../testing/xlsx-export';
import { addResidentOk, createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
type Row = {
  label: string;
  households: number;
  required: number;
  done: number;
  met: number;
  due: number;
  atRisk: number;
  overdue: number;
  rate: number;
};
const PACE = { behind: '落后', 'at-risk': '临期', 'on-track': '正常', empty: '无住户' } as const;
/** A JSON row as the sheet prints it, the pace as the page's pace column derives it (core paceOf). */
const cells = (r: Row) => [r.label, r.households, r.required, r.done, r.met, r.due, r.atRisk, r.overdue, pct(r.rate), PACE[paceOf(r)]];
const HEADERS = ['户数', '应走访', '已走访', '已达标', '待走访', '临期', '逾期', '达标率', '进度'];

describe.each(DB_KINDS)('visit compliance export on %s', (kind) => {
  let t: HouseholdTestApp;
  beforeAll(async () => {
    t = await householdTestApp(kind, '2026-12-20T02:00:00Z');
    const household = async (user: string, grid: string, address: string, birthDate: string) => {
      const id = await createHousehold(t, user, grid, { address });
      await addResidentOk(t, user, id, { name: '王秘密', sex: 'F', birthDate });
      return id;
    };
    const old = await household('worker1', 'g1', '幸福路 1号', '1950-01-20');
    await household('worker1', 'g1', '幸福路 2号', '1990-04-04');
    const other = await household('worker2', 'c2g1', '和平路 9号', '1951-07-07');
    for (const [user, id] of [
      ['worker1', old],
      ['worker2', other],
    ] as const) {
      const res = await t.call(user, {
        method: 'POST',
        url: '/api/v1/visits',
        payload: { householdId: id, startedAt: '2026-12-05T09:00:00+08:00', endedAt: '2026-12-05T09:30:00+08:00', type: 'routine' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => t.close());

  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });

  it('A7.2 C3 the compliance as xlsx: by grid, worker and class as the JSON route on the same date, no resident, audited', async () => {
    const street = t.fx.regions.street.id;
    const res = await get('officer', `/api/v1/visits/compliance/export?regionId=${street}&date=2026-12-10`);
    const sheets = await xlsxDownload(res, '走访统计-测试街道-2026-12-10.xlsx');
    expect(Object.keys(sheets)).toEqual(['按网格', '按网格员', '按类别']);
    for (const [groupBy, sheet, header] of [
      ['grid', '按网格', '网格'],
      ['worker', '按网格员', '网格员'],
      ['class', '按类别', '户类别'],
    ] as const) {
      const report = (await get('officer', `/api/v1/visits/compliance?regionId=${street}&date=2026-12-10&groupBy=${groupBy}`)).json();
      const [head, ...rows] = sheets[sheet];
      expect(head).toEqual([header, ...HEADERS]);
      expect(rows).toEqual([...report.rows.map(cells), cells(report.total)]);
      expect(rows.at(-1)?.slice(0, 2)).toEqual(['合计', 3]);
    }
    expect(sheets.按网格.slice(1, 4).map((r) => [r[0], r[1], r[9]])).toEqual([
      ['一社区第一网格', 2, expect.any(String)],
      ['一社区第二网格', 0, '无住户'],
      ['二社区第一网格', 1, '正常'],
    ]);
    const text = JSON.stringify(sheets);
    for (const secret of ['王秘密', '幸福路', '和平路']) expect(text).not.toContain(secret);
    const audit = await auditRows(t, 'compliance.export');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: t.fx.users.officer, entity: 'region', entity_id: String(street) });
    expect(json(audit[0].after)).toMatchObject({ query: { regionId: street, date: '2026-12-10' } });
  });

  it('A7.2 C3 scope as the JSON route: another street 404, a role without household reading 403, a worker only their grid', async () => {
    const before = (await auditRows(t, 'compliance.export')).length;
    const c1 = t.fx.regions.c1.id;
    for (const path of ['/api/v1/visits/compliance', '/api/v1/visits/compliance/export']) {
      expect((await get('townofficer', `${path}?regionId=${c1}`)).statusCode).toBe(404);
      expect((await get('lead', `${path}?regionId=${t.fx.regions.c2.id}`)).statusCode).toBe(404);
      expect((await get('hotline', `${path}?regionId=${t.fx.regions.street.id}`)).statusCode).toBe(403);
      expect((await get('lead', `${path}?regionId=${c1}&date=2026-02-30`)).statusCode).toBe(400);
    }
    expect((await get('lead', `/api/v1/visits/compliance/export?regionId=${c1}&groupBy=grid`)).statusCode).toBe(400);
    expect((await get(null, '/api/v1/visits/compliance/export')).statusCode).toBe(401);
    expect(await auditRows(t, 'compliance.export')).toHaveLength(before);
    const own = await xlsxDownload(
      await get('worker2', '/api/v1/visits/compliance/export?date=2026-12-10'),
      '走访统计-二社区第一网格-2026-12-10.xlsx',
    );
    expect(own.按网格.slice(1)).toEqual([
      ['二社区第一网格', 1, 1, 1, 1, 0, 0, 0, '100%', '正常'],
      ['合计', 1, 1, 1, 1, 0, 0, 0, '100%', '正常'],
    ]);
  });
});
