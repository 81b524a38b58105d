import { App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi } from '../../api/endpoints';
import type { CalendarOverride } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Sets one date's override: a working day or a day off, with a note saying why. */
export function OverrideModal({
  initial,
  onClose,
  onSaved,
}: {
  initial: Partial<CalendarOverride>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarOverride>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (v: CalendarOverride) => {
    setBusy(true);
    setError(null);
    try {
      await calendarApi.putOverride(v.date, v.kind, v.note?.trim() ?? '');
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('calendar.overrideTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ kind: 'holiday', note: '', ...initial }}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('common.required') }]}>
          <Input type="date" disabled={Boolean(initial.date)} data-testid="override-date" />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.overrideKind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'workday', label: t('calendar.asWorkday') },
              { value: 'holiday', label: t('calendar.asHoliday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('calendar.note')}
          rules={[{ required: true, whitespace: true, message: t('calendar.noteRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="override-note" />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
