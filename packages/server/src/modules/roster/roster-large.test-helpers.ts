/**
 * Large rosters for the load tests (not a test file itself): the sheet written as XML with inline
 * strings (20,000 rows in well under a second, where exceljs takes many), zipped by the bomb tests'
 * writer; the columns in the template's order under its Chinese and English headers.
 */
import { addDays } from '@gridwork/core/calendar';
import { idNumberFor } from '../households/households.test-helpers';
import { ROSTER_COLUMNS, type ColumnKey } from './roster-columns';
import { workbookParts, zipOf } from './xlsx-bombs.test-helpers';

export type LargeRow = Partial<Record<ColumnKey, string>>;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function rowXml(number: number, values: Array<string | undefined>): string {
  const cells = values.map((v, i) =>
    v === undefined || v === '' ? '' : `<c r="${columnLetter(i)}${number}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`,
  );
  return `<row r="${number}">${cells.join('')}</row>`;
}

/** An xlsx roster: the two header rows, then `rows` from spreadsheet row 3. */
export function largeRoster(rows: LargeRow[]): Buffer {
  const lines = [
    rowXml(
      1,
      ROSTER_COLUMNS.map((c) => c.zh),
    ),
    rowXml(
      2,
      ROSTER_COLUMNS.map((c) => c.en),
    ),
  ];
  rows.forEach((r, i) =>
    lines.push(
      rowXml(
        i + 3,
        ROSTER_COLUMNS.map((c) => r[c.key]),
      ),
    ),
  );
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ` +
    `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lines.join('')}</sheetData></worksheet>`;
  return zipOf(workbookParts(sheet));
}

/** Row i: households of three members in `gridCode`, each with a unique ID number and a phone. */
export function validRow(i: number, gridCode: string): LargeRow {
  const birthDate = addDays('1940-01-01', i % 25_000);
  const sex = i % 2 === 0 ? 'M' : 'F';
  return {
    householdKey: `L${Math.floor(i / 3)}`,
    gridCode,
    address: `压测路${Math.floor(i / 3)}号`,
    housing: '自有',
    name: `居民${i}`,
    sex: sex === 'M' ? '男' : '女',
    birthDate,
    idNumber: idNumberFor(birthDate, sex, 7 + Math.floor(i / 25_000)),
    phone: `138${String(i).padStart(8, '0')}`,
    relation: i % 3 === 0 ? '户主' : '子女',
    tags: i % 5 === 0 ? '低保' : undefined,
  };
}

/** Every cell of every row a problem: 19 texts that are no grid, sex, date, ID number or phone. */
export function invalidRow(i: number): LargeRow {
  const junk = `\u2603${'x'.repeat(30)}${i}`;
  return Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, junk]));
}
