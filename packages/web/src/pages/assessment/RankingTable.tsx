/**
 * The ranking: rank, name, score and each part's points; the rule ID under each item for desk users.
 * A name picks the subject for the trend; a part's points open the records behind them; a worker's
 * row links their profile (成员档案) of the period's year.
 */
import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AssessmentItem, ScoredSubject } from '../../api/assessment';
import { memberPath } from '../../api/members';
import type { Id } from '../../api/types';
import { itemLabel, points, valueText } from './assessmentFormat';
import { RuleIdTag } from '../../components/RuleText';

interface Props {
  items: ScoredSubject[];
  loading: boolean;
  selectedId: Id | null;
  showRules: boolean;
  onSelect: (id: Id) => void;
  onDrill: (subject: ScoredSubject, item: AssessmentItem) => void;
  /** Workers ranked: each name links the member's profile of this year. */
  profileYear?: string;
}

export function RankingTable({ items, loading, selectedId, showRules, onSelect, onDrill, profileYear }: Props) {
  const { t } = useTranslation();
  const parts = items[0]?.parts ?? [];
  const columns: ColumnsType<ScoredSubject> = [
    { key: 'rank', title: t('assessment.rank'), dataIndex: 'rank', width: 56, fixed: 'left', align: 'center' },
    {
      key: 'name',
      title: t('assessment.name'),
      fixed: 'left',
      render: (_, s) => (
        <span className="gw-subject-cell">
          <Button type="link" className="gw-link-button" onClick={() => onSelect(s.subject.id)} data-testid="assessment-subject">
            {s.subject.name}
          </Button>
          {profileYear && (
            <Link to={memberPath(s.subject.id, profileYear)} className="gw-subject-profile" data-testid="assessment-profile">
              {t('members.link')}
            </Link>
          )}
        </span>
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
            {showRules && <RuleIdTag rule={p.rule} />}
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
