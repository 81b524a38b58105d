/** Concentrated rounds of the township preset (C2.2, C7.1, D6): shapes and calls (server modules/rounds). */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export type RoundStatus = 'on-track' | 'behind' | 'done' | 'overdue';
export type DayStatus = 'met' | 'due' | 'at-risk' | 'overdue';
export type RoundReportStatus = 'draft' | 'submitted' | 'acknowledged';
export interface DateRange {
  start: string;
  end: string;
}

export type MemberProgress = GridProgress['members'][number];

export type GridProgress = RoundProgressResponse['grids'][number];

export type RoundProgressResponse = Reply<'/api/v1/rounds/progress', 'get'>;

/** The snapshot the team submits (stored as JSON with the report; typed here). */
export interface ReportFigures {
  month: string;
  asOf: string;
  status: RoundStatus;
  window: DateRange;
  roundWindow: DateRange;
  due: string;
  minHours: number;
  workingDays: number;
  members: Array<{
    userId: Id;
    displayName: string;
    visits: number;
    hours: number;
    daysMet: number;
    workingDays: number;
    workingDaysSoFar: number;
  }>;
  households: { total: number; reached: number };
  notReached: Array<{ householdId: Id; address: string; reason: string | null }>;
  problems: Array<{
    visitId: Id;
    householdId: Id;
    address: string;
    date: string;
    findings: string | null;
    needs: string | null;
    cases: Array<{ id: Id; title: string; status: string; category: string }>;
  }>;
}

export interface Person {
  id: Id;
  displayName: string;
}

export type RoundReport = Omit<Reply<'/api/v1/rounds/reports/{id}', 'get'>, 'figures'> & { figures: ReportFigures };

export const roundsApi = {
  progress: (q: { regionId?: Id; gridId?: Id; month: string }, signal?: AbortSignal) =>
    api.get<RoundProgressResponse>('/rounds/progress', { query: q, signal }),
  report: (id: Id, signal?: AbortSignal) => api.get<RoundReport>(`/rounds/reports/${id}`, { signal }),
  create: (gridId: Id, month: string) => api.post<RoundReport>('/rounds/reports', { gridId, month }),
  refresh: (id: Id, expectedVersion: number) => api.post<RoundReport>(`/rounds/reports/${id}/refresh`, { expectedVersion }),
  submit: (id: Id, body: { expectedVersion: number; summary: string; notReached: Array<{ householdId: Id; reason: string }> }) =>
    api.post<RoundReport>(`/rounds/reports/${id}/submit`, body),
  acknowledge: (id: Id, body: { expectedVersion: number; note?: string }) =>
    api.post<RoundReport>(`/rounds/reports/${id}/acknowledge`, body),
};
