/** Reading the report exports in tests (not a test file itself): the download's headers, its sheets, its audit row. */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** Checks a 200 xlsx download named `title` (RFC 5987 filename*) and returns its sheets: name → rows of cell values, header first. */
export async function xlsxDownload(res: LightMyRequestResponse, title: string): Promise<Record<string, unknown[][]>> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['cache-control']).toBe('no-store');
  const disposition = String(res.headers['content-disposition']);
  expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+^`|-]+$/);
  expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(title);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const width = ws.columnCount;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      rows.push(Array.from({ length: width }, (_, i) => values[i + 1] ?? ''));
    });
    sheets[ws.name] = rows;
  }
  return sheets;
}

/** The audit rows of `action` so far, oldest first. */
export async function auditRows(t: TestApp, action: string) {
  return t.ctx.db
    .selectFrom('audit_log')
    .select(['actor_id', 'entity', 'entity_id', 'region_id', 'after'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

/** A rate (0..1) as the exports print it. */
export const pct = (rate: number | null) => (rate === null ? '' : `${Math.round(rate * 1000) / 10}%`);
