/** The household roster (server modules/roster): template, xlsx import with a report, masked exports. */
import { ApiError, buildUrl } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';
import { saveBlob } from '../lib/download';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export type ImportMode = 'all-or-nothing' | 'valid-only';

export type RosterProblem = ImportReport['rejected'][number];

export type ImportReport = Reply<'/api/v1/roster/import', 'post'>;

async function fail(res: Response): Promise<never> {
  let body: { error?: { code?: string; message?: string; details?: unknown } } | undefined;
  try {
    body = JSON.parse(await res.text());
  } catch {
    body = undefined; // e.g. a proxy's HTML page for a 413
  }
  const err = body?.error;
  throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? `HTTP ${res.status}`, err?.details);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    const res = await fetch(url, { credentials: 'include', ...init });
    return res.ok ? res : fail(res);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, 'NETWORK_ERROR', (e as Error)?.message ?? 'network error');
  }
}

/** Fetches an xlsx (errors become ApiError) and saves it under `filename`. */
async function download(path: string, query: Record<string, string | number | undefined>, filename: string): Promise<void> {
  const res = await send(buildUrl(path, query), { headers: { Accept: `${XLSX_MIME}, application/json` } });
  saveBlob(filename, await res.blob());
}

export const rosterApi = {
  template: () => download('/roster/template', {}, '户籍花名册模板.xlsx'),
  exportRoster: (regionId?: Id) => download('/roster/export', { regionId }, '户籍花名册.xlsx'),
  exportHouseholds: (gridId?: Id) => download('/households/export', { format: 'xlsx', gridId }, '住户列表.xlsx'),
  import: async (file: File, mode: ImportMode, dryRun: boolean): Promise<ImportReport> => {
    const res = await send(buildUrl('/roster/import', { mode, dryRun }), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': XLSX_MIME },
      body: file,
    });
    return (await res.json()) as ImportReport;
  },
};
