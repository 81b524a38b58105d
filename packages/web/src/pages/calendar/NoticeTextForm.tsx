/** Paste the State Council notice as published; the server reads it line by line and checks it. */
import { App, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';

export function NoticeTextForm({ year, onConfirmed }: { year: number; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await calendarApi.confirmYearText(year, text);
      message.success(t('calendar.confirmed', { year }));
      setText('');
      onConfirmed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="notice-text-form">
      <Input.TextArea
        rows={9}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('calendar.noticeTextPlaceholder', { year })}
        className="gw-block"
        data-testid="notice-text"
      />
      <ErrorAlert error={error} />
      <Button type="primary" onClick={() => void submit()} disabled={!text.trim()} loading={busy} data-testid="notice-text-confirm">
        {t('calendar.confirmYear', { year })}
      </Button>
    </div>
  );
}
