/**
 * 日历订阅: the user's private iCal feed of their meetings, training and visit rounds. A new address is
 * shown once (absolute, with a copy button); it can be replaced (the old one stops working) or revoked.
 */
import { Alert, App, Button, Card, Input, Popconfirm, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarFeedApi } from '../../api/calendarFeed';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';
import { copyText } from '../../lib/clipboard';
import { useAsync } from '../../lib/useAsync';

export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const status = useAsync((signal) => calendarFeedApi.status(signal), []);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<'create' | 'revoke' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const active = status.data?.active ?? false;

  const create = async () => {
    setBusy('create');
    setError(null);
    try {
      const feed = await calendarFeedApi.create();
      setUrl(new URL(feed.url, window.location.origin).toString());
      status.setData({ active: true, createdAt: feed.createdAt });
      message.success(t('calendarFeed.created'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const revoke = async () => {
    setBusy('revoke');
    setError(null);
    try {
      await calendarFeedApi.revoke();
      setUrl(null);
      status.setData({ active: false, createdAt: null });
      message.success(t('calendarFeed.revoked'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const copy = async () => {
    if (url && (await copyText(url))) message.success(t('calendarFeed.copied'));
    else message.warning(t('calendarFeed.copyFailed'));
  };

  return (
    <Card size="small" className="gw-block gw-feed-card" title={t('calendarFeed.title')} data-testid="calendar-feed">
      <p className="gw-feed-text">{t('calendarFeed.intro')}</p>
      <Alert type="warning" showIcon className="gw-error" title={t('calendarFeed.private')} />
      <ErrorAlert error={status.error ?? error} onRetry={status.error ? status.reload : undefined} />
      <Spin spinning={status.loading && !status.data}>
        <div className="gw-feed-status" data-testid="calendar-feed-status" data-active={String(active)}>
          {status.data &&
            (active && status.data.createdAt
              ? t('calendarFeed.active', { date: formatMinute(status.data.createdAt, i18n.language) })
              : t('calendarFeed.inactive'))}
        </div>
        {url && (
          <div className="gw-feed-url" data-testid="calendar-feed-new">
            <div className="gw-feed-label">{t('calendarFeed.url')}</div>
            <Space.Compact block>
              <Input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="calendar-feed-url" />
              <Button type="primary" onClick={() => void copy()} data-testid="calendar-feed-copy">
                {t('calendarFeed.copy')}
              </Button>
            </Space.Compact>
            <div className="gw-feed-once">{t('calendarFeed.once')}</div>
            <div className="gw-muted gw-hint">{t('calendarFeed.howTo')}</div>
          </div>
        )}
        {status.data && (
          <Space wrap className="gw-feed-actions">
            {active ? (
              <Popconfirm title={t('calendarFeed.replaceConfirm')} onConfirm={create}>
                <Button loading={busy === 'create'} disabled={busy !== null} data-testid="calendar-feed-create">
                  {t('calendarFeed.replace')}
                </Button>
              </Popconfirm>
            ) : (
              <Button type="primary" loading={busy === 'create'} onClick={() => void create()} data-testid="calendar-feed-create">
                {t('calendarFeed.create')}
              </Button>
            )}
            {active && (
              <Popconfirm title={t('calendarFeed.revokeConfirm')} onConfirm={revoke}>
                <Button danger loading={busy === 'revoke'} disabled={busy !== null} data-testid="calendar-feed-revoke">
                  {t('calendarFeed.revoke')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Spin>
    </Card>
  );
}
