import { VISIT_CLASS_LABELS, VISIT_CLASSES } from '@gridwork/core/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { auditRows, pct, xlsxDownload } from '../../testing/xlsx-export';
import { answers, drawOk, expectNoSecrets, verificationTestApp, type VerificationTestApp } from './verification.test-helpers';

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
type Counts = {
  tasks: number;
  done: number;
  withDiscrepancy: number;
  discrepancyRate: number | null;
  discrepancies: number;
  followUps: number;
};
const cells = (label: string, c: Counts) => [
  label,
  c.tasks,
  c.done,
  c.withDiscrepancy,
  pct(c.discrepancyRate),
  c.discrepancies,
  c.followUps,
];
const HEADERS = ['任务', '已核查', '有差错户', '差错率', '差错项', '待跟进'];

describe.each(DB_KINDS)('verification summary export on %s', (kind) => {
  let t: VerificationTestApp;
  beforeAll(async () => {
    t = await verificationTestApp(kind);
    for (let i = 0; i < 2; i++) await t.register('g1', 'elderly');
    for (let i = 0; i < 3; i++) await t.register('g2', 'elderly');
    const draw = await drawOk(t, 'lead', { regionId: t.fx.regions.c1.id, quarter: '2026-Q4', seed: 'export' });
    const task = draw.tasks.find((x: { gridId: number }) => x.gridId === t.fx.regions.g1.id);
    const detail = (await t.call('lead', { method: 'GET', url: `/api/v1/verification/tasks/${task.id}` })).json();
    const res = await t.call('lead', {
      method: 'POST',
      url: `/api/v1/verification/tasks/${task.id}/result`,
      payload: {
        expectedVersion: detail.version,
        checkedAt: '2026-11-27T10:05:00+08:00',
        fields: answers(detail.form, { 'household.address': { outcome: 'corrected', correctedValue: '幸福路（核实后）' } }),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => t.close());

  const get = (user: string | null, url: string) => t.call(user, { method: 'GET', url });

  it('A8.2 C3 the summary as xlsx: by grid and by class as the JSON route, the total last, no household, audited', async () => {
    const c1 = t.fx.regions.c1.id;
    const query = `regionId=${c1}&quarter=2026-Q4`;
    const summary = (await get('lead', `/api/v1/verification/summary?${query}`)).json();
    const res = await get('lead', `/api/v1/verification/summary/export?${query}`);
    const sheets = await xlsxDownload(res, '核验汇总-一社区-2026-Q4季度抽查.xlsx');
    expectNoSecrets(t, JSON.stringify(sheets));
    expect(JSON.stringify(sheets)).not.toContain('幸福路');
    const total = cells('合计（一社区）', summary.total);
    expect(sheets.按网格).toEqual([['网格', ...HEADERS], ...summary.grids.map((g: Counts & { name: string }) => cells(g.name, g)), total]);
    expect(sheets.按类别).toEqual([
      ['户类别', ...HEADERS],
      ...VISIT_CLASSES.map((c) => cells(VISIT_CLASS_LABELS[c].zh, summary.byClass[c])),
      total,
    ]);
    expect(sheets.按网格[1]).toEqual(['一社区第一网格', 1, 1, 1, '100%', 1, 0]);
    expect(total.slice(1, 5)).toEqual([3, 1, 1, '100%']);
    const audit = await auditRows(t, 'verification.export');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: t.fx.users.lead, entity: 'region', entity_id: String(c1) });
    expect(json(audit[0].after)).toEqual({ rows: 9, query: { regionId: c1, quarter: '2026-Q4' } });
  });

  it('A8.2 C3 scope and checks as the JSON route: another street 404, no period 400, nothing audited', async () => {
    const c1 = t.fx.regions.c1.id;
    for (const path of ['/api/v1/verification/summary', '/api/v1/verification/summary/export']) {
      expect((await get('townofficer', `${path}?regionId=${c1}&quarter=2026-Q4`)).statusCode).toBe(404);
      expect((await get('lead', `${path}?regionId=${t.fx.regions.c2.id}&quarter=2026-Q4`)).statusCode).toBe(404);
      expect((await get('lead', `${path}?regionId=${c1}`)).statusCode).toBe(400);
      expect((await get('lead', `${path}?regionId=${c1}&quarter=2026-Q4&year=2026`)).statusCode).toBe(400);
    }
    expect((await get(null, `/api/v1/verification/summary/export?regionId=${c1}&quarter=2026-Q4`)).statusCode).toBe(401);
    expect(await auditRows(t, 'verification.export')).toHaveLength(1);
    const town = await xlsxDownload(
      await get('townofficer', `/api/v1/verification/summary/export?regionId=${t.fx.regions.town.id}&year=2026`),
      '核验汇总-测试镇-2026年度核查.xlsx',
    );
    expect(town.按网格.slice(1)).toEqual([
      ['镇一网格', 0, 0, 0, '', 0, 0],
      ['合计（测试镇）', 0, 0, 0, '', 0, 0],
    ]);
  });
});
