/** Supervision board (督办) and in-app notices: shapes and calls (server modules/supervision, notifications). */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Query, Reply } from './openapi';
import type { Id } from './types';

export type LightCounts = Board['totals'];

export type BoardChild = Board['children'][number];

export type BoardCase = Board['cases'][number];

export type Board = Reply<'/api/v1/supervision/board', 'get'>;

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
  'meeting-announce',
] as const;

export type Notice = Reply<'/api/v1/notifications', 'get'>[number];

export const supervisionApi = {
  board: (regionId: Id, signal?: AbortSignal) => api.get<Board>('/supervision/board', { query: { regionId }, signal }),
  /** The board as an xlsx workbook (child regions and urgent cases); saved under the server's Chinese name. */
  exportXlsx: (regionId: Id) => downloadXlsx('/supervision/board/export', { regionId }, '督办看板.xlsx'),
};

export type NoticeQuery = Query<'/api/v1/notifications', 'get'>;

export const noticesApi = {
  unread: (signal?: AbortSignal) => api.get<Notice[]>('/notifications', { query: { unread: true }, signal }),
  /** All of the caller's notices, newest first; the next page with `before` = the last id. */
  list: (query: NoticeQuery, signal?: AbortSignal) => api.get<Notice[]>('/notifications', { query, signal }),
  unreadCount: (signal?: AbortSignal) =>
    api.get<Reply<'/api/v1/notifications/unread-count', 'get'>>('/notifications/unread-count', { signal }),
  markRead: (id: Id) => api.post<void>(`/notifications/${id}/read`),
  /** Marks the unread ones up to `upTo` (the newest shown) read; answers how many. */
  readAll: (upTo?: Id) =>
    api.post<Reply<'/api/v1/notifications/read-all', 'post'>>('/notifications/read-all', undefined, { query: { upTo } }),
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
 * reveal burst → the audit log; a meeting to announce → the meeting.
 */
export function noticeLink(n: Notice): string | null {
  if (n.caseId !== null && n.caseId !== undefined) return `/cases/${n.caseId}`;
  if (n.kind.startsWith('round-report-')) {
    const month = noticeField(n, 'month');
    return month && /^\d{4}-\d{2}$/.test(month) ? `/rounds?month=${month}` : '/rounds';
  }
  if (n.kind === 'verification-task-assigned') return '/verification';
  if (n.kind === 'reveal-burst') return '/audit';
  if (n.kind === 'meeting-announce' && n.subject.kind === 'meeting') return `/meetings/${n.subject.id}`;
  return null;
}
