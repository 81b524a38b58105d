/**
 * Parses an uploaded roster (run in a worker thread by roster-read.ts): the archive is measured as
 * a stream first (xlsx-scan.ts), and only a workbook within the limits is loaded by exceljs. Then
 * the sheet 户籍花名册 (or the first sheet), columns found by their Chinese or English header, one
 * raw row per non-empty spreadsheet row with its row number.
 */
import { DomainError } from '@gridwork/core';
import type ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, ROSTER_SHEET, type ColumnKey } from './roster-columns';
import { notXlsx, scanXlsx, XLSX_LIMITS } from './xlsx-scan';

export type RawCell = string | number | Date;

export interface RawRow {
  /** The spreadsheet row number (as Excel shows it). */
  row: number;
  cells: Partial<Record<ColumnKey, RawCell>>;
}

export const MAX_ROWS = XLSX_LIMITS.maxRows;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const headerText = (s: string) => s.replace(/[*＊\s]/g, '').toLowerCase();
const HEADERS = new Map<string, ColumnKey>(
  ROSTER_COLUMNS.flatMap((c) => [
    [headerText(c.zh), c.key],
    [headerText(c.en), c.key],
  ]),
);

/** The plain value of a cell: rich text joined, hyperlinks by their text, formulas by their result. */
export function plainValue(value: ExcelJS.CellValue): RawCell | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'object') {
    if ('richText' in value)
      return (
        value.richText
          .map((t) => t.text)
          .join('')
          .trim() || null
      );
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return plainValue((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return String(value.error);
  }
  return null;
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (buffer.length < 4 || !buffer.subarray(0, 4).equals(ZIP_MAGIC)) throw notXlsx();
  await scanXlsx(buffer);
  // loaded only for a file within the limits (it is most of the worker's start-up)
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  if (wb.worksheets.length === 0) throw notXlsx();
  return wb;
}

function columnsOf(ws: ExcelJS.Worksheet): Map<number, ColumnKey> {
  const found = new Map<number, ColumnKey>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = plainValue(cell.value);
    const key = typeof text === 'string' ? HEADERS.get(headerText(text)) : undefined;
    if (key && ![...found.values()].includes(key)) found.set(col, key);
  });
  const missing = ROSTER_COLUMNS.filter((c) => c.required && ![...found.values()].includes(c.key));
  if (missing.length > 0) {
    throw new DomainError(
      'ROSTER_LAYOUT_INVALID',
      `the sheet lacks the columns ${missing.map((c) => c.zh).join(', ')} (use the roster template)`,
      missing.map((c) => ({ row: 1, column: c.zh, problem: 'missing-column', message: `column ${c.zh} (${c.en}) is required` })),
    );
  }
  return found;
}

/** Every data row of the roster; the English header row and empty rows are skipped. */
export async function parseRoster(buffer: Buffer): Promise<RawRow[]> {
  const wb = await loadWorkbook(buffer);
  const ws = wb.getWorksheet(ROSTER_SHEET) ?? wb.worksheets[0];
  const columns = columnsOf(ws);
  if (ws.actualRowCount - 1 > MAX_ROWS) {
    throw new DomainError('ROSTER_TOO_MANY_ROWS', `a roster holds at most ${MAX_ROWS} rows; split the file`, { maxRows: MAX_ROWS });
  }
  const rows: RawRow[] = [];
  ws.eachRow((row, number) => {
    if (number === 1) return;
    const cells: RawRow['cells'] = {};
    for (const [col, key] of columns) {
      const v = plainValue(row.getCell(col).value);
      if (v !== null) cells[key] = v;
    }
    const englishHeaders = ROSTER_COLUMNS.filter(
      (c) => typeof cells[c.key] === 'string' && headerText(cells[c.key] as string) === headerText(c.en),
    ).length;
    if (Object.keys(cells).length > 0 && englishHeaders < 3) rows.push({ row: number, cells });
  });
  if (rows.length === 0) throw new DomainError('ROSTER_EMPTY', 'the roster has no data rows (data starts on row 3 of the template)');
  return rows;
}
