import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { watchLoop } from '../../testing/loop-watch';
import { countRows, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';
import { readRoster } from './roster-read';
import { downloadTemplate, fillRoster, importRoster } from './roster.test-helpers';
import { deflatedRepeat, SHEET_HEAD, SHEET_TAIL, workbookParts, zipOf } from './xlsx-bombs.test-helpers';

/** Rows in the row bomb, and the bounds asserted while bombs are parsed (environment variables may change them). */
const BOMB_ROWS = Number(process.env.GRIDWORK_BOMB_ROWS ?? 2_000_000);
/** Parsing on the event loop blocked it for 20 s; 500 ms leaves room for a busy 2-core machine's scheduling. */
const MAX_LOOP_DELAY_MS = Number(process.env.GRIDWORK_BOMB_MAX_LOOP_DELAY_MS ?? 500);
const MAX_RSS_GROWTH_MB = Number(process.env.GRIDWORK_BOMB_MAX_RSS_GROWTH_MB ?? 400);

const cellRow = '<row><c t="n"><v>1</v></c></row>';

/** The bombs of issue 8 item 4, each with the answer it must get. */
async function buildBombs(): Promise<Array<{ what: string; file: Buffer; status: number; code: string }>> {
  const rows = await deflatedRepeat(SHEET_HEAD, cellRow, BOMB_ROWS, SHEET_TAIL);
  const strings = await deflatedRepeat(
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<si><t>a</t></si>',
    600_000,
    '</sst>',
  );
  const sheet = `${SHEET_HEAD}${cellRow}${SHEET_TAIL}`;
  return [
    { what: `${BOMB_ROWS} rows`, file: zipOf(workbookParts(rows)), status: 400, code: 'ROSTER_TOO_MANY_ROWS' },
    {
      what: 'huge sharedStrings',
      file: zipOf(workbookParts(sheet, [{ name: 'xl/sharedStrings.xml', data: strings }])),
      status: 413,
      code: 'ROSTER_TOO_LARGE',
    },
    {
      what: 'a size that lies',
      file: zipOf(workbookParts(rows).map((e) => (e.name.includes('sheet1') ? { ...e, declaredSize: 4096 } : e))),
      status: 400,
      code: 'ROSTER_NOT_XLSX',
    },
    {
      what: 'a merged whole sheet',
      file: zipOf(
        workbookParts(`${SHEET_HEAD}${cellRow}</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`),
      ),
      status: 413,
      code: 'ROSTER_TOO_LARGE',
    },
    { what: 'encrypted', file: zipOf(workbookParts(sheet).map((e) => ({ ...e, flags: 1 }))), status: 400, code: 'ROSTER_NOT_XLSX' },
  ];
}

describe('security: the roster parse worker is ended at its limits, the server goes on', () => {
  it('over its time limit or its heap limit: 413 ROSTER_TOO_LARGE naming the limit; the next parse works', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRows([
      ['姓名', '性别'],
      ['张', '男'],
    ]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(readRoster(file, { heapMb: 512, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'time' },
    });
    await expect(readRoster(file, { heapMb: 4, timeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'memory' },
    });
    // the file itself is readable: its sheet lacks the roster's columns
    await expect(readRoster(file)).rejects.toMatchObject({ code: 'ROSTER_LAYOUT_INVALID' });
  });
});

describe.each(DB_KINDS)('security: roster upload bombs on %s (issue 8 item 4)', (kind) => {
  let t: HouseholdTestApp;
  let bombs: Awaited<ReturnType<typeof buildBombs>>;
  const counts = async () => ({
    households: await countRows(t, 'households'),
    residents: await countRows(t, 'residents'),
    audit: await countRows(t, 'audit_log'),
  });
  beforeAll(async () => {
    t = await householdTestApp(kind);
    bombs = await buildBombs();
    await t.token('lead'); // signing in hashes a password: not part of what is measured
  });
  afterAll(() => t.close());

  it('five bombs at once, then three row bombs at once: each its clear 4xx, an unblocked event loop, bounded memory', async () => {
    // … nothing written
    for (const b of bombs) expect(b.file.length, b.what).toBeLessThan(600 * 1024);
    const before = await counts();
    const { result, maxDelayMs, rssGrowthMb } = await watchLoop(async () => {
      const one = await Promise.all(bombs.map((b) => importRoster(t, 'lead', b.file)));
      const three = await Promise.all([0, 1, 2].map(() => importRoster(t, 'lead', bombs[0].file)));
      return { one, three };
    });
    console.log(
      `[upload bombs ${kind}] ${bombs.length} bombs at once, then 3: event loop max delay ${maxDelayMs.toFixed(0)} ms, RSS ` +
        `+${rssGrowthMb.toFixed(0)} MB`,
    );
    result.one.forEach((res, i) => {
      expect(res.statusCode, `${bombs[i].what}: ${res.body}`).toBe(bombs[i].status);
      expect(res.json().error.code, bombs[i].what).toBe(bombs[i].code);
    });
    for (const res of result.three) expect(res.json().error.code).toBe('ROSTER_TOO_MANY_ROWS');
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    expect(rssGrowthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
    expect(await counts()).toEqual(before);
  });

  it('ten at once: one or two parse, four wait, the rest 429 ROSTER_IMPORT_BUSY at once; a good roster imports afterwards', async () => {
    // over four accounts: one account may send only a few large bodies at once (plugins/body-slots.ts)
    const senders = ['lead', 'admin', 'officer', 'station'];
    for (const user of senders) await t.token(user);
    const before = await counts();
    const answers = await Promise.all([...Array(10).keys()].map((i) => importRoster(t, senders[i % senders.length], bombs[0].file)));
    const codes = answers.map((res) => res.json().error.code as string);
    expect(codes.filter((c) => c === 'ROSTER_IMPORT_BUSY').length, codes.join()).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === 'ROSTER_TOO_MANY_ROWS').length, codes.join()).toBeGreaterThanOrEqual(5);
    expect(
      codes.every((c) => c === 'ROSTER_TOO_MANY_ROWS' || c === 'ROSTER_IMPORT_BUSY'),
      codes.join(),
    ).toBe(true);
    expect(answers.find((res) => res.json().error.code === 'ROSTER_IMPORT_BUSY')!.statusCode).toBe(429);
    expect(await counts()).toEqual(before);
    const good = await fillRoster(await downloadTemplate(t, 'lead'), [
      { householdKey: 'B1', gridCode: '110101001001001', address: '安全路1号', name: '李', sex: '男', birthDate: '1980-01-01' },
    ]);
    const res = await importRoster(t, 'lead', good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, households: { created: 1 } });
  });
});
