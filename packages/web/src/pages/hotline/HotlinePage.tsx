/**
 * 热线登记: the cases that came in by the hotline (source=hotline), newest in the server's order, with
 * a status filter and "登记来电" (the intake form with the hotline source preset). The list API sends
 * no reporters, so the register shows none (a clear name or phone never appears here).
 */
import { shownLight } from '@gridwork/core/cases/light';
import { Button, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CASE_STATUSES, casesApi, type CaseRecord } from '../../api/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { DeadlineText, LightTag, StatusTag } from '../cases/CaseTags';
import { useGridName } from '../cases/useCaseRefs';
import '../cases/cases.css';

const LIMIT = 200;

export default function HotlinePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const gridName = useGridName();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const list = useAsync((signal) => casesApi.list({ source: 'hotline', status, limit: LIMIT }, signal), [status]);

  const columns: ColumnsType<CaseRecord> = [
    { title: t('cases.col.receivedAt'), dataIndex: 'receivedAt', width: 140, render: (v: string) => formatMinute(v, i18n.language) },
    { title: t('cases.col.title'), dataIndex: 'title', ellipsis: true, render: (v: string, c) => <Link to={`/cases/${c.id}`}>{v}</Link> },
    { title: t('supervision.grid'), dataIndex: 'gridId', width: 160, render: (v: number) => gridName(v) },
    { title: t('cases.col.status'), dataIndex: 'status', width: 92, render: (_, c) => <StatusTag status={c.status} /> },
    { title: t('supervision.light'), dataIndex: 'light', width: 130, render: (_, c) => <LightTag light={c.light} status={c.status} /> },
    { title: t('cases.col.deadline'), dataIndex: 'deadline', width: 140, render: (_, c) => <DeadlineText c={c} /> },
  ];

  return (
    <div className="gw-page">
      <PageHeader
        title={t('hotline.title')}
        extra={
          <Space>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('hotline.allStatuses')}
              value={status}
              onChange={(v?: string) => setStatus(v)}
              options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
              data-testid="hotline-status"
            />
            <Button onClick={list.reload} loading={list.loading}>
              {t('common.refresh')}
            </Button>
            <Button type="primary" onClick={() => navigate('/cases/new?source=hotline')} data-testid="hotline-new">
              ＋ {t('hotline.register')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Table<CaseRecord>
        size="middle"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 860 }}
        onRow={(c) =>
          ({
            'data-testid': 'hotline-row',
            'data-case-id': c.id,
            'data-light': shownLight(c) ?? 'off',
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
