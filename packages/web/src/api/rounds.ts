/** Concentrated rounds of the township preset (C2.2, C7.1, D6): shapes and calls (server modules/rounds). */
import { api } from './client';
import type { Id } from './types';

export type RoundStatus = 'on-track' | 'behind' | 'done' | 'overdue';
export type DayStatus = 'met' | 'due' | 'at-risk' | 'overdue';
export type RoundReportStatus = 'draft' | 'submitted' | 'acknowledged';
export interface DateRange {
  start: string;
  end: string;
}

export interface MemberProgress {
  userId: Id;
  displayName: string;
  workingDays: number;
  workingDaysSoFar: number;
  daysMet: number;
  daysMissed: number;
  visits: number;
  hours: number;
  days: Array<{ date: string; hours: number; met: boolean; status: DayStatus }>;
}

export interface GridProgress {
  gridId: Id;
  gridName: string;
  month: string;
  asOf: string;
  policyVersion: number | null;
  status: RoundStatus;
  window: DateRange;
  workingDays: string[];
  workingDaysSoFar: number;
  minHours: number;
  deadline: string;
  members: MemberProgress[];
  round: {
    window: DateRange;
    total: number;
    reached: number;
    status: DayStatus;
    notReached: Array<{ householdId: Id; address: string }>;
  } | null;
  report: { due: string; id: Id | null; status: RoundReportStatus | null; submittedAt: string | null; onTime: boolean | null } | null;
  abilities: { createReport: boolean; prepare: boolean; acknowledge: boolean };
}

export interface RoundProgressResponse {
  month: string;
  asOf: string;
  grids: GridProgress[];
}

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

export interface RoundReport {
  id: Id;
  gridId: Id;
  gridName: string;
  month: string;
  status: RoundReportStatus;
  version: number;
  policyVersion: number | null;
  due: string;
  generatedAt: string;
  figures: ReportFigures;
  summary: string | null;
  createdBy: Person | null;
  createdAt: string;
  submittedBy: Person | null;
  submittedAt: string | null;
  acknowledgedBy: Person | null;
  acknowledgedAt: string | null;
  note: string | null;
  allowedActions: string[];
  abilities: { refresh: boolean; submit: boolean; acknowledge: boolean };
}

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
