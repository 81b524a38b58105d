/**
 * Add or edit a household member (A11.1): name, sex, birth date, ID number and phone (sealed by the
 * server; on edit they are sent only when retyped), relation, tags and the notes of A11.1.
 */
import { App, Collapse, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdsApi, type Member, type ResidentFields, type Sex } from '../../api/households';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { newSubmissionKey } from '../../lib/caseFormat';
import { applyFieldErrors } from './householdFormat';
import { useResidentTags } from './useHouseholdRefs';

export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'tenant', 'other'] as const;

type Values = Omit<ResidentFields, 'relation'> & { relation?: string | null; joinedOn?: string };

const FIELDS = [
  'name',
  'sex',
  'birthDate',
  'idNumber',
  'phone',
  'tags',
  'relation',
  'joinedOn',
  'economicSituation',
  'skills',
  'views',
  'socialRelations',
  'notes',
] as const;
const MORE = ['economicSituation', 'skills', 'views', 'socialRelations', 'notes'] as const;

/** Birth date and sex read from an 18-digit resident ID number (GB 11643), to save typing. */
function fromIdNumber(id: string): { birthDate: string; sex: Sex } | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{2}(\d)[\dXx]$/.exec(id.trim());
  if (!m) return null;
  return { birthDate: `${m[1]}-${m[2]}-${m[3]}`, sex: Number(m[4]) % 2 === 1 ? 'M' : 'F' };
}

const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

interface Props {
  open: boolean;
  householdId: Id;
  /** Edit this member; without it a new member is added. */
  member?: Member | null;
  onClose: () => void;
  onSaved: () => void;
}

export function ResidentFormModal({ open, householdId, member, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tags = useResidentTags();
  const key = useRef(newSubmissionKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    key.current = newSubmissionKey();
    setError(null);
    form.resetFields();
    if (member) {
      const { name, sex, birthDate, relation, tags: memberTags, economicSituation, skills, views, socialRelations, notes } = member;
      form.setFieldsValue({ name, sex, birthDate, relation, tags: memberTags, economicSituation, skills, views, socialRelations, notes });
    } else form.setFieldsValue({ sex: 'M', tags: [] });
  }, [open, member, form]);

  const onIdBlur = () => {
    const parsed = fromIdNumber(form.getFieldValue('idNumber') ?? '');
    if (parsed && !form.getFieldValue('birthDate')) form.setFieldsValue(parsed);
  };

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    const common = {
      name: v.name.trim(),
      sex: v.sex,
      birthDate: v.birthDate,
      tags: v.tags ?? [],
      relation: v.relation ?? null,
      economicSituation: text(v.economicSituation),
      skills: text(v.skills),
      views: text(v.views),
      socialRelations: text(v.socialRelations),
      notes: text(v.notes),
    };
    const idNumber = text(v.idNumber);
    const phone = text(v.phone);
    try {
      if (member) {
        await householdsApi.updateResident(member.residentId, {
          expectedVersion: member.version,
          ...common,
          ...(idNumber ? { idNumber } : {}),
          ...(phone ? { phone } : {}),
        });
      } else {
        await householdsApi.addResident(householdId, { ...common, idNumber, phone, joinedOn: v.joinedOn || undefined }, key.current);
      }
      message.success(t('residentForm.saved'));
      onSaved();
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={member ? t('residentForm.editTitle', { name: member.name }) : t('residentForm.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'resident-form-submit' }}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <div className="gw-two-cols">
          <Form.Item name="name" label={t('residentForm.name')} rules={required}>
            <Input maxLength={50} autoComplete="off" data-testid="resident-form-name" />
          </Form.Item>
          <Form.Item name="sex" label={t('residentForm.sex')} rules={required}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'M', label: t('sex.M') },
                { value: 'F', label: t('sex.F') },
              ]}
            />
          </Form.Item>
          <Form.Item name="idNumber" label={t('residentForm.idNumber')}>
            <Input
              maxLength={30}
              autoComplete="off"
              placeholder={member?.idNumber ? t('residentForm.keep', { mask: member.idNumber }) : undefined}
              onBlur={onIdBlur}
              data-testid="resident-form-id"
            />
          </Form.Item>
          <Form.Item name="birthDate" label={t('residentForm.birthDate')} rules={required}>
            <Input type="date" data-testid="resident-form-birth" />
          </Form.Item>
          <Form.Item name="phone" label={t('residentForm.phone')}>
            <Input
              type="tel"
              inputMode="tel"
              maxLength={30}
              autoComplete="off"
              placeholder={member?.phone ? t('residentForm.keep', { mask: member.phone }) : undefined}
              data-testid="resident-form-phone"
            />
          </Form.Item>
          <Form.Item name="relation" label={t('residentForm.relation')}>
            <Select allowClear options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))} />
          </Form.Item>
        </div>
        <Form.Item name="tags" label={t('residentForm.tags')}>
          <Select
            mode="multiple"
            allowClear
            loading={tags.loading}
            optionFilterProp="label"
            options={tags.tags.filter((x) => x.active).map((x) => ({ value: x.code, label: tags.label(x.code) }))}
            data-testid="resident-form-tags"
          />
        </Form.Item>
        {!member && (
          <Form.Item name="joinedOn" label={t('residentForm.joinedOn')}>
            <Input type="date" />
          </Form.Item>
        )}
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'more',
              label: t('residentForm.more'),
              forceRender: true,
              children: MORE.map((f) => (
                <Form.Item key={f} name={f} label={t(`residentForm.${f}`)}>
                  <Input.TextArea rows={2} maxLength={f === 'economicSituation' || f === 'skills' ? 500 : 2000} />
                </Form.Item>
              )),
            },
          ]}
        />
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
