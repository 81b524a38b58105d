/**
 * Propose a reward or a penalty (A10): the person, the kind, the ground the rule lists for it, the
 * day and the points (the kind's default when left empty). Another assessor approves or refuses it.
 */
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groundsOf, KINDS, REWARD_KINDS, rewardsApi, type Reward, type RewardGround, type RewardKind } from '../../api/rewards';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayShanghai } from '../../lib/format';
import { useUser } from '../../state/session';
import { applyFieldErrors } from '../households/householdFormat';
import { useTeamPeople } from '../team/useTeamPeople';

interface Values {
  userId: Id;
  kind: RewardKind;
  ground: RewardGround;
  awardedOn: string;
  points?: number | null;
  note?: string;
}

const FIELDS = ['userId', 'kind', 'ground', 'awardedOn', 'points', 'note'] as const;

interface Props {
  open: boolean;
  regionId?: Id;
  onClose: () => void;
  onSaved: (r: Reward) => void;
}

export function RewardFormModal({ open, regionId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useUser().id;
  const [form] = Form.useForm<Values>();
  const kind: RewardKind = Form.useWatch('kind', form) ?? 'commendation';
  const people = useTeamPeople(regionId, false, open);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ kind: 'commendation', ground: 'dedication', awardedOn: todayShanghai() });
  }, [open, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await rewardsApi.propose({
        userId: v.userId,
        kind: v.kind,
        ground: v.ground,
        awardedOn: v.awardedOn,
        ...(v.points === undefined || v.points === null ? {} : { points: v.points }),
        note: v.note?.trim() || null,
      });
      message.success(t('rewards.form.proposed'));
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
      title={t('rewards.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('rewards.form.submit')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'reward-form-submit' }}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) form.setFieldsValue({ ground: groundsOf(changed.kind)[0], points: null });
        }}
      >
        <Form.Item name="userId" label={t('rewards.form.person')} rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.loading}
            options={people.options.filter((p) => p.value !== me)}
            data-testid="reward-form-person"
          />
        </Form.Item>
        <div className="gw-two-cols">
          <Form.Item name="kind" label={t('rewards.form.kind')} rules={required}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`rewards.kinds.${k}`) }))} data-testid="reward-form-kind" />
          </Form.Item>
          <Form.Item name="ground" label={t('rewards.form.ground')} rules={required}>
            <Select
              options={groundsOf(kind).map((g) => ({ value: g, label: t(`rewards.grounds.${g}`) }))}
              data-testid="reward-form-ground"
            />
          </Form.Item>
        </div>
        <div className="gw-two-cols">
          <Form.Item name="awardedOn" label={t('rewards.form.awardedOn')} rules={required}>
            <Input type="date" data-testid="reward-form-date" />
          </Form.Item>
          <Form.Item
            name="points"
            label={t('rewards.form.points')}
            extra={t('rewards.form.pointsHint', { points: REWARD_KINDS[kind].points })}
          >
            <InputNumber step={0.5} min={-100} max={100} placeholder={String(REWARD_KINDS[kind].points)} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('rewards.form.note')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('rewards.form.noteHint')}
            data-testid="reward-form-note"
          />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
