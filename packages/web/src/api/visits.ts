/** Visits: recording, the due list, compliance, visiting hours and a household's history (A7.2, C7.1, D5). */
import { api } from './client';
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

export interface DueItem {
  householdId: Id;
  address: string;
  gridId: Id;
  gridName: string;
  compoundId: Id | null;
  compoundName: string | null;
  buildingId: Id | null;
  buildingName: string | null;
  visitClass: string;
  reasons: string[];
  period: { start: string; end: string };
  /** The days of the period that count (township round, C2.2); null when all do. */
  window?: { start: string; end: string } | null;
  /** A7.2 (class frequency) or C2.2 (household-wide round). */
  rule?: string;
  required: number;
  done: number;
  remaining: number;
  status: VisitStatusCode;
  suggestedNext: string | null;
  lastVisitAt: string | null;
  bucket: DueBucket;
}

export const COMPLIANCE_GROUPS = ['grid', 'worker', 'class'] as const;
export type ComplianceGroup = (typeof COMPLIANCE_GROUPS)[number];

export interface ComplianceRow {
  key: string;
  label: string;
  households: number;
  required: number;
  done: number;
  met: number;
  due: number;
  atRisk: number;
  overdue: number;
  /** met / households, 0..1 (1 when there are no households). */
  rate: number;
}

export interface Compliance {
  date: string;
  regionId: Id;
  groupBy: ComplianceGroup;
  total: ComplianceRow;
  rows: ComplianceRow[];
}

export interface HoursRow {
  userId: Id;
  displayName: string;
  date: string;
  visits: number;
  minutes: number;
}

export const visitsApi = {
  /** `key` is the form's Idempotency-Key: a retry on a bad network records the visit once. */
  create: (body: NewVisit, key: string) => api.post<VisitRecord>('/visits', body, { headers: { 'Idempotency-Key': key } }),
  due: (q: { date?: string; gridId?: Id; includeMet?: boolean }, signal?: AbortSignal) =>
    api.get<{ date: string; items: DueItem[]; truncated?: boolean }>('/visits/due', {
      query: { ...q, includeMet: q.includeMet || undefined },
      signal,
    }),
  compliance: (q: { regionId: Id; date?: string; groupBy: ComplianceGroup }, signal?: AbortSignal) =>
    api.get<Compliance>('/visits/compliance', { query: { ...q }, signal }),
  hours: (q: { regionId: Id; from: string; to: string }, signal?: AbortSignal) =>
    api.get<{ from: string; to: string; rows: HoursRow[] }>('/visits/hours', { query: { ...q }, signal }),
  list: (householdId: Id, limit: number, offset: number, signal?: AbortSignal) =>
    api.get<{ items: VisitRecord[]; total: number }>('/visits', { query: { householdId, limit, offset }, signal }),
};
