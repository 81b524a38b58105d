/** 工作日历: the year's days by kind, its status, overrides, the official notice, a deadline tool. */
import { Alert, Card, Select, Spin, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import type { CalendarDay, CalendarOverride, CalendarYear, YearStatus } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { ConfirmYearForm } from './ConfirmYearForm';
import { DeadlineTool } from './DeadlineTool';
import { OverrideModal } from './OverrideModal';
import { OverridesPanel } from './OverridesPanel';
import { Legend, YearGrid } from './YearGrid';

const STATUS_ALERT: Record<YearStatus, 'success' | 'info' | 'warning'> = { confirmed: 'success', library: 'info', provisional: 'warning' };

function yearOptions(years: CalendarYear[] | undefined, current: number): number[] {
  const set = new Set((years ?? []).map((y) => y.year));
  set.add(current);
  return Array.from(set).sort((a, b) => a - b);
}

function StatusBanner({ year, status }: { year: number; status: YearStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Alert
      type={STATUS_ALERT[status]}
      showIcon
      className="gw-block"
      data-testid="year-status"
      title={t(`calendar.status.${status}`, { year })}
      description={status === 'provisional' ? t('calendar.provisionalHelp') : undefined}
    />
  );
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canEdit = user.abilities.editCalendar;
  const [year, setYear] = useState(() => Number(todayShanghai().slice(0, 4)));
  const years = useAsync(() => calendarApi.years(), []);
  const days = useAsync(() => calendarApi.days(year), [year]);
  const overrides = useAsync(() => calendarApi.overrides(year), [year]);
  const [editing, setEditing] = useState<Partial<CalendarOverride> | null>(null);
  const status = years.data?.find((y) => y.year === year)?.status;
  const options = useMemo(() => yearOptions(years.data, Number(todayShanghai().slice(0, 4))), [years.data]);

  const refresh = () => {
    years.reload();
    days.reload();
    overrides.reload();
  };
  const pickDay = (d: CalendarDay) =>
    setEditing(overrides.data?.find((o) => o.date === d.date) ?? { date: d.date, kind: d.workday ? 'holiday' : 'workday', note: '' });

  const tabs = [
    {
      key: 'overrides',
      label: t('calendar.overridesTab'),
      children: (
        <OverridesPanel
          overrides={overrides.data}
          loading={overrides.loading}
          error={overrides.error}
          canEdit={canEdit}
          onEdit={setEditing}
          onChanged={refresh}
        />
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'notice',
            label: t('calendar.noticeTab'),
            children: <ConfirmYearForm year={year} days={days.data ?? []} onConfirmed={refresh} />,
          },
        ]
      : []),
    { key: 'deadline', label: t('calendar.deadlineTab'), children: <DeadlineTool /> },
  ];

  return (
    <div className="gw-page">
      <PageHeader
        title={t('calendar.title')}
        extra={
          <Select
            value={year}
            onChange={setYear}
            options={options.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
            data-testid="year-select"
          />
        }
      />
      <ErrorAlert error={years.error ?? days.error} onRetry={refresh} />
      <StatusBanner year={year} status={status} />
      <Card size="small" className="gw-block">
        <Legend />
        {days.loading && !days.data ? <Spin /> : <YearGrid days={days.data ?? []} onPick={canEdit ? pickDay : undefined} />}
        {canEdit && <div className="gw-muted gw-hint">{t('calendar.clickHint')}</div>}
      </Card>
      <Tabs items={tabs} />
      {editing && (
        <OverrideModal
          initial={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
