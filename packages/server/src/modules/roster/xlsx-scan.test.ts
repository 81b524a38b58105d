import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { areaOf, scanXlsx, XLSX_LIMITS } from './xlsx-scan';
import { deflatedRepeat, SHEET_HEAD, SHEET_TAIL, workbookParts, zipOf, type BombEntry } from './xlsx-bombs.test-helpers';

const MiB = 1024 * 1024;
/** Millions of rows in the bombs (an environment variable may make them bigger). */
const BOMB_ROWS = Number(process.env.GRIDWORK_BOMB_ROWS ?? 2_000_000);

async function codeOf(file: Buffer): Promise<{ code: string; details: unknown }> {
  try {
    await scanXlsx(file);
  } catch (e) {
    return e as { code: string; details: unknown };
  }
  return { code: 'ACCEPTED', details: null };
}

const sheet = (body: string) => `${SHEET_HEAD}${body}${SHEET_TAIL}`;
const cellRow = '<row><c t="n"><v>1</v></c></row>';

describe('security: the streaming xlsx scan refuses bombs before anything loads them', () => {
  it('a real workbook passes with its counts: rows per sheet, cells, shared strings, inflated bytes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('户籍花名册');
    for (let i = 0; i < 300; i++) ws.addRow([`H${i}`, `姓名${i}`, i]);
    ws.getRow(400).getCell(2).style = { font: { bold: true } }; // a styled row without a value is not a data row
    wb.addWorksheet('说明').addRow(['说明']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const scan = await scanXlsx(file);
    expect(Object.values(scan.rows).sort((a, b) => a - b)).toEqual([1, 300]);
    expect(scan.cells).toBe(902);
    expect(scan.sharedStrings).toBe(601);
    expect(scan.inflatedBytes).toBeGreaterThan(file.length);
  });

  it(`a few hundred KiB inflating to ${BOMB_ROWS.toLocaleString('en')} rows → ROSTER_TOO_MANY_ROWS after 20,001 rows`, async () => {
    // … in little time and memory
    const bomb = zipOf(workbookParts(await deflatedRepeat(SHEET_HEAD, cellRow, BOMB_ROWS, SHEET_TAIL)));
    expect(bomb.length).toBeLessThan(600 * 1024);
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(await codeOf(bomb)).toMatchObject({ code: 'ROSTER_TOO_MANY_ROWS', details: { maxRows: 20_000 } });
    const ms = performance.now() - started;
    console.log(
      `[xlsx scan] ${(bomb.length / 1024).toFixed(0)} KiB declaring ${((BOMB_ROWS * cellRow.length) / MiB).toFixed(0)} MiB of rows ` +
        `refused in ${ms.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * MiB);
  });

  it('empty <row/> elements, cells in one row, a merged or validated whole sheet: refused by their counts and areas', async () => {
    expect(await codeOf(zipOf(workbookParts(await deflatedRepeat(SHEET_HEAD, '<row/>', 200_000, SHEET_TAIL))))).toMatchObject({
      code: 'ROSTER_TOO_MANY_ROWS',
    });
    expect(
      await codeOf(
        zipOf(workbookParts(await deflatedRepeat(`${SHEET_HEAD}<row>`, '<c t="n"><v>1</v></c>', 600_000, `</row>${SHEET_TAIL}`))),
      ),
    ).toMatchObject({ code: 'ROSTER_TOO_LARGE', details: { limit: 'cells' } });
    const merged = `${SHEET_HEAD}${cellRow}</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`;
    expect(await codeOf(zipOf(workbookParts(merged)))).toMatchObject({ code: 'ROSTER_TOO_LARGE', details: { limit: 'cells' } });
    const validated =
      `${SHEET_HEAD}${cellRow}</sheetData><dataValidations count="1"><dataValidation type="list" ` +
      `sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`;
    expect(await codeOf(zipOf(workbookParts(validated)))).toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'validated-cells' },
    });
    const columns =
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col ` +
      `min="1" max="100000000" width="9"/></cols><sheetData/></worksheet>`;
    expect(await codeOf(zipOf(workbookParts(columns)))).toMatchObject({ code: 'ROSTER_TOO_LARGE', details: { limit: 'cells' } });
  });

  it('a huge sharedStrings part: too many strings, or more bytes than a roster needs → ROSTER_TOO_LARGE', async () => {
    const strings = await deflatedRepeat(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      '<si><t>a</t></si>',
      600_000,
      '</sst>',
    );
    expect(await codeOf(zipOf(workbookParts(sheet(cellRow), [{ name: 'xl/sharedStrings.xml', data: strings }])))).toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'shared-strings' },
    });
    const long = await deflatedRepeat(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
      'x',
      40 * MiB,
      '</t></si></sst>',
    );
    expect(await codeOf(zipOf(workbookParts(sheet(cellRow), [{ name: 'xl/sharedStrings.xml', data: long }])))).toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'shared-string-bytes' },
    });
  });

  it('declared sizes: over 64 MiB in all → ROSTER_TOO_LARGE before inflating; a size that lies either way → ROSTER_NOT_XLSX', async () => {
    const media: BombEntry = { name: 'xl/media/image1.png', data: Buffer.alloc(1000), declaredSize: XLSX_LIMITS.maxInflatedBytes };
    expect(await codeOf(zipOf(workbookParts(sheet(cellRow), [media])))).toMatchObject({
      code: 'ROSTER_TOO_LARGE',
      details: { limit: 'inflated-bytes' },
    });
    const rows = await deflatedRepeat(SHEET_HEAD, cellRow, 10_000, SHEET_TAIL);
    const lyingSmall = workbookParts(sheet(cellRow)).map((e) => (e.name.includes('sheet1') ? { ...e, data: rows, declaredSize: 1000 } : e));
    expect(await codeOf(zipOf(lyingSmall))).toMatchObject({
      code: 'ROSTER_NOT_XLSX',
      details: { reason: expect.stringContaining('beyond its declared 1000 bytes') },
    });
    const lyingLarge = workbookParts(sheet(cellRow)).map((e) => (e.name.includes('sheet1') ? { ...e, declaredSize: 5_000_000 } : e));
    expect(await codeOf(zipOf(lyingLarge))).toMatchObject({
      code: 'ROSTER_NOT_XLSX',
      details: { reason: expect.stringContaining('not the declared 5000000') },
    });
  });

  it('encrypted, truncated, overlapping, two names for one entry, a wrong CRC, a DOCTYPE (entity expansion), broken XML', async () => {
    // … not a zip → ROSTER_NOT_XLSX
    const good = workbookParts(sheet(cellRow));
    const variants: Array<[string, Buffer]> = [
      ['encrypted', zipOf(good.map((e, i) => (i === 4 ? { ...e, flags: 1 } : e)))],
      ['truncated', zipOf(good).subarray(0, 300)],
      ['wrong CRC', zipOf(good.map((e, i) => (i === 4 ? { ...e, data: { ...deflatedOf(sheet(cellRow)), crc: 1234 } } : e)))],
      [
        'DOCTYPE',
        zipOf(
          workbookParts(
            `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 ` +
              `"&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row><c ` +
              `t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`,
          ),
        ),
      ],
      ['broken XML', zipOf(workbookParts(`${SHEET_HEAD}<row><c><v>1</c></row>${SHEET_TAIL}`))],
      ['not a zip', Buffer.from('PK\u0003\u0004 but nothing else')],
    ];
    const overlapping = zipOf(good);
    overlapping.writeUInt32LE(0, overlapping.lastIndexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 42); // the last entry's header is the first's
    variants.push(['overlapping', overlapping]);
    const twoNames = zipOf(good);
    // the central name differs from the local one
    twoNames.write('9', twoNames.lastIndexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet'.length);
    variants.push(['two names', twoNames]);
    for (const [what, file] of variants) expect(await codeOf(file), what).toMatchObject({ code: 'ROSTER_NOT_XLSX' });
  });

  it('areas of cell references and lists', () => {
    expect(areaOf('A1')).toBe(1);
    expect(areaOf('B2:D11')).toBe(30);
    expect(areaOf('$A$3:$A$5002 C1')).toBe(5001);
    expect(areaOf('A1:XFD1048576')).toBe(16384 * 1048576);
    expect(areaOf('nonsense')).toBe(1);
  });
});

function deflatedOf(text: string) {
  return { compressed: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text), crc: crc32(text) };
}
