/**
 * 审计: every change (who, what, when, before/after), newest first, loaded 50 at a time; for administrators
 * at the top also 外发记录, the outbound channels' delivery records (DeliveriesTab).
 */
import { Button, Table, Tabs, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi } from '../../api/endpoints';
import type { AuditEntry } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useUser } from '../../state/session';
import { AuditDiff } from './AuditDiff';
import { auditActionLabel, auditEntityLabel } from './auditLabels';
import { DeliveriesTab } from './DeliveriesTab';

const PAGE = 50;

function useAuditPages() {
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (before: AuditEntry['id'] | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await auditApi.list(PAGE, before);
      setRows((prev) => (before === null ? page : [...prev, ...page]));
      setMore(page.length === PAGE);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);
  return { rows, more, loading, error, load };
}

export default function AuditPage() {
  const { t } = useTranslation();
  const user = useUser();
  if (!user.abilities.viewDeliveries)
    return (
      <div className="gw-page">
        <AuditLog />
      </div>
    );
  return (
    <div className="gw-page">
      <Tabs
        items={[
          { key: 'audit', label: t('deliveries.tabAudit'), children: <AuditLog /> },
          { key: 'deliveries', label: t('deliveries.tab'), children: <DeliveriesTab /> },
        ]}
      />
    </div>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const { rows, more, loading, error, load } = useAuditPages();
  const last = rows[rows.length - 1];
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          <Button onClick={() => void load(null)} loading={loading && rows.length === 0}>
            {t('common.refresh')}
          </Button>
        }
      />
      <ErrorAlert error={error} onRetry={() => void load(last?.id ?? null)} />
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: true }}
        data-testid="audit-table"
        expandable={{ expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} /> }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, i18n.language, { seconds: true }) },
          { title: t('audit.actor'), dataIndex: 'actor', render: (a: AuditEntry['actor']) => a?.username ?? t('audit.system') },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (v: string) => <Tag title={v}>{auditActionLabel(t, v)}</Tag>,
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            render: (v: string, r) => `${auditEntityLabel(t, v)} ${r.entityId ?? ''}`,
          },
        ]}
      />
      {more && rows.length > 0 && (
        <div className="gw-load-more">
          <Button onClick={() => void load(last.id)} loading={loading}>
            {t('audit.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
