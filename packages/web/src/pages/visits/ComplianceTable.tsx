/** Visit compliance rows (by grid, worker or class) with the total as the summary row (A7.2, C8). */
import { Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Compliance, ComplianceRow } from '../../api/visits';
import { rateColour } from '../households/householdFormat';
import { PACE_COLOUR, rowPace } from './complianceColour';

export function RateTag({ row }: { row: ComplianceRow }) {
  const { t } = useTranslation();
  if (row.households === 0) return <Tag>{t('compliance.legend.empty')}</Tag>;
  return (
    <Tag color={rateColour(row.rate, row.households)} className="gw-rate-tag" data-rate={row.rate}>
      {Math.round(row.rate * 100)}%
    </Tag>
  );
}

/** The group's pace (behind, at risk, on track) as a tag; `data-pace` names it for tests and tools. */
export function PaceTag({ row }: { row: ComplianceRow }) {
  const { t } = useTranslation();
  const pace = rowPace(row);
  if (pace === 'empty') return <Tag>{t('compliance.legend.empty')}</Tag>;
  return (
    <Tag color={PACE_COLOUR[pace]} className="gw-pace-tag" data-pace={pace}>
      {t(`compliance.pace.${pace}`)}
    </Tag>
  );
}

const PACE_ORDER = { behind: 0, 'at-risk': 1, 'on-track': 2, empty: 3 } as const;

const NUMBERS = ['households', 'required', 'done', 'met', 'due', 'atRisk', 'overdue'] as const;

function labelOf(t: TFunction, data: Compliance, row: ComplianceRow): string {
  return data.groupBy === 'class' ? t(`visitClass.${row.key}`, { defaultValue: row.label }) : row.label;
}

interface Props {
  data: Compliance | undefined;
  loading: boolean;
  selectedKey?: string | null;
  onSelect?: (key: string) => void;
}

export function ComplianceTable({ data, loading, selectedKey, onSelect }: Props) {
  const { t } = useTranslation();
  const paceColumn = {
    title: t('compliance.col.pace'),
    key: 'pace',
    width: 84,
    render: (_: unknown, r: ComplianceRow) => <PaceTag row={r} />,
    sorter: (a: ComplianceRow, b: ComplianceRow) => PACE_ORDER[rowPace(a)] - PACE_ORDER[rowPace(b)],
  };
  return (
    <Table<ComplianceRow>
      size="small"
      rowKey="key"
      loading={loading}
      dataSource={data?.rows ?? []}
      pagination={false}
      scroll={{ x: 800 }}
      data-testid={`compliance-table-${data?.groupBy ?? 'loading'}`}
      rowClassName={(r) => (r.key === selectedKey ? 'gw-row-selected' : '')}
      onRow={(r) =>
        ({ onClick: () => onSelect?.(r.key), 'data-testid': 'compliance-row', 'data-key': r.key }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('compliance.col.label'),
          dataIndex: 'label',
          fixed: 'left',
          width: 160,
          render: (_: string, r) => (data ? labelOf(t, data, r) : r.label),
        },
        ...NUMBERS.map((k) => ({
          title: t(`compliance.col.${k}`),
          dataIndex: k,
          width: 76,
          align: 'right' as const,
          sorter: (a: ComplianceRow, b: ComplianceRow) => a[k] - b[k],
        })),
        {
          title: t('compliance.col.rate'),
          dataIndex: 'rate',
          width: 90,
          render: (_: number, r) => <RateTag row={r} />,
          sorter: (a, b) => a.rate - b.rate,
        },
        paceColumn,
      ]}
      summary={() =>
        data && (
          <Table.Summary.Row className="gw-summary-row">
            <Table.Summary.Cell index={0}>{t('compliance.total')}</Table.Summary.Cell>
            {NUMBERS.map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 1} align="right">
                {data.total[k]}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={NUMBERS.length + 1}>
              <RateTag row={data.total} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={NUMBERS.length + 2}>
              <PaceTag row={data.total} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
