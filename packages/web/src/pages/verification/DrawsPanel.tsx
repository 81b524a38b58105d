/** The period's samples (the current one first), the chosen sample's counts per class and its tasks. */
import { Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { verificationApi, type Draw, type DrawList, type TaskStatus, type VerificationTask } from '../../api/verification';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { DrawCounts } from './DrawCounts';
import { StatusTag } from './verificationFormat';

export function DrawsPanel({
  list,
  loading,
  picked,
  onPick,
}: {
  list: DrawList | undefined;
  loading: boolean;
  picked: number | null;
  onPick: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<TaskStatus | 'all'>('all');
  const items = list?.items ?? [];
  const current = items.find((d) => d.supersededAt === null);
  const chosenId = picked ?? current?.id ?? items[0]?.id ?? null;
  const detail = useAsync((signal) => (chosenId ? verificationApi.draw(chosenId, signal) : Promise.resolve(undefined)), [chosenId, list]);
  if (!loading && items.length === 0) return <Empty description={t('verification.noDraws')} />;

  const label = (d: Draw) => {
    const state = t(d.supersededAt ? 'verification.superseded' : 'verification.current');
    return `${d.region.name} · ${formatDateTime(d.createdAt, i18n.language)} · ${state}`;
  };
  const tasks = (detail.data?.tasks ?? []).filter((x) => status === 'all' || x.status === status);
  const columns = [
    {
      title: t('verification.col.address'),
      dataIndex: 'address',
      render: (v: string, r: VerificationTask) => <Link to={`/verification/tasks/${r.id}`}>{v}</Link>,
    },
    { title: t('verification.col.grid'), dataIndex: 'gridName', responsive: ['md' as const] },
    {
      title: t('verification.col.visitClass'),
      dataIndex: 'visitClass',
      className: 'gw-nowrap',
      render: (v: string) => t(`visitClass.${v}`, { defaultValue: v }),
    },
    {
      title: t('verification.col.status'),
      dataIndex: 'status',
      className: 'gw-nowrap',
      render: (v: TaskStatus) => <StatusTag status={v} />,
    },
    {
      title: t('verification.col.discrepancies'),
      dataIndex: 'discrepancies',
      className: 'gw-nowrap',
      render: (v: number | null, r: VerificationTask) =>
        v === null ? (
          '—'
        ) : (
          <Space size={4}>
            {v}
            {r.followUps ? <Tag color="orange">{t('verification.followUp', { count: r.followUps })}</Tag> : null}
          </Space>
        ),
    },
  ];

  return (
    <div>
      <Space wrap className="gw-block">
        <Select
          value={chosenId ?? undefined}
          onChange={onPick}
          options={items.map((d) => ({ value: d.id, label: label(d) }))}
          style={{ minWidth: 260 }}
          loading={loading}
          data-testid="verification-draw-select"
        />
      </Space>
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {detail.data && (
        <>
          <Card size="small" className="gw-block" title={t('verification.countsTitle')}>
            <Typography.Paragraph type="secondary" className="gw-verification-meta">
              {t('verification.baseDate', { date: detail.data.baseDate })} · {t('verification.seedValue', { seed: detail.data.seed })}
              {detail.data.policy.version !== null && <> · {t('verification.policyVersion', { version: detail.data.policy.version })}</>}
            </Typography.Paragraph>
            <DrawCounts draw={detail.data} />
          </Card>
          <Space wrap className="gw-block">
            <Typography.Text strong>{t('verification.tasks', { count: detail.data.tasks?.length ?? 0 })}</Typography.Text>
            <Select<TaskStatus | 'all'>
              value={status}
              onChange={setStatus}
              options={[
                { value: 'all', label: t('verification.allStatuses') },
                ...(['pending', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`verification.status.${s}`) })),
              ]}
              style={{ width: 120 }}
            />
          </Space>
          <Table<VerificationTask>
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={tasks}
            loading={detail.loading}
            pagination={tasks.length > 50 ? { pageSize: 50 } : false}
            onRow={(r) => ({ 'data-testid': 'verification-task-row', 'data-task-id': r.id }) as React.HTMLAttributes<HTMLElement>}
          />
        </>
      )}
    </div>
  );
}
