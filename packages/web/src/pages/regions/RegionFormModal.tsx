/** Create a child region, or edit one (name, code, shape or point) with optimistic locking. */
import { CHILD_TYPES } from '@gridwork/core/regions/types';
import { App, Collapse, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionsApi, type RegionPatch } from '../../api/endpoints';
import type { GeoJSON, RegionDetail, RegionNode, RegionType } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/errors';

export type RegionFormTarget = { mode: 'create'; parent: RegionNode } | { mode: 'edit'; node: RegionNode };

interface FormValues {
  type: RegionType;
  code: string;
  name: string;
  lng?: number | null;
  lat?: number | null;
  geometry?: string;
}

const POINT_TYPES: readonly RegionType[] = ['compound', 'building'];

function parseGeometry(text: string | undefined): GeoJSON.Geometry | null {
  if (!text || !text.trim()) return null;
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

export function RegionFormModal({ target, onClose, onSaved }: { target: RegionFormTarget; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [detail, setDetail] = useState<RegionDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const type = Form.useWatch('type', form);
  const childTypes = target.mode === 'create' ? CHILD_TYPES[target.parent.type] : [];
  const editId = target.mode === 'edit' ? target.node.id : null;

  useEffect(() => {
    if (editId === null) {
      form.setFieldsValue({ type: childTypes[0] });
      return;
    }
    regionsApi.get(editId).then((d) => {
      setDetail(d);
      form.setFieldsValue(toValues(d));
    }, setError);
  }, [editId]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = async (v: FormValues) => {
    setBusy(true);
    setError(null);
    try {
      if (target.mode === 'create') {
        const point: [number, number] | null = v.lng != null && v.lat != null ? [v.lng, v.lat] : null;
        await regionsApi.create({ type: v.type, parentId: target.parent.id, code: v.code.trim(), name: v.name.trim(), geometry: parseGeometry(v.geometry), point });
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

  const title = target.mode === 'create' ? t('regions.createUnder', { name: target.parent.name }) : t('regions.editTitle', { name: target.node.name });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={t('common.save')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={save} disabled={target.mode === 'edit' && !detail}>
        <Form.Item name="type" label={t('regions.type')} rules={[{ required: true }]}>
          <Select disabled={target.mode === 'edit'} options={(target.mode === 'edit' ? [target.node.type] : childTypes).map((c) => ({ value: c, label: t(`regionTypes.${c}`) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('regions.code')} extra={type === 'grid' ? t('regions.gridCodeHint') : undefined} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input className="gw-mono" inputMode="numeric" data-testid="region-code" />
        </Form.Item>
        <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input data-testid="region-name" />
        </Form.Item>
        {type && POINT_TYPES.includes(type) && (
          <Form.Item label={t('regions.point')}>
            <Space.Compact block>
              <Form.Item name="lng" noStyle><InputNumber placeholder={t('regions.lng')} min={-180} max={180} step={0.0001} style={{ width: '50%' }} /></Form.Item>
              <Form.Item name="lat" noStyle><InputNumber placeholder={t('regions.lat')} min={-90} max={90} step={0.0001} style={{ width: '50%' }} /></Form.Item>
            </Space.Compact>
          </Form.Item>
        )}
        <Collapse size="small" ghost items={[{ key: 'g', forceRender: true, label: t('regions.geometryAdvanced'), children: (
          <Form.Item name="geometry" extra={t('regions.geometryHint')}>
            <Input.TextArea rows={5} className="gw-mono" placeholder='{"type":"Polygon","coordinates":[...]}' />
          </Form.Item>
        ) }]} />
      </Form>
      <ErrorAlert error={error} />
    </Modal>
  );
}
