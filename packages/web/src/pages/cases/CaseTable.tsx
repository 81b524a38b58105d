/** Desktop: the cases as a table, in the server's urgency order (open first, earliest deadline first). */
import { shownLight } from '@gridwork/core/cases/light';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseCategory, CaseRecord } from '../../api/cases';
import { formatMinute } from '../../lib/caseFormat';
import { DeadlineText, LightDot, StatusTag } from './CaseTags';
import { categoryLabel } from './useCaseRefs';

interface Props {
  rows: CaseRecord[];
  loading: boolean;
  gridName: (id: number) => string;
  categories: CaseCategory[] | undefined;
}

function useColumns(gridName: Props['gridName'], categories: Props['categories']): ColumnsType<CaseRecord> {
  const { t, i18n } = useTranslation();
  return [
    {
      title: t('cases.col.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (v: string, c) => (
        <div className="gw-case-title-cell">
          <LightDot light={c.light} status={c.status} />
          <div className="gw-case-title-text">
            <Link to={`/cases/${c.id}`}>{v}</Link>
            <div className="gw-muted">
              #{c.id} · {gridName(c.gridId)} · {categoryLabel(categories, c.category, i18n.language)}
            </div>
          </div>
        </div>
      ),
    },
    { title: t('cases.col.status'), dataIndex: 'status', width: 92, render: (_, c) => <StatusTag status={c.status} /> },
    { title: t('cases.col.deadline'), dataIndex: 'deadline', width: 140, render: (_, c) => <DeadlineText c={c} /> },
    {
      title: t('cases.col.caseClass'),
      dataIndex: 'caseClass',
      width: 116,
      render: (v: string) => t(`caseClasses.${v}`, { defaultValue: v }),
    },
    { title: t('cases.col.source'), dataIndex: 'source', width: 88, render: (v: string) => t(`caseSources.${v}`, { defaultValue: v }) },
    { title: t('cases.col.receivedAt'), dataIndex: 'receivedAt', width: 140, render: (v: string) => formatMinute(v, i18n.language) },
  ];
}

export function CaseTable({ rows, loading, gridName, categories }: Props) {
  const navigate = useNavigate();
  const columns = useColumns(gridName, categories);
  return (
    <Table<CaseRecord>
      data-testid="case-list"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 860 }}
      onRow={(c) =>
        ({
          'data-testid': 'case-row',
          'data-case-id': c.id,
          'data-light': shownLight(c) ?? 'off',
          className: 'gw-case-tr',
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('a')) navigate(`/cases/${c.id}`);
          },
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
