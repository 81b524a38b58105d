/** Decisions as tasks (A4, C6): what, who, by when, done or not; the owner or the convener ticks them off. */
import { Checkbox, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingTask } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format';

interface Props {
  tasks: MeetingTask[];
  /** May this user tick the task off? */
  canToggle: (task: MeetingTask) => boolean;
  onToggle: (task: MeetingTask, done: boolean) => Promise<unknown>;
  empty: string;
  testId: string;
}

export function TaskList({ tasks, canToggle, onToggle, empty, testId }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (tasks.length === 0) return <div className="gw-muted gw-meet-none">{empty}</div>;
  const toggle = async (task: MeetingTask, done: boolean) => {
    setBusy(task.id);
    setError(null);
    try {
      await onToggle(task, done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="gw-meet-tasks" data-testid={testId}>
      <ErrorAlert error={error} />
      {tasks.map((task) => (
        <div key={task.id} className="gw-meet-task" data-testid="meeting-task" data-status={task.status}>
          <Checkbox
            checked={task.status === 'done'}
            disabled={!canToggle(task) || busy !== null}
            onChange={(e) => void toggle(task, e.target.checked)}
            aria-label={task.title}
            data-testid="meeting-task-done"
          />
          <div className="gw-meet-task-main">
            <div className={task.status === 'done' ? 'gw-meet-task-done' : undefined}>{task.title}</div>
            <div className="gw-team-card-meta">
              <span>{task.owner.name}</span>
              <span>{t('meetings.tasks.due', { date: formatDate(task.dueOn, i18n.language) })}</span>
              {task.status === 'done' && task.doneAt && (
                <span>{t('meetings.tasks.doneAt', { date: formatDate(task.doneAt, i18n.language) })}</span>
              )}
              {task.overdue && <Tag color="red">{t('meetings.tasks.overdue')}</Tag>}
              {task.caseId && (
                <Link to={`/cases/${task.caseId}`}>
                  {t('meetings.tasks.case', { id: task.caseId })}
                  {task.caseStatus ? ` · ${t(`caseStatus.${task.caseStatus}`, { defaultValue: task.caseStatus })}` : ''}
                </Link>
              )}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
