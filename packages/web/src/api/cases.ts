/** Cases: shapes and calls (API contract, section Cases; server modules/cases). */
import type { ActionName, CaseStatus, Satisfaction } from '@gridwork/core/cases/types';
import { api, getWithTotal } from './client';
import { downloadXlsx } from './files';
import type { Reply } from './openapi';
import type { Id } from './types';

export { ACTION_NAMES, CASE_STATUSES, SATISFACTIONS } from '@gridwork/core/cases/types';
export type { ActionName, CaseStatus, Satisfaction };

export const CASE_SOURCES = ['field', 'walk-in', 'hotline', 'online', 'meeting', 'superior', 'open311'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export type Light = 'green' | 'yellow' | 'red';

/** A case as the API shows it (GET /cases/:id; lists leave out reporter, timeline and photos). */
export type CaseRecord = Reply<'/api/v1/cases/{id}', 'get'>;
export type ReporterView = NonNullable<CaseRecord['reporter']>;
export type TimelineEntry = NonNullable<CaseRecord['timeline']>[number];

export interface CaseCategory {
  code: string;
  labelZh: string;
  labelEn: string;
  defaultTier: string | null;
  defaultUnit: string | null;
  active: boolean;
  sort: number;
}

export interface NewCase {
  title: string;
  description: string;
  category: string;
  caseClass: string;
  source: CaseSource;
  gridId?: Id;
  location?: { lat: number; lng: number };
  reporter?: { name?: string; phone?: string; anonymous?: boolean; confidential?: boolean };
  receivedAt?: string;
  /** The household visit whose findings are reported (issue 4 item 8). */
  visitId?: Id;
  /** The address the reporter gave (searchable at the desk). */
  address?: string;
}

export interface CaseQuery {
  status?: string;
  mine?: boolean;
  gridId?: Id;
  /** Cases reported from this household's visits. */
  householdId?: Id;
  source?: string;
  category?: string;
  /** The cases of every grid under this region. */
  regionId?: Id;
  /** Keyword: title, description, address or case number (never the reporter). */
  q?: string;
  /** Received from / to (YYYY-MM-DD, Asia/Shanghai), both included. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const listQuery = (q: CaseQuery) => ({ ...q, mine: q.mine ? true : undefined });

export const casesApi = {
  list: (q: CaseQuery, signal?: AbortSignal) => api.get<CaseRecord[]>('/cases', { query: listQuery(q), signal }),
  /** One page and the number of every matching case (the list's row count). */
  search: (q: CaseQuery, signal?: AbortSignal) => getWithTotal<CaseRecord[]>('/cases', { query: listQuery(q), signal }),
  get: (id: Id, signal?: AbortSignal) => api.get<CaseRecord>(`/cases/${id}`, { signal }),
  /** `key` is the form submission's Idempotency-Key: the same on every retry of one submission. */
  create: (body: NewCase, key: string) => api.post<CaseRecord>('/cases', body, { headers: { 'Idempotency-Key': key } }),
  act: (id: Id, action: ActionName, body: Record<string, unknown> & { expectedVersion: number }) =>
    api.post<CaseRecord>(`/cases/${id}/actions/${action}`, body),
  revealReporter: (id: Id) =>
    api.post<{ name: string | null; phone: string | null; confidential: boolean }>(`/cases/${id}/reporter/reveal`),
  categories: () => api.get<CaseCategory[]>('/case-categories'),
  /** 导出 Excel: the list as filtered (reporters masked by the server). */
  exportXlsx: (q: Omit<CaseQuery, 'limit' | 'offset'>) => downloadXlsx('/cases/export', listQuery(q), '案件列表.xlsx'),
};
