import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Issue 11 item 8: the desk's case search (keyword, category, region, intake dates, row count), in scope. */
describe.each(DB_KINDS)('case search on %s', (kind) => {
  let t: TestApp;
  const ids: Record<string, number> = {};
  const intake = async (key: string, grid: string, extra: Record<string, unknown>) => {
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '一般事项',
        description: '情况说明',
        category: 'sanitation',
        caseClass: 'general',
        source: 'hotline',
        gridId: t.fx.regions[grid].id,
        ...extra,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
  };
  const search = async (user: string, query: string) => {
    const res = await t.call(user, { method: 'GET', url: `/api/v1/cases?withTotal=true&${query}` });
    expect(res.statusCode, res.body).toBe(200);
    const found: number[] = res.json().map((c: { id: number }) => c.id);
    return { found: found.sort((a, b) => a - b), total: Number(res.headers['x-total-count']) };
  };
  const only = (...keys: string[]) => keys.map((k) => ids[k]).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => new Date('2026-11-20T09:00:00+08:00') });
    await intake('lamp', 'g1', { title: '路灯不亮', receivedAt: '2026-11-02T10:00:00+08:00', address: '幸福路12号' });
    await intake('trash', 'g2', {
      description: '垃圾桶满溢 100%_full',
      receivedAt: '2026-11-09T23:30:00+08:00',
      reporter: { name: '张秘密', phone: '13912345678', confidential: true },
    });
    await intake('dispute', 'c2g1', {
      category: 'dispute',
      title: '邻里纠纷',
      address: '和平街5号',
      receivedAt: '2026-11-10T00:10:00+08:00',
    });
  });
  afterAll(() => t.close());

  it('the keyword finds title, description, address and the case number', async () => {
    expect((await search('hotline', 'q=路灯')).found).toEqual(only('lamp'));
    expect((await search('hotline', `q=${encodeURIComponent('满溢')}`)).found).toEqual(only('trash'));
    expect((await search('hotline', `q=${encodeURIComponent('和平街')}`)).found).toEqual(only('dispute'));
    expect((await search('hotline', `q=${encodeURIComponent(`#${ids.dispute}`)}`)).found).toEqual(only('dispute'));
    expect((await search('hotline', `q=${ids.lamp}`)).found).toContain(ids.lamp);
  });

  it('A9.4 D10 the sealed reporter (name, phone) is never searched', async () => {
    expect((await search('supervisor', `q=${encodeURIComponent('张秘密')}`)).found).toEqual([]);
    expect((await search('supervisor', 'q=13912345678')).found).toEqual([]);
    expect((await search('supervisor', 'q=5678')).found).toEqual([]);
  });

  it('LIKE wildcards in the keyword are plain characters', async () => {
    expect((await search('hotline', `q=${encodeURIComponent('%_f')}`)).found).toEqual(only('trash'));
    expect((await search('hotline', `q=${encodeURIComponent('_')}`)).found).toEqual(only('trash'));
  });

  it('filters by category, by a region with its sub-regions, and by intake dates (Asia/Shanghai days)', async () => {
    expect((await search('hotline', 'category=dispute')).found).toEqual(only('dispute'));
    expect((await search('hotline', `regionId=${t.fx.regions.c1.id}`)).found).toEqual(only('lamp', 'trash'));
    expect((await search('hotline', `regionId=${t.fx.regions.w1.id}`)).found).toEqual(only('lamp', 'trash'));
    expect((await search('hotline', `regionId=${t.fx.regions.c2.id}`)).found).toEqual(only('dispute'));
    expect((await search('hotline', 'from=2026-11-09&to=2026-11-09')).found).toEqual(only('trash'));
    expect((await search('hotline', 'from=2026-11-10')).found).toEqual(only('dispute'));
    expect((await search('hotline', 'to=2026-11-08')).found).toEqual(only('lamp'));
  });

  it('X-Total-Count counts every match, not only the page', async () => {
    const page = await search('hotline', 'limit=1');
    expect(page.found).toHaveLength(1);
    expect(page.total).toBe(3);
    expect((await search('hotline', 'category=sanitation&limit=1')).total).toBe(2);
    const plain = await t.call('hotline', { method: 'GET', url: '/api/v1/cases' });
    expect(plain.headers['x-total-count']).toBeUndefined();
  });

  it("stays inside the caller's scope; a region outside it is 404", async () => {
    expect((await search('worker2', `q=${encodeURIComponent('说明')}`)).found).toEqual(only('dispute'));
    expect((await search('worker2', 'category=sanitation')).total).toBe(0);
    const outside = await t.call('worker2', { method: 'GET', url: `/api/v1/cases?regionId=${t.fx.regions.c1.id}` });
    expect(outside.statusCode).toBe(404);
  });

  it('malformed filters are 400 VALIDATION_FAILED naming the field, never 500', async () => {
    const bad = [
      ['from=2026-02-30', 'querystring.from'],
      ['to=2026-13-01', 'querystring.to'],
      ['from=0000-01-01', 'querystring.from'],
      ['to=9999-12-31', 'querystring.to'],
      ['from=2026-11-10&to=2026-11-09', 'querystring.to'],
      ['from=yesterday', 'from'],
      ['regionId=abc', 'regionId'],
      ['category=Not%20A%20Code', 'category'],
      [`q=${'长'.repeat(101)}`, 'q'],
    ];
    for (const [query, field] of bad) {
      const res = await t.call('hotline', { method: 'GET', url: `/api/v1/cases?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.json().error.details), query).toContain(field);
    }
  });

  it('C3 D10 the export is the filtered list as xlsx with Chinese headers, reporters masked, and audited', async () => {
    await intake('named', 'g1', { title: '噪音扰民', reporter: { name: '欧阳明', phone: '13800001234' } });
    const res = await t.call('supervisor', { method: 'GET', url: `/api/v1/cases/export?regionId=${t.fx.regions.c1.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = wb.worksheets[0].getSheetValues().slice(1) as unknown[][];
    expect(rows[0].slice(1, 4)).toEqual(['案件编号', '标题', '类别']);
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect([...byId.keys()].sort()).toEqual(only('lamp', 'trash', 'named'));
    const text = JSON.stringify(rows);
    expect(text).not.toContain('张秘密');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('欧阳明');
    expect(text).not.toContain('13800001234');
    expect(byId.get(ids.named)?.slice(12, 14)).toEqual(['欧**', '138****1234']);
    expect(byId.get(ids.trash)?.slice(12, 14)).toEqual(['（保密）', '***********']);
    expect(byId.get(ids.lamp)?.[6]).toBe('幸福路12号');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'case.export').execute();
    expect(audit).toHaveLength(1);
    const bad = await t.call('supervisor', { method: 'GET', url: '/api/v1/cases/export?from=2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/cases/export?regionId=${t.fx.regions.c1.id}` })).statusCode).toBe(404);
  });
});
