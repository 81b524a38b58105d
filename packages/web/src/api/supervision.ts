/** Supervision board (督办) and in-app notices: shapes and calls (server modules/supervision, notifications). */
import { api } from './client';
import type { Light } from './cases';
import type { Id } from './types';

export interface LightCounts {
  open: number;
  yellow: number;
  red: number;
}

export interface BoardChild extends LightCounts {
  id: Id;
  name: string;
  type: string;
}

export interface BoardCase {
  id: Id;
  title: string;
  gridId: Id;
  status: string;
  deadline: string;
  light: Extract<Light, 'yellow' | 'red'>;
  caseClass: string;
  tier: string;
  handlingUnit: string | null;
}

export interface Board {
  region: { id: Id; name: string; type: string };
  totals: LightCounts;
  children: BoardChild[];
  cases: BoardCase[];
}

export const NOTICE_KINDS = ['case-warning', 'case-overdue', 'case-assigned', 'feedback-due'] as const;

export interface Notice {
  id: Id;
  caseId: Id;
  kind: string;
  at: string;
  readAt?: string | null;
  payload: unknown;
}

export const supervisionApi = {
  board: (regionId: Id, signal?: AbortSignal) => api.get<Board>('/supervision/board', { query: { regionId }, signal }),
};

export const noticesApi = {
  unread: (signal?: AbortSignal) => api.get<Notice[]>('/notifications', { query: { unread: true }, signal }),
  markRead: (id: Id) => api.post<void>(`/notifications/${id}/read`),
  streamUrl: '/api/v1/notifications/stream',
};

/** The case title a notice carries in its payload, if any. */
export function noticeTitle(n: Notice): string | null {
  const p = n.payload;
  return p && typeof p === 'object' && 'title' in p && typeof p.title === 'string' ? p.title : null;
}
