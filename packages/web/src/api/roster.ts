/** The household roster (server modules/roster): template, xlsx import with a report, masked exports. */
import { buildUrl } from './client';
import { downloadXlsx as download, send, XLSX_MIME } from './files';
import type { Reply } from './openapi';
import type { Id } from './types';

export { XLSX_MIME };
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export type ImportMode = 'all-or-nothing' | 'valid-only';

export type RosterProblem = ImportReport['rejected'][number];

export type ImportReport = Reply<'/api/v1/roster/import', 'post'>;

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
