/** Discrepancy rate per grid (A8.2 "evaluate each area"), expandable by class, with the total. */
import { Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_CLASSES, type GridSummary, type Summary, type SummaryCounts } from '../../api/verification';
import { percent } from './verificationFormat';

type Row = SummaryCounts & { key: string; name: string; byClass?: Record<string, SummaryCounts> };

export function SummaryTable({ data, loading }: { data: Summary | undefined; loading: boolean }) {
  const { t } = useTranslation();
  if (!loading && data && data.total.tasks === 0 && data.grids.every((g) => g.tasks === 0))
    return <Empty description={t('verification.summary.empty')} />;
  const columns = [
    { title: t('verification.col.grid'), dataIndex: 'name', className: 'gw-nowrap' },
    { title: t('verification.summary.tasks'), dataIndex: 'tasks', className: 'gw-nowrap' },
    { title: t('verification.summary.done'), dataIndex: 'done', className: 'gw-nowrap' },
    { title: t('verification.summary.withDiscrepancy'), dataIndex: 'withDiscrepancy', className: 'gw-nowrap' },
    {
      title: t('verification.summary.rate'),
      dataIndex: 'discrepancyRate',
      className: 'gw-nowrap',
      render: (r: number | null) => percent(r),
    },
    { title: t('verification.summary.followUps'), dataIndex: 'followUps', className: 'gw-nowrap', responsive: ['md' as const] },
  ];
  const gridRow = (g: GridSummary): Row => ({ ...g, key: String(g.gridId) });
  const classRows = (byClass: Record<string, SummaryCounts>): Row[] =>
    VERIFICATION_CLASSES.filter((c) => byClass[c]?.tasks).map((c) => ({
      ...byClass[c],
      key: c,
      name: t(`visitClass.${c}`, { defaultValue: c }),
    }));
  const rows: Row[] = data
    ? [...data.grids.map(gridRow), { ...data.total, key: 'total', name: t('verification.summary.total'), byClass: data.byClass }]
    : [];
  return (
    <>
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          rowExpandable: (r) => Boolean(r.byClass && r.tasks > 0),
          expandedRowRender: (r) => (
            <Table<Row>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={classRows(r.byClass ?? {})}
              pagination={false}
              showHeader={false}
            />
          ),
        }}
        rowClassName={(r) => (r.key === 'total' ? 'gw-verification-total' : '')}
        onRow={(r) =>
          ({
            'data-testid': 'verification-summary-row',
            'data-key': r.key,
            'data-rate': r.discrepancyRate ?? '',
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      <Typography.Paragraph type="secondary" className="gw-hint">
        {t('verification.summary.rateHelp')}
      </Typography.Paragraph>
    </>
  );
}
