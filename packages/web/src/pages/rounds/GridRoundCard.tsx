/** One grid's month: status, households reached (round month), each member's days met, hours and visits, each working day as a dot. */
import { Button, Card, Collapse, Progress, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayStatus, GridProgress, MemberProgress, RoundReportStatus, RoundStatus } from '../../api/rounds';
import { formatDateTime } from '../../lib/format';

export const ROUND_STATUS_COLOR: Record<RoundStatus, string> = { 'on-track': 'blue', behind: 'orange', done: 'green', overdue: 'red' };
export const REPORT_STATUS_COLOR: Record<RoundReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  acknowledged: 'success',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROUND_STATUS_COLOR[status]} data-testid="round-status" data-status={status}>
      {t(`rounds.status.${status}`)}
    </Tag>
  );
}

function DayDots({ m }: { m: MemberProgress }) {
  const { t } = useTranslation();
  return (
    <span className="gw-round-dots">
      {m.days.map((d) => (
        <Tooltip key={d.date} title={t('rounds.dayTip', { date: d.date, hours: d.hours, status: t(`rounds.dayStatus.${d.status}`) })}>
          <span
            className={`gw-round-dot gw-round-dot-${d.status as DayStatus}`}
            data-date={d.date}
            role="img"
            aria-label={`${d.date} ${d.status}`}
          >
            {Number(d.date.slice(8))}
          </span>
        </Tooltip>
      ))}
    </span>
  );
}

interface Props {
  grid: GridProgress;
  creating: boolean;
  onCreate: () => void;
  onOpenReport: (id: number) => void;
}

export function GridRoundCard({ grid: g, creating, onCreate, onOpenReport }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns = [
    { title: t('rounds.member'), dataIndex: 'displayName', key: 'name', className: 'gw-round-member' },
    {
      title: t('rounds.daysMet'),
      key: 'met',
      width: 110,
      render: (_: unknown, m: MemberProgress) => `${m.daysMet} / ${m.workingDaysSoFar}`,
    },
    { title: t('rounds.hours'), dataIndex: 'hours', key: 'hours', width: 110 },
    { title: t('rounds.visits'), dataIndex: 'visits', key: 'visits', width: 90 },
    { title: t('rounds.days'), key: 'days', render: (_: unknown, m: MemberProgress) => <DayDots m={m} /> },
  ];
  const report = g.report;
  return (
    <Card
      className="gw-round-card"
      data-testid="round-grid"
      data-grid-id={g.gridId}
      title={
        <span>
          {g.gridName} <RoundStatusTag status={g.status} />
        </span>
      }
      extra={
        <>
          {report?.id && (
            <Button size="small" onClick={() => onOpenReport(report.id!)} data-testid="round-open-report">
              {t('rounds.openReport')}{' '}
              <Tag color={REPORT_STATUS_COLOR[report.status!]} style={{ marginInlineStart: 6 }}>
                {t(`rounds.reportStatus.${report.status}`)}
              </Tag>
            </Button>
          )}
          {g.abilities.createReport && (
            <Button size="small" type="primary" loading={creating} onClick={onCreate} data-testid="round-create-report">
              {t('rounds.createReport')}
            </Button>
          )}
        </>
      }
    >
      <div className="gw-muted gw-block">
        {t('rounds.window', { start: g.window.start, end: g.window.end, days: g.workingDays.length, hours: g.minHours })}
      </div>
      {g.round && report && (
        <div className="gw-round-reach gw-block" data-testid="round-reach" data-reached={g.round.reached} data-total={g.round.total}>
          <div>{t('rounds.roundMonth', { due: formatDateTime(report.due, lang) })}</div>
          <Progress
            percent={g.round.total ? Math.round((g.round.reached / g.round.total) * 100) : 100}
            status={g.round.status === 'met' ? 'success' : g.round.status === 'overdue' ? 'exception' : 'active'}
            format={() => `${g.round!.reached} / ${g.round!.total}`}
          />
          {g.round.notReached.length > 0 && (
            <Collapse
              size="small"
              ghost
              items={[
                {
                  key: 'nr',
                  label: t('rounds.notReachedTitle', { count: g.round.notReached.length }),
                  children: (
                    <ul className="gw-round-list">
                      {g.round.notReached.map((h) => (
                        <li key={h.householdId}>{h.address}</li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
      <Table<MemberProgress>
        size="small"
        rowKey="userId"
        columns={columns}
        dataSource={g.members}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('rounds.noMembers') }}
      />
    </Card>
  );
}
