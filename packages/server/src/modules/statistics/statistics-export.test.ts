import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditRows, pct, xlsxDownload } from '../../testing/xlsx-export';

const now = new Date('2026-11-20T09:00:00+08:00');
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
type Row = {
  label: string;
  received: number;
  closed: number;
  decided: number;
  onTime: number;
  onTimeRate: number | null;
  avgHandlingDays: number | null;
  satisfaction: { satisfied: number; basicallySatisfied: number; unsatisfied: number; rate: number | null };
  overdueOpen: number;
};
const cells = (label: string, r: Row) => [
  label,
  r.received,
  r.closed,
  r.decided,
  r.onTime,
  pct(r.onTimeRate),
  r.avgHandlingDays ?? '',
  r.satisfaction.satisfied,
  r.satisfaction.basicallySatisfied,
  r.satisfaction.unsatisfied,
  pct(r.satisfaction.rate),
  r.overdueOpen,
];

describe.each(DB_KINDS)('case statistics export on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    const file = async (user: string, grid: string, category: string, receivedAt: string) => {
      const res = await t.call(user, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          title: '统计导出',
          description: '测试',
          category,
          caseClass: 'general',
          source: 'hotline',
          gridId: t.fx.regions[grid].id,
          receivedAt,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await file('hotline', 'g1', 'dispute', '2026-11-02T09:00:00+08:00'); // overdue open by 11-20
    await file('hotline', 'g2', 'sanitation', '2026-11-18T09:00:00+08:00');
    await file('hotline', 'c2g1', 'dispute', '2026-11-19T09:00:00+08:00');
    await file('admin', 'tg1', 'dispute', '2026-11-10T09:00:00+08:00'); // the town's
  });
  afterAll(() => t.close());

  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });
  const range = 'from=2026-11-01&to=2026-11-30';

  it('C3 the statistics as xlsx: the JSON rows of the grouping and the total, Chinese headers, audited', async () => {
    const street = t.fx.regions.street.id;
    for (const [groupBy, header, title] of [
      ['region', '区域', '案件统计-测试街道-按区域-2026-11-01至2026-11-30.xlsx'],
      ['category', '问题类别', '案件统计-测试街道-按类别-2026-11-01至2026-11-30.xlsx'],
    ] as const) {
      const query = `regionId=${street}&${range}&groupBy=${groupBy}`;
      const stats = (await get('supervisor', `/api/v1/statistics/cases?${query}`)).json();
      const sheets = await xlsxDownload(await get('supervisor', `/api/v1/statistics/cases/export?${query}`), title);
      const [head, ...rows] = sheets.案件统计;
      expect(head).toEqual([
        header,
        '受理',
        '办结',
        '已定时限',
        '按期办结',
        '按期率',
        '平均办理天数',
        '满意',
        '基本满意',
        '不满意',
        '满意率',
        '在办超期',
      ]);
      expect(rows).toEqual([...stats.rows.map((r: Row) => cells(r.label, r)), cells('合计（测试街道）', stats.total)]);
      expect(rows.at(-1)?.slice(0, 2)).toEqual(['合计（测试街道）', 3]);
    }
    const byRegion = (
      await xlsxDownload(
        await get('supervisor', `/api/v1/statistics/cases/export?regionId=${street}&${range}&groupBy=region`),
        '案件统计-测试街道-按区域-2026-11-01至2026-11-30.xlsx',
      )
    ).案件统计;
    expect(byRegion.slice(1, 3).map((r) => [r[0], r[1], r[11]])).toEqual([
      ['一社区', 2, 1],
      ['二社区', 1, 0],
    ]);
    const audit = await auditRows(t, 'statistics.export');
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ actor_id: t.fx.users.supervisor, entity: 'region', entity_id: String(street) });
    expect(json(audit[0].after)).toEqual({ rows: 3, query: { regionId: street, from: '2026-11-01', to: '2026-11-30', groupBy: 'region' } });
  });

  it('C3 scope and checks as the JSON route: another street 404, the town officer only the town, a bad range 400 unaudited', async () => {
    const before = (await auditRows(t, 'statistics.export')).length;
    const street = t.fx.regions.street.id;
    for (const path of ['/api/v1/statistics/cases', '/api/v1/statistics/cases/export'])
      expect((await get('townofficer', `${path}?regionId=${street}&${range}&groupBy=month`)).statusCode).toBe(404);
    expect(
      (await get('supervisor', `/api/v1/statistics/cases/export?regionId=${street}&from=2026-11-30&to=2026-11-01&groupBy=month`))
        .statusCode,
    ).toBe(400);
    expect((await get('supervisor', `/api/v1/statistics/cases/export?regionId=${street}&${range}&groupBy=street`)).statusCode).toBe(400);
    expect((await get(null, `/api/v1/statistics/cases/export?${range}&groupBy=month`)).statusCode).toBe(401);
    expect(await auditRows(t, 'statistics.export')).toHaveLength(before);
    const town = (
      await xlsxDownload(
        await get('townofficer', `/api/v1/statistics/cases/export?${range}&groupBy=month`),
        '案件统计-测试镇-按月-2026-11-01至2026-11-30.xlsx',
      )
    ).案件统计;
    expect(town.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2026-11', 1],
      ['合计（测试镇）', 1],
    ]);
  });
});
