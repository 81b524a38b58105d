/**
 * Notices as the header bell and 消息 (the notification centre) show them: the kind's label, the line
 * after it, and the one list rule both follow: one row per notice id, newest first, and a notice still
 * unread gives way to a newer one about the same case of the same family (the server's rule,
 * notifications.repository.ts: a case's deadline notices are one family, its assignments another, its
 * feedback-due notices a third), so a case's warning and overdue notices never show together.
 */
import type { TFunction } from 'i18next';
import { NOTICE_KINDS, noticeField, noticeTitle, type Notice } from '../api/supervision';
import { formatMinute } from './caseFormat';

/** The kind's label (临期提醒 ...); an unknown kind as it is. */
export function noticeKindLabel(t: TFunction, n: Notice): string {
  return (NOTICE_KINDS as readonly string[]).includes(n.kind) ? t(`notices.kind.${n.kind}`) : n.kind;
}

/** The line after the kind: the case title, or the grid and month of a round report, or the region and year of a check. */
export function noticeDetail(t: TFunction, n: Notice, language: string): string {
  const field = (key: string) => noticeField(n, key) ?? '';
  if (n.kind.startsWith('round-report-')) {
    const args = { grid: field('gridName'), month: field('month') };
    const due = noticeField(n, 'due');
    if (n.kind !== 'round-report-due' || !due) return t('notices.detail.round', args);
    return new Date(due).getTime() < Date.now()
      ? t('notices.detail.roundOverdue', args)
      : t('notices.detail.roundDue', { ...args, due: formatMinute(due, language) });
  }
  if (n.kind === 'reveal-burst') {
    return t('notices.detail.revealBurst', {
      name: field('displayName'),
      username: field('username'),
      count: field('count'),
      minutes: field('minutes'),
    });
  }
  if (n.kind === 'meeting-announce') {
    const at = field('startsAt');
    return t('notices.detail.meetingAnnounce', {
      title: field('title'),
      region: field('regionName'),
      at: at ? formatMinute(at, language) : '',
    });
  }
  if (n.kind === 'verification-task-assigned') {
    return t('notices.detail.verification', { region: field('regionName'), year: field('year'), tasks: field('tasks') });
  }
  return noticeTitle(n) ?? (n.caseId != null ? `#${n.caseId}` : '');
}

/** The family a newer notice of the same case supersedes within; null for kinds that never supersede (reminders ...). */
function familyOf(kind: string): string | null {
  if (kind === 'case-warning' || kind === 'case-overdue') return 'deadline';
  return kind === 'case-assigned' || kind === 'feedback-due' ? kind : null;
}

/**
 * The rows to show: each id once (the first copy wins: pass the freshest list first), newest first,
 * without unread notices a newer one of the same case and family replaces.
 */
export function visibleNotices(lists: readonly (readonly Notice[])[], isRead: (n: Notice) => boolean): Notice[] {
  const byId = new Map<number, Notice>();
  for (const list of lists) for (const n of list) if (!byId.has(n.id)) byId.set(n.id, n);
  const newest = [...byId.values()].sort((a, b) => b.id - a.id);
  const seen = new Set<string>();
  return newest.filter((n) => {
    const family = familyOf(n.kind);
    if (family === null || n.caseId == null) return true;
    const key = `${n.caseId}:${family}`;
    const superseded = seen.has(key) && !isRead(n);
    seen.add(key);
    return !superseded;
  });
}
