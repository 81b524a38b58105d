/**
 * One meeting: when, where and who convened it; the agenda; leave (asked before the start, decided by
 * the convener); the roll call on a phone; minutes; decisions as tasks; and what became of the
 * previous meeting's tasks (A4, C2.4, C5.1, C6); for consultation meetings and expert Q&A, who has told
 * residents in advance (A2.5).
 */
import { Card, Descriptions, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { meetingsApi, type Meeting, type MeetingTask } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RollCall } from '../../components/RollCall';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingAnnounce } from './MeetingAnnounce';
import { LeaveDecisions, LeaveRequest, LeaveTag } from './MeetingLeave';
import { MEETING_STATUS_COLOURS, typeLabel } from './meetingFormat';
import { MinutesEditor } from './MinutesEditor';
import { TaskForm } from './TaskForm';
import { TaskList } from './TaskList';
import '../cases/cases.css';
import '../team/team.css';
import './meetings.css';

function rollRows(m: Meeting) {
  return m.invitees.map((i) => ({
    id: i.user.id,
    name: i.user.name,
    attendance: i.attendance,
    mayBeOnLeave: i.leave?.status === 'approved',
    note: i.leave ? <LeaveTag status={i.leave.status} /> : undefined,
  }));
}

export default function MeetingPage() {
  const { t, i18n } = useTranslation();
  const me = useUser().id;
  const id = Number(useParams().id);
  const state = useAsync((signal) => meetingsApi.get(id, signal), [id]);
  const m = state.data;
  const set = state.setData;
  const reload = async () => {
    const fresh = await meetingsApi.get(id);
    set(fresh);
    return fresh;
  };
  const toggle = async (task: MeetingTask, done: boolean) => {
    const res = await meetingsApi.setTask(task.meetingId, task.id, done ? 'done' : 'open');
    if (task.meetingId === id) set(res);
    else await reload();
  };
  const agenda = m && (
    <Card size="small" className="gw-block" title={t('meetings.agenda.title', { count: m.agenda.length })}>
      <MeetingAgenda items={m.agenda} />
    </Card>
  );
  const canToggle = (task: MeetingTask) => Boolean(m?.abilities.convene) || task.owner.id === me;

  return (
    <div className="gw-page gw-meeting-page" data-testid="meeting-page">
      <Link to="/meetings" className="gw-back-link">
        ‹ {t('meetings.title')}
      </Link>
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Spin spinning={state.loading && !m}>
        {m && (
          <>
            <PageHeader title={m.title}>
              <Tag>{typeLabel(t, m.type)}</Tag>
              <Tag color={MEETING_STATUS_COLOURS[m.status]}>{t(`meetings.status.${m.status}`)}</Tag>
              {m.urgent && <Tag color="red">{t('meetings.types.urgent')}</Tag>}
            </PageHeader>
            <Card size="small" className="gw-block">
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2, lg: 3 }}
                items={[
                  { key: 'at', label: t('meetings.form.startsAt'), children: formatMinute(m.startsAt, i18n.language) },
                  { key: 'place', label: t('meetings.form.place'), children: m.place ?? '—' },
                  { key: 'region', label: t('meetings.form.region'), children: m.regionName },
                  { key: 'by', label: t('meetings.convenedBy'), children: m.convenedBy.name },
                  {
                    key: 'present',
                    label: t('meetings.attendance'),
                    children: t('meetings.presentOf', { present: m.present, invited: m.invited }),
                  },
                ]}
              />
            </Card>
            {m.announcement && (
              <Card size="small" className="gw-block" title={t('meetings.announce.title')}>
                <MeetingAnnounce meeting={m} me={me} onChange={set} />
              </Card>
            )}
            {m.invitees.some((i) => i.user.id === me) && (
              <Card size="small" className="gw-block" title={t('meetings.leave.title')}>
                <LeaveRequest meeting={m} me={me} onChange={set} />
              </Card>
            )}
            {/* the convener takes the roll first (on a phone, at the door); the others read the agenda first */}
            {!m.abilities.convene && agenda}
            {m.abilities.convene && m.invitees.some((i) => i.leave) && (
              <Card size="small" className="gw-block" title={t('meetings.leave.requests')}>
                <LeaveDecisions meeting={m} onChange={set} />
              </Card>
            )}
            <Card size="small" className="gw-block" title={t('meetings.roll')}>
              <RollCall
                rows={rollRows(m)}
                editable={m.abilities.convene}
                onMark={async (entries) => set(await meetingsApi.attendance(m.id, entries))}
              />
            </Card>
            {m.abilities.convene && agenda}
            <Card size="small" className="gw-block" title={t('meetings.minutes.title')}>
              <MinutesEditor meeting={m} onSaved={set} onReload={reload} />
            </Card>
            <Card size="small" className="gw-block" title={t('meetings.tasks.heading', { count: m.tasks.length })}>
              <TaskList tasks={m.tasks} canToggle={canToggle} onToggle={toggle} empty={t('meetings.tasks.none')} testId="meeting-tasks" />
              {m.abilities.convene && <TaskForm meeting={m} onChange={set} />}
            </Card>
            <Card size="small" className="gw-block" title={t('meetings.tasks.previous', { count: m.previousTasks.length })}>
              <TaskList
                tasks={m.previousTasks}
                canToggle={canToggle}
                onToggle={toggle}
                empty={t('meetings.tasks.noPrevious')}
                testId="meeting-previous-tasks"
              />
            </Card>
          </>
        )}
      </Spin>
    </div>
  );
}
