/** "Compute a deadline": the date N working days after a date (A3.4, D2), via the server's calendar. */
import { Alert, Button, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayShanghai } from '../../lib/format';

interface Query {
  from: string;
  days: number;
}

export function DeadlineTool() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ query: Query; date: string; provisional: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const compute = async (q: Query) => {
    setBusy(true);
    setError(null);
    try {
      const r = await calendarApi.addWorkingDays(q.from, q.days);
      setResult({ query: q, ...r });
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="deadline-tool">
      <Form<Query> layout="inline" initialValues={{ from: todayShanghai(), days: 5 }} onFinish={compute} className="gw-deadline-form">
        <Form.Item name="from" label={t('calendar.fromDate')} rules={[{ required: true }]}>
          <Input type="date" data-testid="deadline-from" />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.workingDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={366} precision={0} data-testid="deadline-days" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="deadline-compute">
            {t('calendar.compute')}
          </Button>
        </Form.Item>
      </Form>
      <div className="gw-muted gw-hint">{t('calendar.deadlineRule')}</div>
      <ErrorAlert error={error} />
      {result && (
        <Alert
          className="gw-block"
          type={result.provisional ? 'warning' : 'success'}
          showIcon
          data-testid="deadline-result"
          title={
            <Space wrap>
              {t('calendar.deadlineResult', { from: result.query.from, days: result.query.days })}
              <b className="gw-mono">{result.date}</b>
            </Space>
          }
          description={result.provisional ? t('calendar.resultProvisional') : t('calendar.resultConfirmed')}
        />
      )}
    </div>
  );
}
