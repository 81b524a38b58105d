/** New household (grid, address, optional compound and building, housing, landlord) or an edit of one (A11.1). */
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOUSING, householdsApi, type HouseholdDetail, type Housing } from '../../api/households';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { newSubmissionKey } from '../../lib/caseFormat';
import { useRegions } from '../../state/regions';
import { applyFieldErrors } from './householdFormat';

interface Values {
  gridId?: Id;
  address: string;
  compoundId?: Id | null;
  buildingId?: Id | null;
  housing: Housing;
  landlord?: string;
}

const FIELDS = ['gridId', 'address', 'compoundId', 'buildingId', 'housing', 'landlord'] as const;

/** Grids in scope, and the compounds / buildings below a grid, as select options. */
export function useGridOptions() {
  const { regions } = useRegions();
  return useMemo(
    () =>
      regions
        .filter((r) => r.type === 'grid' && r.inScope)
        .map((r) => ({ value: r.id, label: r.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    [regions],
  );
}

function usePlaces(gridId: Id | undefined, compoundId: Id | null | undefined) {
  const { index } = useRegions();
  const under = (id: Id | null | undefined, type: string) =>
    id ? (index.children.get(id) ?? []).filter((r) => r.type === type).map((r) => ({ value: r.id, label: r.name })) : [];
  return { compounds: under(gridId, 'compound'), buildings: under(compoundId || gridId, 'building') };
}

interface Props {
  open: boolean;
  /** Edit this household; without it a new one is created. */
  household?: HouseholdDetail | null;
  defaultGridId?: Id;
  onClose: () => void;
  onSaved: (h: HouseholdDetail) => void;
}

export function HouseholdFormModal({ open, household, defaultGridId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const key = useRef(newSubmissionKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const gridOptions = useGridOptions();
  const gridId = Form.useWatch('gridId', form) ?? household?.gridId;
  const compoundId = Form.useWatch('compoundId', form);
  const housing = Form.useWatch('housing', form);
  const places = usePlaces(gridId, compoundId);

  useEffect(() => {
    if (!open) return;
    key.current = newSubmissionKey();
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      household
        ? {
            address: household.address,
            compoundId: household.compoundId,
            buildingId: household.buildingId,
            housing: household.housing,
            landlord: household.landlord ?? '',
          }
        : { gridId: defaultGridId ?? (gridOptions.length === 1 ? gridOptions[0].value : undefined), housing: 'owned' },
    );
  }, [open, household, defaultGridId, gridOptions, form]);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    const place = {
      address: v.address.trim(),
      compoundId: v.compoundId ?? null,
      buildingId: v.buildingId ?? null,
      housing: v.housing,
      landlord: v.housing === 'rented' ? v.landlord?.trim() || null : null,
    };
    try {
      const saved = household
        ? await householdsApi.update(household.id, { expectedVersion: household.version, ...place })
        : await householdsApi.create({ gridId: v.gridId!, ...place }, key.current);
      message.success(household ? t('common.saved') : t('households.form.created', { id: saved.id }));
      onSaved(saved);
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={household ? t('households.form.editTitle') : t('households.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'household-form-submit' }}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)}>
        {!household && (
          <Form.Item name="gridId" label={t('households.form.grid')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={gridOptions} showSearch optionFilterProp="label" data-testid="household-form-grid" />
          </Form.Item>
        )}
        <Form.Item
          name="address"
          label={t('households.form.address')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} placeholder={t('households.form.addressPlaceholder')} data-testid="household-form-address" />
        </Form.Item>
        {(places.compounds.length > 0 || places.buildings.length > 0) && (
          <div className="gw-two-cols">
            <Form.Item name="compoundId" label={t('households.form.compound')}>
              <Select options={places.compounds} allowClear onChange={() => form.setFieldValue('buildingId', null)} />
            </Form.Item>
            <Form.Item name="buildingId" label={t('households.form.building')}>
              <Select options={places.buildings} allowClear />
            </Form.Item>
          </div>
        )}
        <Form.Item name="housing" label={t('households.form.housing')}>
          <Radio.Group optionType="button" options={HOUSING.map((h) => ({ value: h, label: t(`housing.${h}`) }))} />
        </Form.Item>
        {housing === 'rented' && (
          <Form.Item name="landlord" label={t('households.form.landlord')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
