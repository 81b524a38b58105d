/**
 * 消息: every notice of the signed-in user, read and unread, newest first, a page at a time; the unread
 * count and 全部标为已读 (up to the newest notice shown: one that comes in meanwhile stays unread). Tapping a
 * notice marks it read and opens what it is about, as the bell does. New notices arrive live through the
 * shared store (state/notices.ts); a case's superseded notices give way (lib/notices.ts). Phone first.
 */
import { App, Button, Empty, Segmented, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { noticeLink, noticesApi, type Notice } from '../../api/supervision';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { errorMessage } from '../../lib/errors';
import { noticeDetail, noticeKindLabel, visibleNotices } from '../../lib/notices';
import { markAllNoticesRead, markNoticeRead, useNotices } from '../../state/notices';
import './notifications.css';

const PAGE = 30;
type Filter = 'all' | 'unread';

interface Pages {
  items: Notice[];
  done: boolean;
  loading: boolean;
  error: unknown;
}

/** The pages of the list for a filter: the first on open, `more()` the next (before the last id). */
function useNoticePages(filter: Filter) {
  const [pages, setPages] = useState<Pages>({ items: [], done: false, loading: true, error: null });
  const load = useCallback(
    async (before: number | undefined, signal?: AbortSignal) => {
      setPages((p) => ({ ...p, loading: true, error: null }));
      try {
        const page = await noticesApi.list({ limit: PAGE, before, ...(filter === 'unread' ? { unread: true } : {}) }, signal);
        setPages((p) => ({ items: before ? [...p.items, ...page] : page, done: page.length < PAGE, loading: false, error: null }));
      } catch (error) {
        if (!signal?.aborted) setPages((p) => ({ ...p, loading: false, error }));
      }
    },
    [filter],
  );
  useEffect(() => {
    const controller = new AbortController();
    setPages({ items: [], done: false, loading: true, error: null });
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [load]);
  return { ...pages, reload: () => void load(undefined), more: () => void load(pages.items.at(-1)?.id) };
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const [marking, setMarking] = useState(false);
  const store = useNotices();
  const pages = useNoticePages(filter);

  // once the first page is in, what came live or is unread in the store joins it (above the oldest loaded, unless all are)
  const first = pages.loading && pages.items.length === 0;
  const oldest = pages.items.at(-1)?.id ?? 0;
  const fromStore = first ? [] : [...store.live, ...store.unread].filter((n) => pages.done || n.id >= oldest);
  const rows = visibleNotices([pages.items, fromStore], store.isRead).filter((n) => filter === 'all' || !store.isRead(n));

  const open = (n: Notice) => {
    markNoticeRead(n);
    const link = noticeLink(n);
    if (link) navigate(link);
  };

  const readAll = async () => {
    const newest = Math.max(0, ...rows.map((n) => n.id), ...store.unread.map((n) => n.id));
    setMarking(true);
    try {
      const count = await markAllNoticesRead(newest);
      message.success(t('noticeCentre.readAllDone', { count }));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setMarking(false);
    }
  };

  return (
    <div className="gw-page gw-notices-page">
      <PageHeader
        title={t('noticeCentre.title')}
        extra={
          <Button onClick={readAll} loading={marking} disabled={store.count === 0} data-testid="notices-read-all">
            {t('noticeCentre.readAll')}
          </Button>
        }
      >
        <span className="gw-muted" data-testid="notices-unread" data-count={store.count}>
          {store.count > 0 ? t('noticeCentre.unread', { count: store.count }) : t('noticeCentre.allRead')}
        </span>
      </PageHeader>
      <Segmented<Filter>
        className="gw-notices-filter"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('noticeCentre.filterAll') },
          { value: 'unread', label: t('noticeCentre.filterUnread') },
        ]}
        data-testid="notices-filter"
      />
      <ErrorAlert error={pages.error} onRetry={pages.reload} />
      <Spin spinning={first}>
        {!pages.loading && rows.length === 0 && !pages.error && (
          <Empty description={filter === 'unread' ? t('noticeCentre.emptyUnread') : t('noticeCentre.empty')} />
        )}
        <ul className="gw-notices-list" data-testid="notices-list">
          {rows.map((n) => {
            const unread = !store.isRead(n);
            return (
              <li key={n.id}>
                <button
                  type="button"
                  className={`gw-notice-row${unread ? ' is-unread' : ''}`}
                  onClick={() => open(n)}
                  data-testid="notice-row"
                  data-id={n.id}
                  data-kind={n.kind}
                  data-case={n.caseId ?? undefined}
                  data-unread={unread}
                >
                  <span className="gw-notice-dot" aria-hidden />
                  <span className="gw-notice-body">
                    <span className="gw-notice-top">
                      <span className="gw-notice-kind">{noticeKindLabel(t, n)}</span>
                      {unread && <span className="gw-visually-hidden">{t('noticeCentre.unreadMark')}</span>}
                      <time className="gw-muted" dateTime={n.at}>
                        {formatMinute(n.at, i18n.language)}
                      </time>
                    </span>
                    <span className="gw-notice-detail">{noticeDetail(t, n, i18n.language)}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {pages.items.length > 0 && (
          <div className="gw-load-more">
            {pages.done ? (
              <span className="gw-muted" data-testid="notices-end">
                {t('noticeCentre.end')}
              </span>
            ) : (
              <Button onClick={pages.more} loading={pages.loading} data-testid="notices-more">
                {t('noticeCentre.more')}
              </Button>
            )}
          </div>
        )}
      </Spin>
    </div>
  );
}
