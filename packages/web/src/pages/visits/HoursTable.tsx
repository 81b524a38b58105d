/** Visiting hours of the last 7 days, one row per person, one column per day (C7.1: in-person visits, overlaps merged). */
import { addDays } from '@gridwork/core/calendar/dates';
import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visitsApi, type HoursRow } from '../../api/visits';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { shortDate } from '../households/householdFormat';

interface PersonRow {
  userId: Id;
  displayName: string;
  days: Map<string, HoursRow>;
  minutes: number;
  visits: number;
}

const hm = (minutes: number) => `${Math.floor(minutes / 60)}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

function pivot(rows: HoursRow[]): PersonRow[] {
  const people = new Map<Id, PersonRow>();
  for (const r of rows) {
    const p = people.get(r.userId) ?? { userId: r.userId, displayName: r.displayName, days: new Map(), minutes: 0, visits: 0 };
    p.days.set(r.date, r);
    p.minutes += r.minutes;
    p.visits += r.visits;
    people.set(r.userId, p);
  }
  return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

export function HoursTable({ regionId, date }: { regionId: Id; date: string }) {
  const { t, i18n } = useTranslation();
  const from = addDays(date, -6);
  const hours = useAsync((signal) => visitsApi.hours({ regionId, from, to: date }, signal), [regionId, from, date]);
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(from, i)), [from]);
  const people = useMemo(() => pivot(hours.data?.rows ?? []), [hours.data]);
  const cell = (r: HoursRow | undefined) =>
    r ? (
      <span title={t('compliance.visits', { count: r.visits })}>
        {hm(r.minutes)} <span className="gw-muted">({r.visits})</span>
      </span>
    ) : (
      <span className="gw-muted">—</span>
    );

  return (
    <Card size="small" title={t('compliance.hours')} className="gw-hours-card" data-testid="hours-table">
      <div className="gw-muted gw-hint">{t('compliance.hoursHint')}</div>
      <ErrorAlert error={hours.error} onRetry={hours.reload} />
      {hours.data && people.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance.noHours')} />}
      {people.length > 0 && (
        <Table<PersonRow>
          size="small"
          rowKey="userId"
          loading={hours.loading}
          dataSource={people}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            { title: t('compliance.worker'), dataIndex: 'displayName', fixed: 'left', width: 110 },
            ...days.map((d) => ({
              title: shortDate(d, i18n.language),
              key: d,
              width: 86,
              render: (_: unknown, p: PersonRow) => cell(p.days.get(d)),
            })),
            {
              title: t('compliance.sum'),
              key: 'sum',
              width: 90,
              render: (_: unknown, p: PersonRow) => (
                <strong>
                  {hm(p.minutes)} <span className="gw-muted">({p.visits})</span>
                </strong>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
