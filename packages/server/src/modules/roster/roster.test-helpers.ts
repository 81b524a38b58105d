/** Shared setup of the roster tests (not a test file itself): real xlsx files written with exceljs. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app';
import { ROSTER_COLUMNS, ROSTER_SHEET, XLSX_MIME, type ColumnKey } from './roster-columns';

export type RowInput = Partial<Record<ColumnKey, string | number | Date | null>>;

export async function loadXlsx(body: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((typeof body === 'string' ? Buffer.from(body, 'binary') : body) as unknown as ArrayBuffer);
  return wb;
}

export async function downloadTemplate(t: TestApp, user: string): Promise<Buffer> {
  const res = await t.call(user, { method: 'GET', url: '/api/v1/roster/template' });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return res.rawPayload;
}

/** Fills the template's roster sheet from row 3, finding each column by its header (as a person would). */
export async function fillRoster(template: Buffer, rows: RowInput[]): Promise<Buffer> {
  const wb = await loadXlsx(template);
  const ws = wb.getWorksheet(ROSTER_SHEET)!;
  const colOf = new Map<ColumnKey, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const header = String(cell.value).replace('*', '');
    const column = ROSTER_COLUMNS.find((c) => c.zh === header);
    if (column) colOf.set(column.key, col);
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    for (const [key, value] of Object.entries(r))
      if (value !== null && value !== undefined) row.getCell(colOf.get(key as ColumnKey)!).value = value;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importRoster(t: TestApp, user: string, file: Buffer, query = 'mode=all-or-nothing&dryRun=false') {
  return t.call(user, { method: 'POST', url: `/api/v1/roster/import?${query}`, headers: { 'content-type': XLSX_MIME }, payload: file });
}

/** Every cell value of every sheet, as one string (to search for values that must not be there). */
export function allCellText(wb: ExcelJS.Workbook): string {
  return wb.worksheets.map((ws) => JSON.stringify(ws.getSheetValues())).join('\n');
}
