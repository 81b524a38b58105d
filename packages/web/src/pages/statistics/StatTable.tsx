/** Every figure of one grouping, with the total as the last row. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatistics, StatRow } from '../../api/statistics';
import { rateText } from './chartOptions';

export function StatTable({ data, label }: { data: CaseStatistics; label: (r: StatRow) => string }) {
  const { t } = useTranslation();
  const rows = [...data.rows, { ...data.total, key: '__total' }];
  const num = (v: number | null) => (v === null ? t('statistics.none') : v);
  return (
    <Table<StatRow>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={rows}
      data-testid="stat-table"
      rowClassName={(r) => (r.key === '__total' ? 'gw-stat-total' : '')}
      columns={[
        {
          title: t('statistics.col.group'),
          key: 'group',
          fixed: 'left',
          render: (_, r) => (r.key === '__total' ? t('statistics.total') : label(r)),
        },
        { title: t('statistics.col.received'), dataIndex: 'received', align: 'right' },
        { title: t('statistics.col.closed'), dataIndex: 'closed', align: 'right' },
        { title: t('statistics.col.decided'), dataIndex: 'decided', align: 'right' },
        { title: t('statistics.col.onTime'), dataIndex: 'onTime', align: 'right' },
        { title: t('statistics.col.onTimeRate'), key: 'rate', align: 'right', render: (_, r) => rateText(r.onTimeRate) },
        { title: t('statistics.col.avgHandlingDays'), key: 'days', align: 'right', render: (_, r) => num(r.avgHandlingDays) },
        { title: t('statistics.col.satisfactionRate'), key: 'sat', align: 'right', render: (_, r) => rateText(r.satisfaction.rate) },
        {
          title: t('statistics.col.answers'),
          key: 'answers',
          align: 'right',
          render: (_, r) => `${r.satisfaction.satisfied} / ${r.satisfaction.basicallySatisfied} / ${r.satisfaction.unsatisfied}`,
        },
        { title: t('statistics.col.overdueOpen'), dataIndex: 'overdueOpen', align: 'right' },
      ]}
    />
  );
}
