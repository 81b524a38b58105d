/**
 * Minutes (A4, C6): the convener writes them (saving marks the meeting held); others read them. The
 * save carries the meeting's version: when someone else changed the meeting meanwhile (409
 * VERSION_CONFLICT) the user is told to reload, and what they typed stays beside the reloaded minutes.
 */
import { Alert, App, Button, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi, type Meeting } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';

interface Props {
  meeting: Meeting;
  onSaved: (m: Meeting) => void;
  /** Loads the meeting again; resolves with it. */
  onReload: () => Promise<Meeting | undefined>;
}

export function MinutesEditor({ meeting, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState(meeting.minutes ?? '');
  const base = useRef(meeting.minutes ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const dirty = text !== base.current;

  // the meeting changed under the editor (roll call, tasks): take new minutes only when nothing is typed
  useEffect(() => {
    const server = meeting.minutes ?? '';
    if (server !== base.current && text === base.current) setText(server);
    base.current = server;
  }, [meeting.minutes, text]);

  if (!meeting.abilities.convene) {
    return meeting.minutes ? (
      <div className="gw-pre" data-testid="meeting-minutes-text">
        {meeting.minutes}
      </div>
    ) : (
      <div className="gw-muted">{t('meetings.minutes.none')}</div>
    );
  }

  const conflict = isApiError(error, 'VERSION_CONFLICT');
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await meetingsApi.minutes(meeting.id, meeting.version, text);
      base.current = saved.minutes ?? '';
      setUnsaved(null);
      onSaved(saved);
      message.success(t('meetings.minutes.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reload = async () => {
    const mine = text;
    const fresh = await onReload();
    if (!fresh) return;
    base.current = fresh.minutes ?? '';
    setText(fresh.minutes ?? '');
    setUnsaved(mine !== (fresh.minutes ?? '') ? mine : null);
    setError(null);
  };

  return (
    <div className="gw-meet-minutes" data-testid="meeting-minutes">
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 6, maxRows: 24 }}
        maxLength={20000}
        placeholder={t('meetings.minutes.placeholder')}
        data-testid="meeting-minutes-input"
      />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          className="gw-error"
          title={t('meetings.minutes.conflict')}
          data-testid="meeting-minutes-conflict"
          action={
            <Button size="small" type="primary" onClick={() => void reload()} data-testid="meeting-minutes-reload">
              {t('meetings.minutes.reload')}
            </Button>
          }
        />
      ) : (
        <ErrorAlert error={error} />
      )}
      {unsaved !== null && (
        <Alert
          type="info"
          className="gw-error"
          title={t('meetings.minutes.yours')}
          description={<div className="gw-pre">{unsaved}</div>}
          closable={{ onClose: () => setUnsaved(null) }}
          data-testid="meeting-minutes-yours"
        />
      )}
      <Button type="primary" disabled={!dirty || conflict} loading={busy} onClick={() => void save()} data-testid="meeting-minutes-save">
        {t('meetings.minutes.save')}
      </Button>
    </div>
  );
}
