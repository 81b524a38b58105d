/** Cases: shapes and calls (API contract, section Cases; server modules/cases). */
import type { ActionName, CaseStatus, Satisfaction } from '@gridwork/core/cases/types';
import type { AnnotationKind } from './annotations';
import { api } from './client';
import type { Id } from './types';

export { ACTION_NAMES, CASE_STATUSES, SATISFACTIONS } from '@gridwork/core/cases/types';
export type { ActionName, CaseStatus, Satisfaction };

export const CASE_SOURCES = ['field', 'walk-in', 'hotline', 'online', 'meeting', 'superior', 'open311'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
export type Light = 'green' | 'yellow' | 'red';

export interface ReporterView {
  name: string | null;
  phone: string | null;
  anonymous: boolean;
  confidential: boolean;
  masked: boolean;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  actor: { id: Id; name: string | null } | null;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  details: Record<string, unknown> | null;
}

export interface CaseRecord {
  id: Id;
  version: number;
  status: CaseStatus;
  title: string;
  description: string;
  category: string;
  source: CaseSource;
  caseClass: string;
  classConfirmed: boolean;
  tier: string;
  gridId: Id;
  location: { lat: number; lng: number } | null;
  receivedAt: string;
  deadline: string;
  deadlineProvisional: boolean;
  policyVersion: number;
  light: Light;
  onTime: boolean | null;
  metAt: string | null;
  ownerId: Id;
  handlerId: Id | null;
  handlingUnit: string | null;
  escalations: number;
  reopenCount: number;
  extension: { requestedBy: Id; reason: string; proposedDeadline: string; requestedAt: string } | null;
  feedback: { satisfaction: Satisfaction; note: string | null } | null;
  closure: { handlingUnit: string; handler: string; completedAt: string; details: string } | null;
  mergedInto: Id | null;
  /** The household visit it was reported from, if any. */
  visitId?: Id | null;
  reporter?: ReporterView | null;
  timeline?: TimelineEntry[];
  /** On the detail only: the case's photos (bytes at /api/v1/photos/:id). */
  photos?: Array<{ id: Id; contentType: string; size: number }>;
  abilities: { actions: ActionName[]; revealReporter: boolean; addPhoto?: boolean; annotate: AnnotationKind[] };
}

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
}

export interface CaseQuery {
  status?: string;
  mine?: boolean;
  gridId?: Id;
  /** Cases reported from this household's visits. */
  householdId?: Id;
  source?: string;
  limit?: number;
  offset?: number;
}

export const casesApi = {
  list: (q: CaseQuery, signal?: AbortSignal) =>
    api.get<CaseRecord[]>('/cases', { query: { ...q, mine: q.mine ? true : undefined }, signal }),
  get: (id: Id, signal?: AbortSignal) => api.get<CaseRecord>(`/cases/${id}`, { signal }),
  /** `key` is the form submission's Idempotency-Key: the same on every retry of one submission. */
  create: (body: NewCase, key: string) => api.post<CaseRecord>('/cases', body, { headers: { 'Idempotency-Key': key } }),
  act: (id: Id, action: ActionName, body: Record<string, unknown> & { expectedVersion: number }) =>
    api.post<CaseRecord>(`/cases/${id}/actions/${action}`, body),
  revealReporter: (id: Id) =>
    api.post<{ name: string | null; phone: string | null; confidential: boolean }>(`/cases/${id}/reporter/reveal`),
  categories: () => api.get<CaseCategory[]>('/case-categories'),
};
