/** "Load the official notice": the year's holiday ranges and adjusted working days; marks the year confirmed. */
import { Alert, App, Button, Form, Input, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import type { CalendarDay, HolidayRange } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { adjustedWorkdays, holidayRanges } from './noticeDraft';
import { NoticeTextForm } from './NoticeTextForm';

interface Notice {
  holidays: HolidayRange[];
  workdays: string[];
}

function HolidayList() {
  const { t } = useTranslation();
  return (
    <Form.List name="holidays">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} wrap className="gw-notice-row" align="start">
              <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('common.required') }]}>
                <Input placeholder={t('calendar.holidayName')} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: t('common.required') }]}>
                <Input type="date" aria-label={t('calendar.from')} />
              </Form.Item>
              <Form.Item name={[f.name, 'to']} rules={[{ required: true, message: t('common.required') }]}>
                <Input type="date" aria-label={t('calendar.to')} />
              </Form.Item>
              <Button onClick={() => remove(f.name)} aria-label={t('common.delete')}>
                ✕
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ name: '', from: '', to: '' })}>
            {t('calendar.addHoliday')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function WorkdayList() {
  const { t } = useTranslation();
  return (
    <Form.List name="workdays">
      {(fields, { add, remove }) => (
        <Space wrap align="start">
          {fields.map((f) => (
            <Space.Compact key={f.key}>
              <Form.Item name={f.name} noStyle rules={[{ required: true }]}>
                <Input type="date" />
              </Form.Item>
              <Button onClick={() => remove(f.name)} aria-label={t('common.delete')}>
                ✕
              </Button>
            </Space.Compact>
          ))}
          <Button type="dashed" onClick={() => add('')}>
            {t('calendar.addWorkday')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

type Mode = 'text' | 'fields';

/** Two ways in: paste the notice text, or enter its holiday ranges and working days one by one. */
export function ConfirmYearForm({ year, days, onConfirmed }: { year: number; days: CalendarDay[]; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('text');
  return (
    <>
      <Alert type="info" showIcon title={t('calendar.noticeHelp', { year })} className="gw-block" />
      <Segmented<Mode>
        className="gw-block"
        value={mode}
        onChange={setMode}
        options={[
          { value: 'text', label: t('calendar.noticePaste') },
          { value: 'fields', label: t('calendar.noticeFields') },
        ]}
      />
      {mode === 'text' ? (
        <NoticeTextForm year={year} onConfirmed={onConfirmed} />
      ) : (
        <NoticeFieldsForm year={year} days={days} onConfirmed={onConfirmed} />
      )}
    </>
  );
}

function NoticeFieldsForm({ year, days, onConfirmed }: { year: number; days: CalendarDay[]; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const initial: Notice = { holidays: holidayRanges(days), workdays: adjustedWorkdays(days) };

  const submit = async (v: Notice) => {
    setBusy(true);
    setError(null);
    try {
      await calendarApi.confirmYear(year, v.holidays ?? [], (v.workdays ?? []).filter(Boolean));
      message.success(t('calendar.confirmed', { year }));
      onConfirmed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Notice> key={`${year}-${days.length}`} layout="vertical" initialValues={initial} onFinish={submit} data-testid="notice-form">
      <div className="gw-muted gw-block">{t('calendar.fieldsDraftHint')}</div>
      <Form.Item label={t('calendar.holidayRanges')}>
        <HolidayList />
      </Form.Item>
      <Form.Item label={t('calendar.adjustedWorkdays')}>
        <WorkdayList />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="notice-confirm">
        {t('calendar.confirmYear', { year })}
      </Button>
    </Form>
  );
}
