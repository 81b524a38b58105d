/** The household list: a table on a desktop, one card per household on a phone. ID numbers and phones masked (C3). */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { HouseholdSummary } from '../../api/households';
import type { Id } from '../../api/types';
import { PAGE_SIZE } from './useHouseholdList';

type Member = HouseholdSummary['members'][number];

function MemberLine({ m }: { m: Member }) {
  const { t } = useTranslation();
  return (
    <span className="gw-hh-member">
      {m.name}（{t(`sex.${m.sex}`)}）{m.idNumber && <span className="gw-mono gw-muted"> {m.idNumber}</span>}
      {m.phone && <span className="gw-mono gw-muted"> {m.phone}</span>}
    </span>
  );
}

function Members({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  if (members.length === 0) return <span className="gw-muted">{t('households.noMembers')}</span>;
  return (
    <div className="gw-hh-members">
      {members.map((m) => (
        <MemberLine key={m.residentId} m={m} />
      ))}
    </div>
  );
}

interface Props {
  rows: HouseholdSummary[];
  gridName: (id: Id) => string;
}

export function HouseholdCards({ rows, gridName }: Props) {
  const { t } = useTranslation();
  return (
    <div className="gw-hh-cards" data-testid="household-list">
      {rows.map((h) => (
        <Link key={h.id} to={`/households/${h.id}`} className="gw-hh-card" data-testid="household-row" data-household-id={h.id}>
          <div className="gw-hh-card-top">
            <span className="gw-hh-address">{h.address}</span>
            <span className="gw-muted">#{h.id}</span>
          </div>
          <div className="gw-muted gw-hh-card-meta">
            {gridName(h.gridId)} · {t(`housing.${h.housing}`, { defaultValue: h.housing })}
          </div>
          <Members members={h.members} />
        </Link>
      ))}
    </div>
  );
}

export function HouseholdTable({
  rows,
  gridName,
  loading,
  total,
  offset,
  onPage,
}: Props & { loading: boolean; total: number; offset: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<HouseholdSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      data-testid="household-list"
      pagination={{
        current: Math.floor(offset / PAGE_SIZE) + 1,
        pageSize: PAGE_SIZE,
        total,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (n) => t('households.count', { count: n }),
      }}
      onRow={(h) =>
        ({
          className: 'gw-case-tr',
          'data-testid': 'household-row',
          'data-household-id': h.id,
          onClick: () => navigate(`/households/${h.id}`),
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('households.col.id'), dataIndex: 'id', width: 80 },
        {
          title: t('households.col.address'),
          dataIndex: 'address',
          width: '30%',
          render: (v: string, h) => (
            <Link to={`/households/${h.id}`} onClick={(e) => e.stopPropagation()}>
              {v}
            </Link>
          ),
        },
        { title: t('households.col.grid'), dataIndex: 'gridId', width: 180, render: (id: Id) => gridName(id) },
        {
          title: t('households.col.housing'),
          dataIndex: 'housing',
          width: 100,
          render: (v: string) => t(`housing.${v}`, { defaultValue: v }),
        },
        { title: t('households.col.members'), dataIndex: 'members', render: (m: Member[]) => <Members members={m} /> },
      ]}
    />
  );
}
