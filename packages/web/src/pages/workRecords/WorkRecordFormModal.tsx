/**
 * A8.3 台账 form: a new record (the kind, its region — a community for the plan, a workstation for an
 * evaluation — title, content, and the rating of an evaluation) or an edit of one (kind and region kept).
 */
import { App, Form, Input, InputNumber, Modal, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../api/types';
import { WORK_RECORD_KINDS, WORK_RECORD_REGION, workRecordsApi, type WorkRecord, type WorkRecordKind } from '../../api/workRecords';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { isApiError } from '../../lib/errors';
import { applyFieldErrors } from '../households/householdFormat';

interface Values {
  kind: WorkRecordKind;
  regionId?: Id;
  title: string;
  content: string;
  rating?: number | null;
}

const FIELDS = ['kind', 'regionId', 'title', 'content', 'rating'] as const;

interface Props {
  open: boolean;
  year: number;
  /** the record edited; none to create one */
  record: WorkRecord | null;
  defaults: { kind: WorkRecordKind; regionId?: Id };
  onClose: () => void;
  onSaved: (r: WorkRecord) => void;
}

export function WorkRecordFormModal({ open, year, record, defaults, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind: WorkRecordKind = Form.useWatch('kind', form) ?? defaults.kind;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      record
        ? {
            kind: record.kind as WorkRecordKind,
            regionId: record.regionId,
            title: record.title,
            content: record.content,
            rating: record.rating,
          }
        : { kind: defaults.kind, regionId: defaults.regionId, title: '', content: '', rating: null },
    );
  }, [open, record, defaults.kind, defaults.regionId, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    const rating = v.kind === 'workstation-evaluation' && v.rating !== null && v.rating !== undefined ? { rating: v.rating } : {};
    try {
      const saved = record
        ? await workRecordsApi.update(record.id, {
            expectedVersion: record.version,
            title: v.title.trim(),
            content: v.content.trim(),
            ...rating,
          })
        : await workRecordsApi.create({
            kind: v.kind,
            regionId: v.regionId as Id,
            year,
            title: v.title.trim(),
            content: v.content.trim(),
            ...rating,
          });
      message.success(t(record ? 'workRecords.form.saved' : 'workRecords.form.created'));
      onSaved(saved);
    } catch (e) {
      if (isApiError(e, 'ALREADY_EXISTS')) setError(new Error(t('workRecords.form.exists')));
      else if (isApiError(e, 'VERSION_CONFLICT')) setError(new Error(t('workRecords.form.conflict')));
      else if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const plan = kind === 'implementation-plan';
  return (
    <Modal
      open={open}
      title={record ? t('workRecords.form.editTitle', { title: record.title }) : t('workRecords.form.newTitle', { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'work-record-submit' }}
      width={720}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) form.setFieldsValue({ regionId: changed.kind === defaults.kind ? defaults.regionId : undefined });
        }}
      >
        <Form.Item name="kind" label={t('workRecords.form.kind')}>
          <Segmented<WorkRecordKind>
            disabled={record !== null}
            options={WORK_RECORD_KINDS.map((k) => ({ value: k, label: t(`workRecords.kinds.${k}`) }))}
            data-testid="work-record-kind"
          />
        </Form.Item>
        {record ? (
          <Form.Item label={plan ? t('workRecords.form.regionPlan') : t('workRecords.form.regionEvaluation')}>
            <span>{record.regionName}</span>
          </Form.Item>
        ) : (
          <Form.Item
            name="regionId"
            label={plan ? t('workRecords.form.regionPlan') : t('workRecords.form.regionEvaluation')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <RegionPicker types={[WORK_RECORD_REGION[kind]]} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('workRecords.form.title')} rules={required}>
          <Input
            maxLength={200}
            placeholder={t(plan ? 'workRecords.form.titlePlanHint' : 'workRecords.form.titleEvaluationHint')}
            data-testid="work-record-title"
          />
        </Form.Item>
        <Form.Item name="content" label={t('workRecords.form.content')} rules={required}>
          <Input.TextArea
            autoSize={{ minRows: 6, maxRows: 18 }}
            maxLength={20000}
            placeholder={t(plan ? 'workRecords.form.contentPlanHint' : 'workRecords.form.contentEvaluationHint')}
            data-testid="work-record-content"
          />
        </Form.Item>
        {!plan && (
          <Form.Item name="rating" label={t('workRecords.form.rating')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} data-testid="work-record-rating" />
          </Form.Item>
        )}
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
