/**
 * 待发送: what was saved on this device without a connection and has not reached the server yet,
 * oldest first, with its state (waiting, failed and why), its photos and a short view of its content.
 * "立即发送" replays now; a refused record can be sent again (same key) or, when the server already
 * has other content under its key, as a new record; a record can be deleted after a confirmation.
 */
import { Alert, App, Button, Card, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute, newSubmissionKey } from '../../lib/caseFormat';
import { errorMessage } from '../../lib/errors';
import { removeItem, replay, retryItem, type OutboxItem } from '../../lib/offline/outbox';
import { useConnection, useOutbox } from '../../lib/offline/useOutbox';
import { useUser } from '../../state/session';
import './outbox.css';

function contentOf(item: OutboxItem): string {
  const b = item.body as Record<string, unknown>;
  const text = [b.findings, b.needs, b.description, b.content].filter((v) => typeof v === 'string' && v).join(' / ');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function ItemCard({ item }: { item: OutboxItem }) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const reused = item.error?.code === 'IDEMPOTENCY_KEY_REUSED';
  const error = item.error ? new ApiError(item.error.status, item.error.code, item.error.message, item.error.details) : null;
  const remove = () =>
    modal.confirm({ title: t('offline.page.removeConfirm'), okButtonProps: { danger: true }, onOk: () => removeItem(item.key) });
  return (
    <Card size="small" className="gw-outbox-item" data-testid="outbox-item" data-state={item.state} data-kind={item.kind}>
      <div className="gw-outbox-head">
        <Tag color="blue">{t(`offline.kinds.${item.kind}`)}</Tag>
        <strong className="gw-outbox-label">{item.label}</strong>
        <Tag color={item.state === 'failed' ? 'red' : 'orange'}>
          {t(item.state === 'failed' ? 'offline.page.stateFailed' : 'offline.page.stateWaiting')}
        </Tag>
      </div>
      <div className="gw-muted">
        {t('offline.page.savedAt', { time: formatMinute(item.createdAt, i18n.language) })}
        {item.attempts > 0 && ` · ${t('offline.page.attempts', { count: item.attempts })}`}
        {item.photos.length > 0 && ` · ${t('offline.page.photos', { count: item.photos.length })}`}
      </div>
      {item.recordId !== undefined && <div className="gw-muted">{t('offline.page.recordSaved')}</div>}
      {contentOf(item) && <div className="gw-outbox-content">{contentOf(item)}</div>}
      {item.state === 'failed' && error && (
        <Alert type="error" showIcon className="gw-outbox-error" title={reused ? t('offline.page.keyReused') : errorMessage(t, error)} />
      )}
      <Space wrap className="gw-outbox-actions">
        {item.state === 'failed' && !reused && (
          <Button size="small" onClick={() => void retryItem(item)} data-testid="outbox-retry">
            {t('offline.page.retry')}
          </Button>
        )}
        {reused && item.recordId === undefined && (
          <Button size="small" onClick={() => void retryItem(item, newSubmissionKey())} data-testid="outbox-send-as-new">
            {t('offline.page.sendAsNew')}
          </Button>
        )}
        <Button size="small" danger onClick={remove} data-testid="outbox-remove">
          {t('offline.page.remove')}
        </Button>
      </Space>
    </Card>
  );
}

export default function OutboxPage() {
  const { t } = useTranslation();
  const user = useUser();
  const outbox = useOutbox(user.id);
  const conn = useConnection();
  const [busy, setBusy] = useState(false);
  const sendNow = async () => {
    setBusy(true);
    await replay(user.id).catch(() => undefined);
    setBusy(false);
  };
  return (
    <div className="gw-page gw-outbox">
      <PageHeader
        title={t('offline.page.title')}
        extra={
          <Button type="primary" loading={busy} disabled={outbox.waiting === 0} onClick={() => void sendNow()} data-testid="outbox-send">
            {busy ? t('offline.page.sending') : t('offline.page.sendNow')}
          </Button>
        }
      />
      <p className="gw-muted">{t('offline.page.intro')}</p>
      {!conn.online && outbox.waiting > 0 && <Alert type="warning" showIcon title={t('offline.page.offlineNow')} />}
      {outbox.others > 0 && <Alert type="info" showIcon title={t('offline.page.otherUser', { count: outbox.others })} />}
      {outbox.items.length === 0 ? (
        <Empty description={t('offline.page.empty')} data-testid="outbox-empty" />
      ) : (
        <div className="gw-outbox-list" data-testid="outbox-list">
          {outbox.items.map((item) => (
            <ItemCard key={item.key} item={item} />
          ))}
        </div>
      )}
    </div>
  );
}
