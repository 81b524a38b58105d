/**
 * A2.5 居民告知: the notice residents are told of a consultation meeting or an expert Q&A session in
 * advance, who of the area's grid workers has passed it on (and to about how many households), who
 * has not yet, and for a grid worker of the area a two-tap "我已告知居民" with the count.
 */
import { App, Button, Form, Input, InputNumber, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { meetingsApi, type Meeting } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';
import { copyText } from '../../lib/clipboard';
import { useFormSubmit } from '../../lib/useFormSubmit';

interface Values {
  households?: number | null;
  note?: string;
}

export function MeetingAnnounce({ meeting, me, onChange }: { meeting: Meeting; me: number; onChange: (m: Meeting) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { busy, error, submit } = useFormSubmit<Values>(null, [], t);
  const a = meeting.announcement;
  if (!a) return null;
  const mine = a.by.find((b) => b.user.id === me);

  const save = (v: Values) =>
    submit(async () => {
      const households = v.households ?? undefined;
      onChange(
        await meetingsApi.announced(meeting.id, { ...(households !== undefined ? { households } : {}), note: v.note?.trim() || null }),
      );
      message.success(t('meetings.announce.saved'));
    });
  const copy = async () => {
    if (meeting.notice && (await copyText(meeting.notice))) message.success(t('meetings.announce.copied'));
  };

  return (
    <div className="gw-meeting-announce" data-testid="meeting-announce">
      {meeting.notice && (
        <Typography.Paragraph className="gw-meeting-notice" data-testid="meeting-notice">
          {meeting.notice}
        </Typography.Paragraph>
      )}
      {meeting.notice && (
        <Button size="small" onClick={() => void copy()}>
          {t('meetings.announce.copy')}
        </Button>
      )}
      <Progress percent={a.due === 0 ? 100 : Math.round((a.done / a.due) * 100)} size="small" showInfo={false} />
      <Typography.Text data-testid="meeting-announce-progress">
        {t('meetings.announce.progress', { done: a.done, due: a.due, households: a.households })}
      </Typography.Text>
      <ul className="gw-meeting-announced">
        {a.by.map((b) => (
          <li key={b.user.id}>
            {b.households === null
              ? t('meetings.announce.byNoCount', { name: b.user.name, at: formatMinute(b.at, i18n.language) })
              : t('meetings.announce.by', { name: b.user.name, at: formatMinute(b.at, i18n.language), households: b.households })}
            {b.note ? `（${b.note}）` : ''}
          </li>
        ))}
      </ul>
      <Typography.Text type={a.pending.length ? 'warning' : 'success'}>
        {a.pending.length
          ? t('meetings.announce.pending', { names: a.pending.map((p) => p.name).join('、') })
          : t('meetings.announce.allDone')}
      </Typography.Text>
      {meeting.abilities.announce ? (
        <Form<Values>
          layout="vertical"
          className="gw-meeting-announce-form"
          initialValues={{ households: mine?.households ?? undefined, note: mine?.note ?? undefined }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="households" label={t('meetings.announce.households')}>
            <InputNumber
              min={0}
              max={100000}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
              data-testid="announce-households"
            />
          </Form.Item>
          <Form.Item name="note" label={t('meetings.announce.note')}>
            <Input maxLength={500} placeholder={t('meetings.announce.notePlaceholder')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="announce-submit">
            {mine ? t('meetings.announce.update') : t('meetings.announce.done')}
          </Button>
        </Form>
      ) : (
        meeting.started && <Typography.Text type="secondary">{t('meetings.announce.started')}</Typography.Text>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
