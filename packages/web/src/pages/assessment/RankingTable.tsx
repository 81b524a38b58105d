/**
 * The ranking: rank, name, score and each part's points; the rule ID under each item for desk users.
 * A name picks the subject for the trend; a part's points open the records behind them.
 */
import { Button, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { AssessmentItem, ScoredSubject } from '../../api/assessment';
import type { Id } from '../../api/types';
import { itemLabel, points, valueText } from './assessmentFormat';

interface Props {
  items: ScoredSubject[];
  loading: boolean;
  selectedId: Id | null;
  showRules: boolean;
  onSelect: (id: Id) => void;
  onDrill: (subject: ScoredSubject, item: AssessmentItem) => void;
}

export function RankingTable({ items, loading, selectedId, showRules, onSelect, onDrill }: Props) {
  const { t } = useTranslation();
  const parts = items[0]?.parts ?? [];
  const columns: ColumnsType<ScoredSubject> = [
    { key: 'rank', title: t('assessment.rank'), dataIndex: 'rank', width: 56, fixed: 'left', align: 'center' },
    {
      key: 'name',
      title: t('assessment.name'),
      fixed: 'left',
      render: (_, s) => (
        <Button type="link" className="gw-link-button" onClick={() => onSelect(s.subject.id)} data-testid="assessment-subject">
          {s.subject.name}
        </Button>
      ),
    },
    {
      key: 'score',
      title: t('assessment.score'),
      dataIndex: 'score',
      align: 'right',
      render: (v: number) => <b className="gw-score">{points(v)}</b>,
    },
    ...parts.map((p, i) => ({
      key: p.item,
      align: 'right' as const,
      title: (
        <div className="gw-part-head">
          <div>{itemLabel(t, p.item)}</div>
          <div className="gw-muted gw-part-weight">
            {t('assessment.weight', { weight: p.weight })}
            {showRules && <Tag className="gw-rule-tag">{p.rule}</Tag>}
          </div>
        </div>
      ),
      render: (_: unknown, s: ScoredSubject) => {
        const part = s.parts[i];
        if (!part) return '—';
        return (
          <Tooltip title={valueText(part)}>
            <Button
              type="link"
              className="gw-link-button"
              onClick={() => onDrill(s, part.item)}
              data-testid={`assessment-part-${part.item}`}
            >
              {points(part.points)}
            </Button>
          </Tooltip>
        );
      },
    })),
  ];
  return (
    <Table<ScoredSubject>
      rowKey={(s) => s.subject.id}
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(s) => (s.subject.id === selectedId ? 'gw-row-selected' : '')}
      data-testid="assessment-table"
    />
  );
}
