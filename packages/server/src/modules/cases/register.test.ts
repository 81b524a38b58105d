import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

let now = new Date('2026-11-02T09:00:00+08:00');

describe.each(DB_KINDS)('A3.3 archive register on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    now = new Date('2026-11-02T09:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  async function closedCase(title: string, details: string): Promise<number> {
    now = new Date('2026-11-02T07:00:00+08:00');
    const c = (
      await t.call('worker1', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          title,
          description: '描述',
          category: 'sanitation',
          caseClass: 'general',
          source: 'field',
          gridId: t.fx.regions.g1.id,
          reporter: { name: '李四', phone: '13900001111' },
        },
      })
    ).json();
    now = new Date('2026-11-02T09:00:00+08:00');
    let v = c.version;
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['leader', 'accept', {}],
      ['leader', 'start', {}],
      ['leader', 'respond', { details: '已处理' }],
      ['worker1', 'feedback', { satisfaction: 'satisfied' }],
      ['lead', 'verify', {}],
      ['lead', 'close', { handlingUnit: '一社区工作站', handler: '刘洋', completedAt: '2026-11-02T08:30:00+08:00', details }],
    ];
    for (const [user, action, payload] of steps) {
      const res = await t.call(user, {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/actions/${action}`,
        payload: { expectedVersion: v, ...payload },
      });
      expect(res.statusCode, `${action} ${res.body}`).toBe(200);
      v = res.json().version;
    }
    return c.id;
  }

  it('A3.3 closed cases are registered with unit, handler, completion time and details; searchable; xlsx export', async () => {
    const a = await closedCase('垃圾清运不及时', '协调物业每日清运');
    const b = await closedCase('绿化带杂草', '安排保洁清除杂草');
    now = new Date('2026-11-02T09:00:00+08:00');
    const all = (await t.call('lead', { method: 'GET', url: '/api/v1/cases/register' })).json();
    expect(all.map((e: { id: number }) => e.id).sort()).toEqual([a, b].sort());
    expect(all[0]).toMatchObject({ handlingUnit: '一社区工作站', handler: '刘洋', completedAt: '2026-11-02T08:30:00.000+08:00' });
    const found = (await t.call('lead', { method: 'GET', url: '/api/v1/cases/register?q=杂草' })).json();
    expect(found.map((e: { id: number }) => e.id)).toEqual([b]);
    expect((await t.call('worker2', { method: 'GET', url: '/api/v1/cases/register' })).json()).toEqual([]);
    const xlsx = await t.call('lead', { method: 'GET', url: '/api/v1/cases/register?format=xlsx' });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('办结登记')!;
    expect(ws.getRow(1).getCell(1).value).toBe('案件编号');
    expect(ws.rowCount).toBe(3);
    const text = JSON.stringify(ws.getSheetValues());
    expect(text).toContain('协调物业每日清运');
    expect(text).not.toContain('13900001111');
    expect(text).not.toContain('李四');
  });
});
