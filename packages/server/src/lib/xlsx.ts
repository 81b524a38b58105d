/**
 * Spreadsheet downloads (exceljs): the content type, the download reply, and the plain list
 * workbook the list exports share (one sheet, bold frozen header, a width per column).
 */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An xlsx download; never cached (exports hold personal or internal data). */
export function sendXlsx(reply: FastifyReply, filename: string, file: Buffer) {
  return reply
    .type(XLSX_MIME)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(file);
}

/** A one-sheet list: `columns` are [header, width]; each row gives the cells in column order. */
export async function listWorkbook(
  sheet: string,
  columns: ReadonlyArray<readonly [string, number]>,
  rows: Iterable<unknown[]>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gridwork 网格通';
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
