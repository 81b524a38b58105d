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

export const NOTICE_KINDS = [
  'case-warning',
  'case-overdue',
  'case-assigned',
  'feedback-due',
  'case-reminder',
  'round-report-submitted',
  'round-report-acknowledged',
  'round-report-due',
  'verification-task-assigned',
  'reveal-burst',
] as const;

export interface Notice {
  id: Id;
  /** The case of a case notice; null for the others. */
  caseId: Id | null;
  /** What the notice is about: case | round-report | grid (a grid's round) | verification-draw ... */
  subject?: { kind: string; id: Id };
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

/** A text field of a notice's payload, if present. */
export function noticeField(n: Notice, key: string): string | null {
  const p = n.payload;
  if (!p || typeof p !== 'object' || !(key in p)) return null;
  const v = (p as Record<string, unknown>)[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** The case title a notice carries in its payload, if any. */
export function noticeTitle(n: Notice): string | null {
  return noticeField(n, 'title');
}

/**
 * Where opening a notice leads: its case; a round report or round → the rounds page of its month; verification tasks → /verification; a
 * reveal burst → the audit log.
 */
export function noticeLink(n: Notice): string | null {
  if (n.caseId !== null && n.caseId !== undefined) return `/cases/${n.caseId}`;
  if (n.kind.startsWith('round-report-')) {
    const month = noticeField(n, 'month');
    return month && /^\d{4}-\d{2}$/.test(month) ? `/rounds?month=${month}` : '/rounds';
  }
  if (n.kind === 'verification-task-assigned') return '/verification';
  if (n.kind === 'reveal-burst') return '/audit';
  return null;
}
