/**
 * Spreadsheet downloads (exceljs): the content type, the download reply, the row bound of a list export,
 * and the plain list workbook the list exports share (bold frozen header, a width per column).
 */
import { DomainError } from '@gridwork/core';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The most rows a report export (board, statistics, compliance, verification) holds. */
export const REPORT_EXPORT_MAX_ROWS = 10_000;

/**
 * An xlsx download; never cached (exports hold personal or internal data). `title` is the file's Chinese
 * name (RFC 5987 `filename*`, UTF-8); `filename` stays the ASCII name for clients without it.
 */
export function sendXlsx(reply: FastifyReply, filename: string, file: Buffer, title?: string) {
  const named = title ? `; filename*=UTF-8''${encodeRfc5987(title)}` : '';
  return reply
    .type(XLSX_MIME)
    .header('content-disposition', `attachment; filename="${filename}"${named}`)
    .header('cache-control', 'no-store')
    .send(file);
}

/** RFC 5987 value chars: percent-encoded UTF-8, also ' ( ) * which encodeURIComponent leaves. */
export function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** EXPORT_TOO_LARGE when an export would hold more than `max` rows (the caller narrows the region or the filters). */
export function assertExportSize(rows: number, max = REPORT_EXPORT_MAX_ROWS): void {
  if (rows > max)
    throw new DomainError('EXPORT_TOO_LARGE', `an export holds at most ${max} rows: choose a smaller region or filter`, { maxRows: max });
}

export interface SheetSpec {
  name: string;
  /** [header, width] */
  columns: ReadonlyArray<readonly [string, number]>;
  rows: Iterable<unknown[]>;
}

/** A workbook of list sheets, each with its header row bold and frozen. */
export async function sheetsWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gridwork 网格通';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map(([header, width]) => ({ header, width }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet list: `columns` are [header, width]; each row gives the cells in column order. */
export function listWorkbook(sheet: string, columns: ReadonlyArray<readonly [string, number]>, rows: Iterable<unknown[]>): Promise<Buffer> {
  return sheetsWorkbook([{ name: sheet, columns, rows }]);
}

/** A rate (0..1) as a report cell prints it: "92.5%", one decimal; empty when there is none. */
export function percentCell(rate: number | null): string {
  return rate === null ? '' : `${Math.round(rate * 1000) / 10}%`;
}
