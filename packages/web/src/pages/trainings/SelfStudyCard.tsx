/** A member's own study (A6): record what was studied, when and for how long; the year's entries with the total. */
import { App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingsApi } from '../../api/trainings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, todayShanghai } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { applyFieldErrors } from '../households/householdFormat';

interface Values {
  studiedOn: string;
  topic: string;
  minutes: number;
}

export function SelfStudyCard({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const list = useAsync((signal) => trainingsApi.selfStudy({ year }, signal), [year]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const total = (list.data ?? []).reduce((s, x) => s + x.minutes, 0);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await trainingsApi.addSelfStudy({ studiedOn: v.studiedOn, topic: v.topic.trim(), minutes: v.minutes });
      message.success(t('trainings.study.saved'));
      form.resetFields();
      list.reload();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['studiedOn', 'topic', 'minutes'], t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" className="gw-block" title={t('trainings.study.title')} data-testid="self-study">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ studiedOn: todayShanghai(), minutes: 30 }}
        onFinish={(v) => void save(v)}
        className="gw-study-form"
      >
        <Form.Item
          name="topic"
          label={t('trainings.study.topic')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} placeholder={t('trainings.study.topicHint')} data-testid="self-study-topic" />
        </Form.Item>
        <div className="gw-two-cols">
          <Form.Item name="studiedOn" label={t('trainings.study.on')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" data-testid="self-study-date" />
          </Form.Item>
          <Form.Item name="minutes" label={t('trainings.study.minutes')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} max={1440} style={{ width: '100%' }} data-testid="self-study-minutes" />
          </Form.Item>
        </div>
        <ErrorAlert error={error} />
        <Button htmlType="submit" type="primary" ghost loading={busy} data-testid="self-study-submit">
          {t('trainings.study.submit')}
        </Button>
      </Form>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <div className="gw-study-total gw-muted" data-testid="self-study-total">
        {t('trainings.study.total', { count: list.data?.length ?? 0, minutes: total })}
      </div>
      {(list.data ?? []).map((s) => (
        <div key={s.id} className="gw-study-row" data-testid="self-study-row">
          <span className="gw-study-date">{formatDate(s.studiedOn, i18n.language)}</span>
          <span className="gw-study-topic">{s.topic}</span>
          <span className="gw-muted">{t('trainings.minutesShort', { count: s.minutes })}</span>
        </div>
      ))}
    </Card>
  );
}
