/**
 * The header's notice bell: unread notices (临期/超期提醒, 新分派, 待反馈居民) with their count, kept live
 * by the server-sent stream (the session cookie authenticates it); the stream closes on unmount,
 * which sign-out causes. Opening a notice marks it read and opens its case.
 */
import { Badge, Button, Dropdown, type MenuProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NOTICE_KINDS, noticesApi, noticeTitle, type Notice } from '../api/supervision';
import { formatMinute } from '../lib/caseFormat';

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
            {noticeTitle(n) ?? `#${n.caseId}`}
            <div className="gw-muted">{formatMinute(n.at, i18n.language)}</div>
          </div>
        ),
      }))
    : [{ key: 'none', disabled: true, label: t('notices.empty') }];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    const n = notices.find((x) => String(x.id) === key);
    if (!n) return;
    markRead(n.id);
    navigate(`/cases/${n.caseId}`);
  };

  return (
    <Dropdown menu={{ items, onClick, style: { maxHeight: 420, overflowY: 'auto', maxWidth: 360 } }} trigger={['click']} placement="bottomRight">
      <Button type="text" aria-label={t('notices.title')} data-testid="notice-bell">
        <Badge count={notices.length} size="small" overflowCount={99}>
          <span aria-hidden style={{ fontSize: 18 }}>🔔</span>
        </Badge>
        <span data-testid="notice-count" data-count={notices.length} hidden>
          {notices.length}
        </span>
      </Button>
    </Dropdown>
  );
}
