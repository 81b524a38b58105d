/**
 * Monthly supervision reports 督查报告 (C8): generated from the records of a community, street or town
 * for a month that has ended, commented and rated by the supervising office, then issued (final).
 */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply, RequestBody } from './openapi';
import type { Id, RegionType } from './types';

export type SupervisionReport = Reply<'/api/v1/supervision/reports/{id}', 'get'>;
export type ReportFigures = SupervisionReport['figures'];
export type ReportPatch = RequestBody<'/api/v1/supervision/reports/{id}', 'patch'>;

/** The levels a report covers (C8). */
export const REPORTED_TYPES: readonly RegionType[] = ['community', 'street', 'town'];
/** The team figures of a report, in the order the report lists them. */
export const REPORT_TEAM_ITEMS = ['diary-compliance', 'attendance', 'verification', 'case-timeliness', 'satisfaction'] as const;

export const supervisionReportsApi = {
  list: (q: { regionId?: Id; year?: number }, signal?: AbortSignal) =>
    api.get<SupervisionReport[]>('/supervision/reports', { query: q, signal }),
  create: (body: { regionId: Id; month: string }) => api.post<SupervisionReport>('/supervision/reports', body),
  get: (id: Id, signal?: AbortSignal) => api.get<SupervisionReport>(`/supervision/reports/${id}`, { signal }),
  update: (id: Id, body: ReportPatch) => api.patch<SupervisionReport>(`/supervision/reports/${id}`, body),
  exportXlsx: (r: Pick<SupervisionReport, 'id' | 'regionName' | 'month'>) =>
    downloadXlsx(`/supervision/reports/${r.id}/xlsx`, {}, `${r.regionName}-${r.month}-月度督查报告.xlsx`),
};
