/** Verification (抽查核验, A8.2, A8.3, D8): shapes and calls (server modules/verification). */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply } from './openapi';
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

export type VerificationTask = NonNullable<Draw['tasks']>[number];

export interface WorkerGroup extends SizeDrawn {
  workerId: Id | null;
  workerName: string | null;
  gridIds: Id[];
}

export type Draw = Reply<'/api/v1/verification/draws/{id}', 'get'>;

export type DrawList = Reply<'/api/v1/verification/draws', 'get'>;

export type FieldCorrection = 'value' | 'flag';

export type FormField = TaskDetail['form'][number];

export type ResultField = NonNullable<TaskDetail['result']>['fields'][number];

export type TaskMember = TaskDetail['household']['members'][number];

export type TaskDetail = Reply<'/api/v1/verification/tasks/{id}', 'get'>;

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

export type GridSummary = Summary['grids'][number];

export type Summary = Reply<'/api/v1/verification/summary', 'get'>;

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
  /** The summary (by grid and by class) as an xlsx workbook; saved under the server's Chinese name. */
  exportSummary: (q: { regionId: Id } & PeriodQuery) =>
    downloadXlsx('/verification/summary/export', { ...q }, `核验汇总-${q.quarter ?? q.year}.xlsx`),
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
