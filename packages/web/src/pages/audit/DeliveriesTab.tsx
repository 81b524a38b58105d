/** 外发记录: the outbound channels' delivery records (read-only), newest first, by status and channel, 50 at a time. */
import { Alert, Button, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/endpoints';
import type { DeliveryRecord } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';

const PAGE = 50;
const STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
const CHANNELS = ['sms', 'wecom', 'dingtalk'] as const;
const STATUS_COLOR: Record<string, string> = { sent: 'green', failed: 'red', queued: 'gold', sending: 'blue', skipped: 'default' };

function useDeliveryPages(status: string | undefined, channel: string | undefined) {
  const [rows, setRows] = useState<DeliveryRecord[]>([]);
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (before: number | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await auditApi.deliveries({ limit: PAGE, before, status, channel });
        setRows((prev) => (before === null ? page : [...prev, ...page]));
        setMore(page.length === PAGE);
      } catch (e) {
        setError(e);
      } finally {
        setLoading(false);
      }
    },
    [status, channel],
  );

  useEffect(() => {
    void load(null);
  }, [load]);
  return { rows, more, loading, error, load };
}

export function DeliveriesTab() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string | undefined>();
  const [channel, setChannel] = useState<string | undefined>();
  const { rows, more, loading, error, load } = useDeliveryPages(status, channel);
  const last = rows[rows.length - 1];
  const when = (v: string | null) => (v ? formatDateTime(v, i18n.language) : '');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('deliveries.hint')} />
      <Space wrap>
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('deliveries.allStatuses')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`deliveries.statuses.${s}`) }))}
          data-testid="deliveries-status"
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('deliveries.allChannels')}
          value={channel}
          onChange={setChannel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`deliveries.channels.${c}`) }))}
        />
        <Button onClick={() => void load(null)}>{t('common.refresh')}</Button>
      </Space>
      <ErrorAlert error={error} onRetry={() => void load(last?.id ?? null)} />
      <Table<DeliveryRecord>
        size="small"
        rowKey="id"
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('deliveries.empty') }}
        data-testid="deliveries-table"
        columns={[
          { title: t('deliveries.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => when(v) },
          { title: t('deliveries.noticeKind'), dataIndex: 'kind', render: (v: string) => t(`notices.kind.${v}`, { defaultValue: v }) },
          {
            title: t('deliveries.channel'),
            dataIndex: 'channel',
            render: (v: string) => t(`deliveries.channels.${v}`, { defaultValue: v }),
          },
          {
            title: t('deliveries.target'),
            dataIndex: 'target',
            render: (v: DeliveryRecord['target'], r) => (v === 'group' ? t('deliveries.group') : r.recipient.username),
          },
          {
            title: t('deliveries.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag color={STATUS_COLOR[v]}>{t(`deliveries.statuses.${v}`, { defaultValue: v })}</Tag>,
          },
          { title: t('deliveries.attempts'), dataIndex: 'attempts', width: 70 },
          { title: t('deliveries.lastError'), dataIndex: 'lastError', render: (v: string | null) => v ?? '' },
          { title: t('deliveries.nextAttempt'), dataIndex: 'nextAttemptAt', width: 150, render: (v: string | null) => when(v) },
        ]}
      />
      {more && rows.length > 0 && (
        <div className="gw-load-more">
          <Button onClick={() => void load(last.id)} loading={loading}>
            {t('deliveries.loadMore')}
          </Button>
        </div>
      )}
    </Space>
  );
}
