/**
 * The header's notice bell: unread notices (临期/超期提醒, 新分派, 待反馈居民, 督办催办; 集中走访报告的报送、
 * 确认与待报送; 年度核查任务; 敏感信息查看超限) with their count, kept live by the server-sent stream (the session cookie
 * authenticates it); the stream closes on unmount, which sign-out causes. Opening a notice marks it
 * read and opens what it is about: its case, the rounds page of its month, or the verification page.
 */
import { Badge, Button, Dropdown, type MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NOTICE_KINDS, noticeField, noticeLink, noticesApi, noticeTitle, type Notice } from '../api/supervision';
import { formatMinute } from '../lib/caseFormat';

/** The line after the kind: the case title, or the grid and month of a round report, or the region and year of a check. */
function noticeDetail(t: TFunction, n: Notice, language: string): string {
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
  if (n.kind === 'verification-task-assigned') {
    return t('notices.detail.verification', { region: field('regionName'), year: field('year'), tasks: field('tasks') });
  }
  return noticeTitle(n) ?? (n.caseId != null ? `#${n.caseId}` : '');
}

function useUnreadNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);

  const reload = useCallback((signal?: AbortSignal) => {
    noticesApi.unread(signal).then(setNotices, () => undefined);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    reload(controller.signal);
    const source = new EventSource(noticesApi.streamUrl, { withCredentials: true });
    source.addEventListener('notification', (e) => {
      try {
        const n = JSON.parse((e as MessageEvent<string>).data) as Notice;
        setNotices((prev) => (prev.some((p) => p.id === n.id) ? prev : [{ ...n, readAt: null }, ...prev]));
      } catch {
        reload();
      }
    });
    return () => {
      controller.abort();
      source.close();
    };
  }, [reload]);

  const markRead = useCallback((id: number) => {
    setNotices((prev) => prev.filter((n) => n.id !== id));
    void noticesApi.markRead(id).catch(() => undefined);
  }, []);

  return { notices, markRead };
}

export function NoticeBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { notices, markRead } = useUnreadNotices();

  const items: MenuProps['items'] = notices.length
    ? notices.map((n) => ({
        key: String(n.id),
        label: (
          <div className="gw-notice-item" data-testid="notice-item">
            <strong>{(NOTICE_KINDS as readonly string[]).includes(n.kind) ? t(`notices.kind.${n.kind}`) : n.kind}</strong>
            {' · '}
            {noticeDetail(t, n, i18n.language)}
            <div className="gw-muted">{formatMinute(n.at, i18n.language)}</div>
          </div>
        ),
      }))
    : [{ key: 'none', disabled: true, label: t('notices.empty') }];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    const n = notices.find((x) => String(x.id) === key);
    if (!n) return;
    markRead(n.id);
    const link = noticeLink(n);
    if (link) navigate(link);
  };

  return (
    <Dropdown
      menu={{ items, onClick, style: { maxHeight: 420, overflowY: 'auto', maxWidth: 360 } }}
      trigger={['click']}
      placement="bottomRight"
    >
      <Button type="text" aria-label={t('notices.title')} data-testid="notice-bell">
        <Badge count={notices.length} size="small" overflowCount={99}>
          <span aria-hidden style={{ fontSize: 18 }}>
            🔔
          </span>
        </Badge>
        <span data-testid="notice-count" data-count={notices.length} hidden>
          {notices.length}
        </span>
      </Button>
    </Dropdown>
  );
}
