/** Visits: recording, the due list, compliance, visiting hours and a household's history (A7.2, C7.1, D5). */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply } from './openapi';
import type { VisitRecord } from './households';
import type { Id } from './types';

export type { VisitRecord };

/** In person first; `call` is a contact and never counts as a visit (D5). */
export const VISIT_TYPES = ['routine', 'round', 'three-visits', 'follow-up', 'call'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export interface NewVisit {
  householdId: Id;
  startedAt: string;
  endedAt: string;
  type: VisitType;
  visitors?: Id[];
  location?: { lat: number; lng: number } | null;
  findings?: string | null;
  needs?: string | null;
}

export const DUE_BUCKETS = ['overdue', 'today', 'this-week', 'later', 'done'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
export type VisitStatusCode = 'overdue' | 'at-risk' | 'due' | 'met';

export type DueItem = Reply<'/api/v1/visits/due', 'get'>['items'][number];

export const COMPLIANCE_GROUPS = ['grid', 'worker', 'class'] as const;
export type ComplianceGroup = (typeof COMPLIANCE_GROUPS)[number];

export type Compliance = Reply<'/api/v1/visits/compliance', 'get'>;
export type ComplianceRow = Compliance['rows'][number];
export type HoursRow = Reply<'/api/v1/visits/hours', 'get'>['rows'][number];

export type DueQuery = {
  date?: string;
  gridId?: Id;
  includeMet?: boolean;
};

/** The due list's query as sent, so the device's copy is looked up under the very address it was kept at. */
export function dueQuery(q: DueQuery): DueQuery {
  return { ...q, includeMet: q.includeMet || undefined };
}

export const visitsApi = {
  /** `key` is the form's Idempotency-Key: a retry on a bad network records the visit once. */
  create: (body: NewVisit, key: string) => api.post<VisitRecord>('/visits', body, { headers: { 'Idempotency-Key': key } }),
  due: (q: DueQuery, signal?: AbortSignal) =>
    api.get<{ date: string; items: DueItem[]; truncated?: boolean }>('/visits/due', { query: dueQuery(q), signal }),
  compliance: (q: { regionId: Id; date?: string; groupBy: ComplianceGroup }, signal?: AbortSignal) =>
    api.get<Compliance>('/visits/compliance', { query: { ...q }, signal }),
  /** By grid, worker and class (one sheet each) as an xlsx workbook; saved under the server's Chinese name. */
  exportCompliance: (q: { regionId: Id; date: string }) => downloadXlsx('/visits/compliance/export', { ...q }, `走访统计-${q.date}.xlsx`),
  hours: (q: { regionId: Id; from: string; to: string }, signal?: AbortSignal) =>
    api.get<{ from: string; to: string; rows: HoursRow[] }>('/visits/hours', { query: { ...q }, signal }),
  list: (householdId: Id, limit: number, offset: number, signal?: AbortSignal) =>
    api.get<{ items: VisitRecord[]; total: number }>('/visits', { query: { householdId, limit, offset }, signal }),
};
