import { Collapse, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../../api/types';

export interface RegionFormValues {
  type: RegionType;
  code: string;
  name: string;
  lng?: number | null;
  lat?: number | null;
  geometry?: string;
}

/** Region kinds placed by a point rather than a boundary. */
export const POINT_TYPES: readonly RegionType[] = ['compound', 'building'];

function PointFields() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('regions.point')}>
      <Space.Compact block>
        <Form.Item name="lng" noStyle>
          <InputNumber placeholder={t('regions.lng')} min={-180} max={180} step={0.0001} style={{ width: '50%' }} />
        </Form.Item>
        <Form.Item name="lat" noStyle>
          <InputNumber placeholder={t('regions.lat')} min={-90} max={90} step={0.0001} style={{ width: '50%' }} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** Type, code, name; a point for compounds and buildings; the boundary as GeoJSON under "advanced". */
export function RegionFields({
  form,
  types,
  typeLocked,
}: {
  form: FormInstance<RegionFormValues>;
  types: readonly RegionType[];
  typeLocked: boolean;
}) {
  const { t } = useTranslation();
  const type = Form.useWatch('type', form);
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <>
      <Form.Item name="type" label={t('regions.type')} rules={[{ required: true }]}>
        <Select disabled={typeLocked} options={types.map((c) => ({ value: c, label: t(`regionTypes.${c}`) }))} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('regions.code')}
        extra={type === 'grid' ? t('regions.gridCodeHint') : undefined}
        rules={[required, { min: 6, max: 18 }]}
      >
        <Input className="gw-mono" autoCapitalize="characters" data-testid="region-code" />
      </Form.Item>
      <Form.Item name="name" label={t('regions.name')} rules={[required, { max: 100 }]}>
        <Input data-testid="region-name" />
      </Form.Item>
      {type && POINT_TYPES.includes(type) && <PointFields />}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'g',
            forceRender: true,
            label: t('regions.geometryAdvanced'),
            children: (
              <Form.Item name="geometry" extra={t('regions.geometryHint')}>
                <Input.TextArea rows={5} className="gw-mono" placeholder='{"type":"Polygon","coordinates":[...]}' />
              </Form.Item>
            ),
          },
        ]}
      />
    </>
  );
}
