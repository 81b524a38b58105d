/**
 * Draws a quarterly sample (A8.2) or starts the yearly check (A8.3): region, period, optional seed.
 * A sample that exists already (409 DRAW_EXISTS) is redrawn only after a confirmation.
 */
import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, RegionType } from '../../api/types';
import { verificationApi, type Draw, type DrawKind } from '../../api/verification';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { isApiError } from '../../lib/errors';

const QUARTERLY_TYPES: readonly RegionType[] = ['street', 'town', 'community', 'workstation', 'grid'];
const YEARLY_TYPES: readonly RegionType[] = ['community', 'grid'];

interface Values {
  regionId: Id;
  period: string;
  seed?: string;
}

export function DrawModal({
  kind,
  regionId,
  quarters,
  years,
  initial,
  onClose,
  onDrawn,
}: {
  kind: DrawKind;
  regionId: Id;
  quarters: string[];
  years: number[];
  initial: string;
  onClose: () => void;
  onDrawn: (draw: Draw) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async (v: Values, redraw: boolean) => {
    const seed = v.seed?.trim() || undefined;
    return kind === 'quarterly'
      ? verificationApi.createDraw({ regionId: v.regionId, quarter: v.period, seed, redraw })
      : verificationApi.createYearly({ regionId: v.regionId, year: Number(v.period), seed, redraw });
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      let draw: Draw;
      try {
        draw = await send(v, false);
      } catch (e) {
        if (!isApiError(e, 'DRAW_EXISTS')) throw e;
        const again = await modal.confirm({
          title: t('verification.redraw'),
          content: t('verification.exists'),
          okText: t('verification.redraw'),
          okButtonProps: { danger: true },
        });
        if (!again) return;
        draw = await send(v, true);
      }
      message.success(t('verification.drawn', { count: draw.tasks?.length ?? 0 }));
      onDrawn(draw);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const periods =
    kind === 'quarterly' ? quarters.map((q) => ({ value: q, label: q })) : years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <Modal
      open
      title={t(kind === 'quarterly' ? 'verification.drawTitle' : 'verification.yearlyTitle')}
      okText={t(kind === 'quarterly' ? 'verification.draw' : 'verification.yearly')}
      onOk={() => form.submit()}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        className="gw-block"
        title={t(kind === 'quarterly' ? 'verification.drawHelp' : 'verification.yearlyHelp')}
      />
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ regionId, period: initial }}
        onFinish={submit}
        data-testid="verification-draw-form"
      >
        <Form.Item name="regionId" label={t('verification.region')} rules={[{ required: true, message: t('common.required') }]}>
          <RegionPicker types={kind === 'quarterly' ? QUARTERLY_TYPES : YEARLY_TYPES} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t(kind === 'quarterly' ? 'verification.quarter' : 'verification.year')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={periods} />
        </Form.Item>
        <Form.Item name="seed" label={t('verification.seed')} extra={t('verification.seedHelp')}>
          <Input maxLength={64} allowClear data-testid="verification-seed" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
