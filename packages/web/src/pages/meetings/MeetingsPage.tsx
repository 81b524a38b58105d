/**
 * 会议 (A4, A2.5, C2.4, C4, C5.1, C6, D7): the month's meetings as the policy sets them for the
 * region (shifted off rest days, the township's combined monthly meeting), each linked to the meeting
 * recorded for it, and the other meetings recorded (urgent, consultation, expert Q&A). Conveners call one.
 */
import { Button, Card, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { meetingsApi } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { addMonths, todayShanghai } from '../../lib/format';
import { teamAbilities } from '../../lib/teamAbilities';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { useTeamRegion } from '../team/useTeamRegion';
import { dayOf, monthItems } from './meetingFormat';
import { MonthList } from './MonthList';
import { MonthNav } from './MonthNav';
import { ScheduleMonth } from './ScheduleMonth';
import '../team/team.css';
import './meetings.css';

export default function MeetingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { regions, selected } = useRegions();
  const team = teamAbilities(user, regions);
  const region = useTeamRegion();
  const [month, setMonth] = useState(todayShanghai().slice(0, 7));
  const schedule = useAsync((signal) => meetingsApi.schedule({ regionId: region?.id, month }, signal), [region?.id, month]);
  // without a region picked in the tree: every meeting in scope and every one the user is invited to
  const listRegion = selected?.inScope ? selected.id : undefined;
  const recorded = useAsync(
    (signal) => meetingsApi.list({ regionId: listRegion, from: `${month}-01`, to: `${addMonths(month, 1)}-01`, limit: 200 }, signal),
    [listRegion, month],
  );
  const items = useMemo(
    () =>
      monthItems(
        schedule.data ?? [],
        (recorded.data ?? []).filter((m) => dayOf(m.startsAt).startsWith(month)),
      ),
    [schedule.data, recorded.data, month],
  );
  const reload = () => {
    schedule.reload();
    recorded.reload();
  };

  return (
    <div className="gw-page gw-meetings-page">
      <PageHeader
        title={t('meetings.title')}
        extra={
          <Space wrap>
            <MonthNav month={month} onChange={setMonth} />
            <ExportButton
              run={() =>
                meetingsApi.exportXlsx({ regionId: listRegion, from: `${month}-01`, to: `${addMonths(month, 1)}-01` }, `会议-${month}.xlsx`)
              }
              testId="meeting-export"
            />
            {team.conveneMeetings && (
              <Link to={`/meetings/new${region ? `?regionId=${region.id}` : ''}`}>
                <Button type="primary" data-testid="meeting-new">
                  {t('meetings.convene')}
                </Button>
              </Link>
            )}
          </Space>
        }
      >
        {region && <span className="gw-muted">{region.name}</span>}
      </PageHeader>
      <ErrorAlert error={schedule.error ?? recorded.error} onRetry={reload} />
      <Spin spinning={schedule.loading || recorded.loading}>
        <Card size="small" className="gw-block">
          <ScheduleMonth month={month} items={items} />
          <div className="gw-legend gw-meet-legend">
            {(['held', 'scheduled', 'planned', 'missed'] as const).map((s) => (
              <span key={s} className="gw-legend-item">
                <span className={`gw-meet-chip gw-meet-${s}`}>{t(`meetings.state.${s}`)}</span>
              </span>
            ))}
          </div>
        </Card>
        <MonthList items={items} regionId={region?.id} canConvene={team.conveneMeetings} />
      </Spin>
    </div>
  );
}
