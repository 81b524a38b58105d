/** A training session (A6), run by the grid office: region, topic, when, how long, materials. */
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingsApi, type Training } from '../../api/trainings';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { applyFieldErrors } from '../households/householdFormat';

interface Values {
  regionId: Id;
  topic: string;
  startsAt: string;
  minutes: number;
  materials?: string;
}

const FIELDS = ['regionId', 'topic', 'startsAt', 'minutes', 'materials'] as const;

interface Props {
  open: boolean;
  regionId?: Id;
  onClose: () => void;
  onSaved: (t: Training) => void;
}

export function TrainingFormModal({ open, regionId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ regionId, startsAt: toShanghaiInput(new Date()), minutes: 60 });
  }, [open, regionId, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await trainingsApi.create({
        regionId: v.regionId,
        topic: v.topic.trim(),
        startsAt: fromShanghaiInput(v.startsAt),
        minutes: v.minutes,
        materials: v.materials?.trim() || null,
      });
      message.success(t('trainings.form.created'));
      onSaved(saved);
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={t('trainings.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'training-form-submit' }}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="regionId" label={t('trainings.form.region')} rules={required}>
          <RegionPicker />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('trainings.form.topic')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} placeholder={t('trainings.form.topicHint')} data-testid="training-form-topic" />
        </Form.Item>
        <div className="gw-two-cols">
          <Form.Item name="startsAt" label={t('trainings.form.startsAt')} rules={required}>
            <Input type="datetime-local" data-testid="training-form-starts" />
          </Form.Item>
          <Form.Item name="minutes" label={t('trainings.form.minutes')} rules={required}>
            <InputNumber min={1} max={1440} style={{ width: '100%' }} data-testid="training-form-minutes" />
          </Form.Item>
        </div>
        <Form.Item name="materials" label={t('trainings.form.materials')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} placeholder={t('trainings.form.materialsHint')} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
