/** Verification (抽查核验, A8.2, A8.3, D8): shapes and calls (server modules/verification). */
import { api } from './client';
import type { Id } from './types';

/** As the core names them, in the order the server lists strata. */
export const VERIFICATION_CLASSES = ['1-general', '1-special', '2-general', '2-key', '3'] as const;
export type VerificationClass = (typeof VERIFICATION_CLASSES)[number];
export type DrawKind = 'quarterly' | 'yearly';
export type TaskStatus = 'pending' | 'done' | 'cancelled';

export interface SizeDrawn {
  size: number;
  drawn: number;
}

export interface VerificationTask {
  id: Id;
  drawId: Id;
  kind: DrawKind;
  period: string;
  householdId: Id;
  address: string;
  gridId: Id;
  gridName: string;
  visitClass: VerificationClass;
  assigneeId: Id | null;
  status: TaskStatus;
  version: number;
  discrepancies: number | null;
  followUps: number | null;
  checkedAt: string | null;
  completedBy: Id | null;
  completedAt: string | null;
}

export interface WorkerGroup extends SizeDrawn {
  workerId: Id | null;
  workerName: string | null;
  gridIds: Id[];
}

export interface Draw {
  id: Id;
  kind: DrawKind;
  regionId: Id;
  region: { id: Id; name: string; type: string };
  quarter: string | null;
  year: number | null;
  baseDate: string;
  seed: string;
  rates: Record<string, number>;
  share: number | null;
  policy: { regionId: Id | null; version: number | null };
  counts: Record<string, SizeDrawn>;
  countsByGroup: Record<string, SizeDrawn>;
  strata: Array<SizeDrawn & { gridId: Id; visitClass: VerificationClass; rate: number }>;
  groups: WorkerGroup[] | null;
  createdBy: Id;
  createdAt: string;
  supersedes: Id | null;
  supersededBy: Id | null;
  supersededAt: string | null;
  tasks?: VerificationTask[];
}

export interface DrawList {
  items: Draw[];
  abilities: { draw: boolean; yearly: boolean };
}

export type FieldCorrection = 'value' | 'flag';

export interface FormField {
  field: string;
  scope: 'household' | 'resident';
  residentId: Id | null;
  name: string;
  value: unknown;
  correct: FieldCorrection;
}

export interface ResultField {
  field: string;
  outcome: 'confirmed' | 'corrected';
  before: unknown;
  correctedValue?: unknown;
  applied: boolean;
  followUp: boolean;
  note?: string;
}

export interface TaskMember {
  residentId: Id;
  name: string;
  sex: string;
  birthDate: string;
  relation: string | null;
  tags: string[];
  idNumber: string | null;
  phone: string | null;
  version: number;
}

export interface TaskDetail extends VerificationTask {
  household: {
    id: Id;
    address: string;
    housing: string;
    landlord: string | null;
    version: number;
    visitClass: {
      asOf: string;
      visitClass: VerificationClass;
      source: string;
      derivedClass: string;
      reasons: Array<{ reason: string; residentId: Id }>;
    };
    members: TaskMember[];
  };
  form: FormField[];
  result: { fields: ResultField[]; note: string | null } | null;
  abilities: { submit: boolean };
}

export interface FieldAnswer {
  field: string;
  outcome: 'confirmed' | 'corrected';
  correctedValue?: unknown;
  note?: string;
}

export interface SummaryCounts {
  tasks: number;
  done: number;
  withDiscrepancy: number;
  discrepancyRate: number | null;
  discrepancies: number;
  followUps: number;
}

export interface GridSummary extends SummaryCounts {
  gridId: Id;
  code: string;
  name: string;
  byClass: Record<string, SummaryCounts>;
}

export interface Summary {
  regionId: Id;
  kind: DrawKind;
  period: string;
  grids: GridSummary[];
  byClass: Record<string, SummaryCounts>;
  total: SummaryCounts;
}

export interface DrawRequest {
  regionId: Id;
  quarter: string;
  seed?: string;
  redraw?: boolean;
}

export interface YearlyRequest {
  regionId: Id;
  year: number;
  seed?: string;
  redraw?: boolean;
}

/** Either a quarter or a year names the period. */
export type PeriodQuery = { quarter: string; year?: undefined } | { year: number; quarter?: undefined };

export const verificationApi = {
  draws: (q: { regionId: Id } & PeriodQuery, signal?: AbortSignal) => api.get<DrawList>('/verification/draws', { query: q, signal }),
  draw: (id: Id, signal?: AbortSignal) => api.get<Draw>(`/verification/draws/${id}`, { signal }),
  createDraw: (body: DrawRequest) => api.post<Draw>('/verification/draws', body),
  createYearly: (body: YearlyRequest) => api.post<Draw>('/verification/yearly', body),
  task: (id: Id, signal?: AbortSignal) => api.get<TaskDetail>(`/verification/tasks/${id}`, { signal }),
  submit: (id: Id, body: { expectedVersion: number; checkedAt: string; fields: FieldAnswer[]; note?: string }) =>
    api.post<TaskDetail>(`/verification/tasks/${id}/result`, body),
  summary: (q: { regionId: Id } & PeriodQuery, signal?: AbortSignal) => api.get<Summary>('/verification/summary', { query: q, signal }),
};

/** The quarter (`YYYY-Qn`) of a date `YYYY-MM-DD`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** This quarter and the `count - 1` before it, newest first. */
export function recentQuarters(today: string, count = 6): string[] {
  let year = Number(today.slice(0, 4));
  let q = Number(quarterOf(today).slice(-1));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}
