import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { auditRows, xlsxDownload } from '../../testing/xlsx-export';

const now = new Date('2026-11-02T09:00:00+08:00');
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

describe.each(DB_KINDS)('supervision board export on %s', (kind) => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    const file = async (name: string, user: string, gridId: number, receivedAt: string) => {
      const res = await t.call(user, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          title: `噪音${name}`,
          description: '夜间施工',
          category: 'dispute',
          caseClass: 'general',
          source: 'hotline',
          gridId,
          receivedAt,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    await file('yellow', 'hotline', t.fx.regions.g1.id, '2026-10-26T10:00:00+08:00'); // due 11-02: yellow now
    await file('red', 'hotline', t.fx.regions.g2.id, '2026-10-20T10:00:00+08:00'); // due 10-27: red
    await file('green', 'hotline', t.fx.regions.c2g1.id, '2026-11-02T08:00:00+08:00');
    await file('town', 'admin', t.fx.regions.tg1.id, '2026-10-20T10:00:00+08:00'); // the town's, red
  });
  afterAll(() => t.close());

  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });

  it('C8 C3 the board as xlsx: child regions and urgent cases as in the JSON board, Chinese headers, audited', async () => {
    const street = t.fx.regions.street.id;
    const board = (await get('supervisor', `/api/v1/supervision/board?regionId=${street}`)).json();
    const sheets = await xlsxDownload(
      await get('supervisor', `/api/v1/supervision/board/export?regionId=${street}`),
      '督办看板-测试街道.xlsx',
    );
    expect(Object.keys(sheets)).toEqual(['下级区域', '黄红灯案件']);
    const [head, ...children] = sheets.下级区域;
    expect(head).toEqual(['区域', '在办', '黄灯', '红灯']);
    expect(children).toEqual([
      ...board.children.map((c: { name: string; open: number; yellow: number; red: number }) => [c.name, c.open, c.yellow, c.red]),
      ['合计（测试街道）', 3, 1, 1],
    ]);
    const [caseHead, ...cases] = sheets.黄红灯案件;
    expect(caseHead).toEqual(['案件编号', '标题', '网格', '状态', '期限', '亮灯', '问题类型', '层级', '承办单位']);
    expect(cases.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      [ids.red, '噪音red', '一社区第二网格', '已登记', board.cases[0].deadline, '红灯', '一般问题'],
      [ids.yellow, '噪音yellow', '一社区第一网格', '已登记', board.cases[1].deadline, '黄灯', '一般问题'],
    ]);
    const audit = await auditRows(t, 'supervision.export');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: t.fx.users.supervisor, entity: 'region', entity_id: String(street), region_id: street });
    expect(json(audit[0].after)).toEqual({ rows: 5, query: { regionId: street } });
  });

  it('C8 scope as the JSON board: another street is 404 for both; the town officer exports only the town', async () => {
    const before = (await auditRows(t, 'supervision.export')).length;
    const street = t.fx.regions.street.id;
    expect((await get('townofficer', `/api/v1/supervision/board?regionId=${street}`)).statusCode).toBe(404);
    expect((await get('townofficer', `/api/v1/supervision/board/export?regionId=${street}`)).statusCode).toBe(404);
    expect((await get('worker2', `/api/v1/supervision/board/export?regionId=${t.fx.regions.c1.id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/v1/supervision/board/export?regionId=${street}`)).statusCode).toBe(401);
    expect((await get('supervisor', '/api/v1/supervision/board/export?regionId=abc')).statusCode).toBe(400);
    expect((await get('supervisor', '/api/v1/supervision/board/export')).statusCode).toBe(400);
    expect(await auditRows(t, 'supervision.export')).toHaveLength(before);
    const town = await xlsxDownload(
      await get('townofficer', `/api/v1/supervision/board/export?regionId=${t.fx.regions.town.id}`),
      '督办看板-测试镇.xlsx',
    );
    expect(town.黄红灯案件.slice(1).map((r) => r[0])).toEqual([ids.town]);
    expect(town.下级区域.slice(1)).toEqual([
      ['镇一社区', 1, 0, 1],
      ['合计（测试镇）', 1, 0, 1],
    ]);
  });
});
