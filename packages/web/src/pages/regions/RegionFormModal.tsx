/** Create a child region, or edit one (name, code, shape or point) with optimistic locking. */
import { CHILD_TYPES } from '@gridwork/core/regions/types';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionsApi, type RegionPatch } from '../../api/endpoints';
import type { GeoJSON, RegionDetail, RegionNode } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';
import { POINT_TYPES, RegionFields, type RegionFormValues as FormValues } from './RegionFields';

export type RegionFormTarget = { mode: 'create'; parent: RegionNode } | { mode: 'edit'; node: RegionNode };

function parseGeometry(text: string | undefined): GeoJSON.Geometry | null {
  if (!text?.trim()) return null;
  const value = JSON.parse(text) as { type?: string; geometry?: GeoJSON.Geometry };
  return value.type === 'Feature' && value.geometry ? value.geometry : (value as GeoJSON.Geometry);
}

function toValues(detail: RegionDetail): FormValues {
  return {
    type: detail.type,
    code: detail.code,
    name: detail.name,
    lng: detail.point?.[0] ?? null,
    lat: detail.point?.[1] ?? null,
    geometry: detail.geometry ? JSON.stringify(detail.geometry) : '',
  };
}

function buildPatch(v: FormValues, detail: RegionDetail): RegionPatch {
  const patch: RegionPatch = { expectedVersion: detail.version };
  if (v.name !== detail.name) patch.name = v.name;
  if (v.code !== detail.code) patch.code = v.code;
  if (v.geometry !== undefined) {
    const geometry = parseGeometry(v.geometry);
    if (JSON.stringify(geometry) !== JSON.stringify(detail.geometry ?? null)) patch.geometry = geometry;
  }
  if (POINT_TYPES.includes(detail.type)) {
    const point: [number, number] | null = v.lng != null && v.lat != null ? [v.lng, v.lat] : null;
    if (JSON.stringify(point) !== JSON.stringify(detail.point ?? null)) patch.point = point;
  }
  return patch;
}

/** Loads the node being edited (for its version, shape and point) and saves create or edit. */
function useRegionForm(target: RegionFormTarget, form: FormInstance<FormValues>, onSaved: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [detail, setDetail] = useState<RegionDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editId = target.mode === 'edit' ? target.node.id : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per node edited, not on every new target object
  useEffect(() => {
    if (target.mode === 'create') {
      form.setFieldsValue({ type: CHILD_TYPES[target.parent.type][0] });
      return;
    }
    regionsApi.get(target.node.id).then((d) => {
      setDetail(d);
      form.setFieldsValue(toValues(d));
    }, setError);
  }, [editId]);

  const save = async (v: FormValues) => {
    setBusy(true);
    setError(null);
    try {
      if (target.mode === 'create') {
        const point: [number, number] | null = v.lng != null && v.lat != null ? [v.lng, v.lat] : null;
        await regionsApi.create({
          type: v.type,
          parentId: target.parent.id,
          code: v.code.trim(),
          name: v.name.trim(),
          geometry: parseGeometry(v.geometry),
          point,
        });
      } else if (detail) {
        await regionsApi.update(detail.id, buildPatch({ ...v, name: v.name.trim(), code: v.code.trim() }, detail));
      }
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      setError(e instanceof SyntaxError ? new Error(t('regions.geometryInvalid')) : e);
      if (isApiError(e, 'VERSION_CONFLICT') && editId !== null) regionsApi.get(editId).then(setDetail, () => undefined);
    } finally {
      setBusy(false);
    }
  };
  return { detail, error, busy, save };
}

export function RegionFormModal({ target, onClose, onSaved }: { target: RegionFormTarget; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const { detail, error, busy, save } = useRegionForm(target, form, onSaved);
  const types = target.mode === 'edit' ? [target.node.type] : CHILD_TYPES[target.parent.type];
  const title =
    target.mode === 'create' ? t('regions.createUnder', { name: target.parent.name }) : t('regions.editTitle', { name: target.node.name });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={t('common.save')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={save} disabled={target.mode === 'edit' && !detail}>
        <RegionFields form={form} types={types} typeLocked={target.mode === 'edit'} />
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
