/** A member leaves: moved to another household here, moved out, or died, with the date (A11.1). Nothing is deleted. */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, householdsApi, type EndReason, type Member } from '../../api/households';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayShanghai } from '../../lib/format';
import { applyFieldErrors } from './householdFormat';
import { HouseholdSearchSelect } from './HouseholdSearchSelect';
import { RELATIONS } from './ResidentFormModal';

interface Values {
  reason: EndReason;
  on: string;
  toHouseholdId?: Id;
  relation?: string;
  note?: string;
}

const FIELDS = ['reason', 'on', 'toHouseholdId', 'relation', 'note'] as const;

export function EndMembershipModal({
  member,
  householdId,
  onClose,
  onSaved,
}: {
  member: Member | null;
  householdId: Id;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reason = Form.useWatch('reason', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!member) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ reason: 'moved-out', on: todayShanghai() });
  }, [member, form]);

  const save = async (v: Values) => {
    if (!member) return;
    setBusy(true);
    setError(null);
    try {
      const moved = v.reason === 'moved';
      await householdsApi.endMembership(member.residentId, {
        expectedVersion: member.version,
        reason: v.reason,
        on: v.on,
        note: v.note?.trim() || null,
        ...(moved ? { toHouseholdId: v.toHouseholdId, relation: v.relation ?? null } : {}),
      });
      message.success(t('endForm.done'));
      onSaved();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={member !== null}
      title={member ? t('endForm.title', { name: member.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      forceRender
      okButtonProps={{ 'data-testid': 'end-form-submit' }}
    >
      <p className="gw-muted">{t('endForm.help')}</p>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="reason" label={t('endForm.reason')} rules={[{ required: true }]}>
          <Radio.Group options={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}`) }))} />
        </Form.Item>
        <Form.Item name="on" label={t('endForm.on')} rules={[{ required: true, message: t('common.required') }]}>
          <Input type="date" max={todayShanghai()} />
        </Form.Item>
        {reason === 'moved' && (
          <>
            <Form.Item name="toHouseholdId" label={t('endForm.toHousehold')} rules={[{ required: true, message: t('common.required') }]}>
              <HouseholdSearchSelect exclude={householdId} />
            </Form.Item>
            <Form.Item name="relation" label={t('endForm.relation')}>
              <Select allowClear options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('endForm.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
