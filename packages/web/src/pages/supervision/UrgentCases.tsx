/** The yellow and red cases under the board's region, most urgent first; each links to its case. */
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseStatus } from '../../api/cases';
import type { BoardCase } from '../../api/supervision';
import { formatMinute } from '../../lib/caseFormat';
import { LightTag, StatusTag } from '../cases/CaseTags';
import { useGridName } from '../cases/useCaseRefs';

export function UrgentCases({ cases }: { cases: BoardCase[] }) {
  const { t, i18n } = useTranslation();
  const gridName = useGridName();
  const columns: ColumnsType<BoardCase> = [
    { title: t('cases.col.title'), dataIndex: 'title', ellipsis: true, render: (v: string, c) => <Link to={`/cases/${c.id}`}>{v}</Link> },
    { title: t('supervision.light'), dataIndex: 'light', width: 130, render: (_, c) => <LightTag light={c.light} /> },
    { title: t('cases.col.status'), dataIndex: 'status', width: 92, render: (v: string) => <StatusTag status={v as CaseStatus} /> },
    { title: t('supervision.grid'), dataIndex: 'gridId', width: 160, render: (v: number) => gridName(v) },
    { title: t('supervision.unit'), dataIndex: 'handlingUnit', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t('cases.col.deadline'), dataIndex: 'deadline', width: 140, render: (v: string) => formatMinute(v, i18n.language) },
  ];
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('supervision.urgent', { count: cases.length })}
      </Typography.Title>
      <Table<BoardCase>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={cases}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        onRow={(c) => ({ 'data-testid': 'board-case-row', 'data-light': c.light }) as React.HTMLAttributes<HTMLElement>}
      />
    </>
  );
}
