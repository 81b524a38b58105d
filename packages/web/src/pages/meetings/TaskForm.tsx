/** A decision as a task: what, the owner (one of the invitees), the deadline and the agenda case it is about. */
import { Button, Form, Input, Select } from 'antd';
import { addDays } from '@gridwork/core/calendar/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi, type Meeting } from '../../api/meetings';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayShanghai } from '../../lib/format';
import { applyFieldErrors } from '../households/householdFormat';

interface Values {
  title: string;
  ownerId: Id;
  dueOn: string;
  caseId?: Id;
}

export function TaskForm({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cases = meeting.agenda.filter((a) => a.kind === 'case' && a.caseId);

  const add = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onChange(
        await meetingsApi.addTask(meeting.id, {
          title: v.title.trim(),
          ownerId: v.ownerId,
          dueOn: v.dueOn,
          ...(v.caseId ? { caseId: v.caseId } : {}),
        }),
      );
      form.resetFields();
    } catch (e) {
      if (!applyFieldErrors(form, e, ['title', 'ownerId', 'dueOn', 'caseId'], t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="gw-meet-task-form"
      initialValues={{ dueOn: addDays(todayShanghai(), 7) }}
      onFinish={(v) => void add(v)}
      data-testid="meeting-task-form"
    >
      <Form.Item name="title" label={t('meetings.tasks.title')} rules={required}>
        <Input maxLength={500} placeholder={t('meetings.tasks.titleHint')} data-testid="meeting-task-title" />
      </Form.Item>
      <div className="gw-two-cols">
        <Form.Item name="ownerId" label={t('meetings.tasks.owner')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={meeting.invitees.map((i) => ({ value: i.user.id, label: i.user.name }))}
            data-testid="meeting-task-owner"
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('meetings.tasks.dueOn')} rules={required}>
          <Input type="date" data-testid="meeting-task-due" />
        </Form.Item>
      </div>
      {cases.length > 0 && (
        <Form.Item name="caseId" label={t('meetings.tasks.caseLabel')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={cases.map((c) => ({ value: c.caseId!, label: `#${c.caseId} ${c.title}` }))}
          />
        </Form.Item>
      )}
      <ErrorAlert error={error} />
      <Button htmlType="submit" type="primary" ghost loading={busy} data-testid="meeting-task-add">
        {t('meetings.tasks.add')}
      </Button>
    </Form>
  );
}
