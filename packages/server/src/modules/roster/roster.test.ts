import { VISIT_CLASS_LABELS, type VisitClass } from '@gridwork/core/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { insertRole } from '../users/users.repository';
import {
  addResidentOk,
  countRows,
  createHousehold,
  householdTestApp,
  idNumberFor,
  type HouseholdTestApp,
} from '../households/households.test-helpers';
import { HELP_SHEET, LISTS_SHEET, ROSTER_COLUMNS, ROSTER_SHEET, XLSX_MIME } from './roster-columns';
import { allCellText, downloadTemplate, fillRoster, importRoster, loadXlsx, type RowInput } from './roster.test-helpers';

const G1 = '110101001001001';
const G2 = '110101001001002';
const C2G1 = '110101001002001';

describe.each(DB_KINDS)('household roster on %s', (kind) => {
  let t: HouseholdTestApp;
  let template: Buffer;
  beforeAll(async () => {
    t = await householdTestApp(kind);
    template = await downloadTemplate(t, 'lead');
  });
  afterAll(() => t.close());

  /** A couple (the names differ between families of one grid: the same name and birth date there is someone already registered). */
  const family = (key: string, grid: string, seq: number, [head, spouse] = ['张建国', '李秀英']): RowInput[] => [
    {
      householdKey: key,
      gridCode: grid,
      address: `幸福路${seq}号`,
      housing: '租住',
      landlord: '王房东',
      name: head,
      sex: '男',
      birthDate: new Date(Date.UTC(1958, 2, 2)),
      idNumber: idNumberFor('1958-03-02', 'M', seq),
      phone: `1381234${String(seq).padStart(4, '0')}`,
      relation: '户主',
      tags: '空巢、低保',
      economicSituation: '退休金',
      skills: '木工',
    },
    {
      householdKey: key,
      name: spouse,
      sex: '女',
      birthDate: '1960-07-15',
      idNumber: idNumberFor('1960-07-15', 'F', seq),
      relation: '配偶',
      tags: 'empty-nest',
    },
  ];

  it('A11.1 the template: roster sheet with Chinese and English headers, drop-downs, an instructions sheet', async () => {
    const wb = await loadXlsx(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ROSTER_SHEET, HELP_SHEET, LISTS_SHEET]);
    const ws = wb.getWorksheet(ROSTER_SHEET)!;
    expect(ws.getRow(1).getCell(1).value).toBe('户编号*');
    expect(ws.getRow(2).getCell(1).value).toBe('household key');
    expect(ROSTER_COLUMNS.map((_, i) => String(ws.getRow(1).getCell(i + 1).value).replace('*', ''))).toEqual(
      ROSTER_COLUMNS.map((c) => c.zh),
    );
    expect(ws.getRow(1).getCell(1).note).toBeTruthy();
    const validated = Object.keys((ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model);
    const sexCol = ws.getColumn(ROSTER_COLUMNS.findIndex((c) => c.key === 'sex') + 1).letter;
    expect(validated).toContain(`${sexCol}3`);
    const lists = allCellText(wb);
    for (const text of ['男', '租住', '户主', '空巢', G1, G2]) expect(lists).toContain(text);
    expect(lists).not.toContain(C2G1);
    expect(allCellText(wb)).toContain('仅导入有效户');
    expect(ws.actualRowCount).toBe(2);
  });

  it('A11.1 round trip: template → filled → dry run → import; households and residents as the API shows them; audited', async () => {
    const file = await fillRoster(template, [
      ...family('H1', G1, 1),
      { householdKey: 'H2', gridCode: G2, address: '和平路8号', name: '赵敏', sex: 'F', birthDate: '1990/5/6', phone: '+86 139-0000-1111' },
    ]);
    const before = await countRows(t, 'households');
    const dry = await importRoster(t, 'lead', file, 'mode=all-or-nothing&dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      mode: 'all-or-nothing',
      dryRun: true,
      committed: false,
      rows: 3,
      households: { created: 2, rejected: 0 },
      residents: { created: 3, rejected: 0 },
      rejected: [],
    });
    expect(await countRows(t, 'households')).toBe(before);
    const res = await importRoster(t, 'lead', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, households: { created: 2 }, residents: { created: 3 }, rejected: [] });
    expect(await countRows(t, 'households')).toBe(before + 2);
    const list = (
      await t.call('lead', {
        method: 'GET',
        url: `/api/v1/households?gridId=${t.fx.regions.g1.id}&q=${encodeURIComponent(idNumberFor('1960-07-15', 'F', 1))}`,
      })
    ).json();
    expect(list.total).toBe(1);
    const detail = (await t.call('lead', { method: 'GET', url: `/api/v1/households/${list.items[0].id}` })).json();
    expect(detail).toMatchObject({ address: '幸福路1号', housing: 'rented', landlord: '王房东', visitClass: { visitClass: '2-general' } });
    expect(detail.members).toMatchObject([
      {
        name: '张建国',
        sex: 'M',
        birthDate: '1958-03-02',
        idNumber: `110***********${idNumberFor('1958-03-02', 'M', 1).slice(-4)}`,
        phone: '138****0001',
        relation: 'head',
        tags: ['empty-nest', 'low-income'],
        economicSituation: '退休金',
        skills: '木工',
      },
      { name: '李秀英', sex: 'F', relation: 'spouse', tags: ['empty-nest'], phone: null },
    ]);
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'request_id', 'after'])
      .where('action', 'in', ['roster.import', 'household.create', 'resident.create'])
      .where('actor_id', '=', t.fx.users.lead)
      .execute();
    const ofImport = audits.filter((a) => a.request_id === audits.find((x) => x.action === 'roster.import')!.request_id);
    expect(ofImport.map((a) => a.action).sort()).toEqual([
      'household.create',
      'household.create',
      'resident.create',
      'resident.create',
      'resident.create',
      'roster.import',
    ]);
    expect(JSON.stringify(ofImport)).not.toContain(idNumberFor('1958-03-02', 'M', 1));
    expect(JSON.stringify(ofImport)).not.toContain('13812340001');
  });

  it('C3 duplicate ID numbers within the file and against current residents are rejected, by row, without the number', async () => {
    const household = await createHousehold(t, 'worker1', 'g1');
    const taken = idNumberFor('1970-01-01', 'F', 9);
    await addResidentOk(t, 'worker1', household, { name: '已登记', sex: 'F', birthDate: '1970-01-01', idNumber: taken });
    const twice = idNumberFor('1980-02-02', 'M', 9);
    const file = await fillRoster(template, [
      { householdKey: 'A', gridCode: G1, address: '甲路1号', name: '甲', sex: '女', birthDate: '1970-01-01', idNumber: taken },
      { householdKey: 'B', gridCode: G1, address: '乙路1号', name: '乙', sex: '男', birthDate: '1980-02-02', idNumber: twice },
      {
        householdKey: 'C',
        gridCode: G1,
        address: '丙路1号',
        name: '丙',
        sex: '男',
        birthDate: '1980-02-02',
        idNumber: twice.toLowerCase(),
      },
      { householdKey: 'D', gridCode: G1, address: '丁路1号', name: '丁', sex: '男', birthDate: '1981-01-01' },
    ]);
    const res = await importRoster(t, 'worker1', file, 'mode=valid-only');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rejected).toEqual([
      { row: 3, column: '身份证号', problem: 'duplicate', message: expect.stringContaining('already registered') },
      { row: 4, column: '身份证号', problem: 'duplicate-in-file', message: 'the same ID number is also on row 5' },
      { row: 5, column: '身份证号', problem: 'duplicate-in-file', message: 'the same ID number is also on row 4' },
    ]);
    expect(res.json()).toMatchObject({ committed: true, households: { created: 1, rejected: 3 }, residents: { created: 1, rejected: 3 } });
    for (const plain of [taken, twice]) expect(res.body).not.toContain(plain);
  });

  it('A1.1 scope: worker2 importing into g1 gets every row rejected and nothing written; read-only roles 403; 401 first', async () => {
    const file = await fillRoster(template, [
      ...family('W', G1, 20, ['王建军', '刘桂兰']),
      { householdKey: 'X', gridCode: G2, address: '和平路9号', name: '钱', sex: '男', birthDate: '1990-01-01' },
    ]);
    const before = await countRows(t, 'residents');
    for (const mode of ['all-or-nothing', 'valid-only']) {
      const res = await importRoster(t, 'worker2', file, `mode=${mode}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ committed: false, households: { created: 0, rejected: 2 }, residents: { created: 0, rejected: 3 } });
      // row 4 (the second member, grid left blank) has no problem of its own: valid-only names it as part of a rejected household
      expect(new Set(body.rejected.map((p: { row: number }) => p.row))).toEqual(new Set(mode === 'valid-only' ? [3, 4, 5] : [3, 5]));
      expect(body.rejected.filter((p: { problem: string }) => p.problem === 'unknown-grid').map((p: { row: number }) => p.row)).toEqual([
        3, 5,
      ]);
    }
    expect(await countRows(t, 'residents')).toBe(before);
    expect((await importRoster(t, 'hotline', file)).statusCode).toBe(403);
    expect((await importRoster(t, 'supervisor', file)).json().error.code).toBe('FORBIDDEN');
    expect(
      (await t.call(null, { method: 'POST', url: '/api/v1/roster/import', headers: { 'content-type': XLSX_MIME }, payload: file }))
        .statusCode,
    ).toBe(401);
    // worker1 may register in g1 only: the g2 row is rejected, the g1 household is written in valid-only mode
    const own = await importRoster(t, 'worker1', file, 'mode=valid-only');
    expect(own.json()).toMatchObject({
      committed: true,
      households: { created: 1, rejected: 1 },
      rejected: [{ row: 5, column: '网格编码', problem: 'unknown-grid' }],
    });
  });

  it('A11.1 a grid seen through a read-only role is not one to register in: forbidden-grid', async () => {
    await t.ctx.db.transaction().execute((trx) => insertRole(trx, t.fx.users.townworker, 'supervisor', t.fx.regions.street.id));
    t.ctx.invalidateActors();
    const file = await fillRoster(template, [
      { householdKey: 'own', gridCode: '110101101001001', address: '青山路1号', name: '孙', sex: '男', birthDate: '1990-01-01' },
      { householdKey: 'seen', gridCode: G1, address: '幸福路99号', name: '周', sex: '女', birthDate: '1991-01-01' },
    ]);
    const res = await importRoster(t, 'townworker', file, 'mode=valid-only&dryRun=true');
    expect(res.json()).toMatchObject({
      households: { created: 1, rejected: 1 },
      rejected: [{ row: 4, column: '网格编码', problem: 'forbidden-grid' }],
    });
  });

  it('an Idempotency-Key makes a retried upload return the first report and create nothing more', async () => {
    const file = await fillRoster(template, [
      { householdKey: 'K', gridCode: G1, address: '重试路1号', name: '无证件', sex: '男', birthDate: '1977-07-07' },
    ]);
    const headers = { 'content-type': XLSX_MIME, 'idempotency-key': 'roster-retry-1' };
    const first = await t.call('lead', { method: 'POST', url: '/api/v1/roster/import?mode=valid-only', headers, payload: file });
    expect(first.json()).toMatchObject({ committed: true, households: { created: 1 } });
    const households = await countRows(t, 'households');
    const again = await t.call('lead', { method: 'POST', url: '/api/v1/roster/import?mode=valid-only', headers, payload: file });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await countRows(t, 'households')).toBe(households);
    const other = await t.call('lead', { method: 'POST', url: '/api/v1/roster/import?mode=all-or-nothing', headers, payload: file });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('the upload: wrong content type 415, not an xlsx 400, missing columns 400, larger than 1 MiB accepted up to 20 MiB', async () => {
    const url = '/api/v1/roster/import';
    const json = await t.call('lead', { method: 'POST', url, payload: { rows: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const csv = await t.call('lead', { method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(csv.statusCode).toBe(415);
    const big = Buffer.alloc(2 * 1024 * 1024, 1);
    const garbage = await importRoster(t, 'lead', big);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.code).toBe('ROSTER_NOT_XLSX');
    const tooBig = await importRoster(t, 'lead', Buffer.alloc(21 * 1024 * 1024, 1));
    expect(tooBig.statusCode).toBe(413);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '性别']);
    const layout = await importRoster(t, 'lead', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(layout.statusCode).toBe(400);
    expect(layout.json().error).toMatchObject({ code: 'ROSTER_LAYOUT_INVALID' });
    expect(layout.json().error.details.map((d: { column: string }) => d.column)).toEqual(['户编号', '网格编码', '地址', '出生日期']);
    const empty = await importRoster(t, 'lead', template);
    expect(empty.json().error.code).toBe('ROSTER_EMPTY');
    const badMode = await importRoster(t, 'lead', template, 'mode=some');
    expect(badMode.statusCode).toBe(400);
  });

  it('C3 D10 exports are masked and audited; the roster export re-imports with masked cells ignored (warnings)', async () => {
    const plainIds = [idNumberFor('1958-03-02', 'M', 30), idNumberFor('1960-07-15', 'F', 30)];
    const file = await fillRoster(template, family('E', G2, 30, ['陈国强', '杨秀兰']));
    expect((await importRoster(t, 'lead', file)).json().committed).toBe(true);
    const res = await t.call('lead', { method: 'GET', url: `/api/v1/roster/export?regionId=${t.fx.regions.g2.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const wb = await loadXlsx(res.rawPayload);
    const ws = wb.getWorksheet(ROSTER_SHEET)!;
    const text = allCellText(wb);
    for (const plain of [...plainIds, '13812340030']) expect(text).not.toContain(plain);
    expect(text).toContain('138****0030');
    const g2Residents = await t.ctx.db
      .selectFrom('residents as r')
      .innerJoin('households as h', 'h.id', 'r.household_id')
      .select('r.id')
      .where('h.grid_id', '=', t.fx.regions.g2.id)
      .where('r.status', '=', 'current')
      .execute();
    expect(ws.actualRowCount - 2).toBe(g2Residents.length);
    const row = (n: number) => ROSTER_COLUMNS.map((_, i) => ws.getRow(n).getCell(i + 1).value);
    const exported = [...Array(ws.actualRowCount - 2).keys()]
      .map((i) => row(3 + i))
      .find((r) => r[ROSTER_COLUMNS.findIndex((c) => c.key === 'phone')] === '138****0030')!;
    expect(exported).toEqual(expect.arrayContaining([G2, '幸福路30号', '租住', '陈国强', '男', '1958-03-02', '户主', '空巢、低保']));
    const audit = await t.ctx.db.selectFrom('audit_log').select(['after']).where('action', '=', 'roster.export').execute();
    expect(audit.at(-1)!.after).toMatchObject({ rows: g2Residents.length, masked: true });
    const again = await importRoster(t, 'lead', res.rawPayload, 'dryRun=true');
    expect(again.json()).toMatchObject({ rejected: [], residents: { created: g2Residents.length } });
    expect(again.json().warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: '身份证号', problem: 'masked-ignored' }),
        expect.objectContaining({ column: '联系电话', problem: 'masked-ignored' }),
      ]),
    );
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/roster/export?regionId=${t.fx.regions.g2.id}` })).statusCode).toBe(404);
    expect((await t.call('hotline', { method: 'GET', url: '/api/v1/roster/export' })).statusCode).toBe(403);
  });

  it('C3 the households export: the list filters, one row per household, masked, audited', async () => {
    const res = await t.call('lead', { method: 'GET', url: `/api/v1/households/export?format=xlsx&gridId=${t.fx.regions.g2.id}` });
    expect(res.statusCode, res.body).toBe(200);
    const ws = (await loadXlsx(res.rawPayload)).getWorksheet('户列表')!;
    const list = (await t.call('lead', { method: 'GET', url: `/api/v1/households?gridId=${t.fx.regions.g2.id}&limit=200` })).json();
    expect(ws.actualRowCount - 1).toBe(list.total);
    const ids = [...Array(list.total).keys()].map((i) => ws.getRow(2 + i).getCell(1).value);
    expect(ids).toEqual(list.items.map((h: { id: number }) => `H${h.id}`));
    const byQ = await t.call('lead', { method: 'GET', url: `/api/v1/households/export?q=${encodeURIComponent('幸福路30号')}` });
    const rows = (await loadXlsx(byQ.rawPayload)).getWorksheet('户列表')!;
    expect(rows.actualRowCount).toBe(2);
    expect(rows.getRow(2).getCell(10).value).toBe('陈国强、杨秀兰');
    // the class as the household's profile names it, never a code (one source: core VISIT_CLASS_LABELS)
    const profile = await t.call('lead', { method: 'GET', url: `/api/v1/households/${String(rows.getRow(2).getCell(1).value).slice(1)}` });
    expect(rows.getRow(1).getCell(11).value).toBe('走访类别');
    expect(rows.getRow(2).getCell(11).value).toBe(VISIT_CLASS_LABELS[profile.json().visitClass.visitClass as VisitClass].zh);
    expect(allCellText(await loadXlsx(byQ.rawPayload))).not.toContain(idNumberFor('1958-03-02', 'M', 30));
    const audit = await t.ctx.db.selectFrom('audit_log').select(['after']).where('action', '=', 'household.export').execute();
    expect(audit).toHaveLength(2);
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/households/export?gridId=${t.fx.regions.g2.id}` })).statusCode).toBe(
      404,
    );
    expect((await t.call('hotline', { method: 'GET', url: '/api/v1/households/export' })).statusCode).toBe(403);
  });

  it('check order: a region or grid outside the scope is 404 even when the rest of the query is invalid (400 only in scope)', async () => {
    const g2 = t.fx.regions.g2.id;
    for (const url of [`/api/v1/roster/export?regionId=${g2}&extra=1`, `/api/v1/households/export?gridId=${g2}&sort=phone`]) {
      const outside = await t.call('worker2', { method: 'GET', url });
      expect(outside.statusCode, `${url} ${outside.body}`).toBe(404);
      const inside = await t.call('lead', { method: 'GET', url });
      expect(inside.statusCode, url).toBe(400);
      expect(inside.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.call(null, { method: 'GET', url: `/api/v1/roster/export?regionId=${g2}` })).statusCode).toBe(401);
  });
});
