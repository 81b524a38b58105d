/**
 * Leave (A4, C6): an invitee asks before the start; the convener approves (the roll then shows
 * 请假) or refuses, also before the start (409 MEETING_STARTED after it).
 */
import { App, Button, Input, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi, type Meeting } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';

const LEAVE_COLOURS: Record<string, string> = { pending: 'processing', approved: 'success', refused: 'error' };

export function LeaveTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={LEAVE_COLOURS[status]}>{t(`meetings.leave.status.${status}`, { defaultValue: status })}</Tag>;
}

interface Props {
  meeting: Meeting;
  me: number;
  onChange: (m: Meeting) => void;
}

/** The user's own request: the form before the start, else its state. */
export function LeaveRequest({ meeting, me, onChange }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mine = meeting.invitees.find((i) => i.user.id === me);
  if (!mine) return null;
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await meetingsApi.requestLeave(meeting.id, reason.trim()));
      setReason('');
      message.success(t('meetings.leave.sent'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="gw-meet-leave-mine" data-testid="meeting-leave-mine">
      {mine.leave && (
        <div className="gw-block">
          {t('meetings.leave.mine')} <LeaveTag status={mine.leave.status} /> <span className="gw-muted">{mine.leave.reason}</span>
        </div>
      )}
      {meeting.abilities.requestLeave && mine.leave?.status !== 'approved' && mine.leave?.status !== 'refused' && (
        <div className="gw-meet-leave-form">
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={500}
            placeholder={t('meetings.leave.reasonHint')}
            data-testid="meeting-leave-reason"
          />
          <Button disabled={!reason.trim()} loading={busy} onClick={() => void send()} data-testid="meeting-leave-submit">
            {mine.leave ? t('meetings.leave.update') : t('meetings.leave.request')}
          </Button>
        </div>
      )}
      {!meeting.abilities.requestLeave && !mine.leave && <div className="gw-muted">{t('meetings.leave.closed')}</div>}
      <ErrorAlert error={error} />
    </div>
  );
}

/** Requests to decide, for the convener. */
export function LeaveDecisions({ meeting, onChange }: Omit<Props, 'me'>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const requests = meeting.invitees.filter((i) => i.leave);
  if (requests.length === 0) return <div className="gw-muted">{t('meetings.leave.none')}</div>;
  const decide = async (leaveId: number, approve: boolean) => {
    setBusy(`${leaveId}:${approve}`);
    setError(null);
    try {
      onChange(await meetingsApi.decideLeave(meeting.id, leaveId, approve));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="gw-meet-leaves" data-testid="meeting-leave-requests">
      <ErrorAlert error={error} />
      {requests.map(({ user, leave }) => (
        <div key={user.id} className="gw-meet-leave-row" data-testid="meeting-leave-row">
          <div>
            <b>{user.name}</b> <LeaveTag status={leave!.status} />
            <div className="gw-muted gw-pre">{leave!.reason}</div>
          </div>
          {leave!.status === 'pending' && (
            <div className="gw-meet-leave-actions">
              <Button
                type="primary"
                loading={busy === `${leave!.id}:true`}
                disabled={busy !== null || meeting.started}
                onClick={() => void decide(leave!.id, true)}
                data-testid="meeting-leave-approve"
              >
                {t('meetings.leave.approve')}
              </Button>
              <Popconfirm title={t('meetings.leave.refuseConfirm')} onConfirm={() => void decide(leave!.id, false)}>
                <Button danger loading={busy === `${leave!.id}:false`} disabled={busy !== null || meeting.started}>
                  {t('meetings.leave.refuse')}
                </Button>
              </Popconfirm>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
