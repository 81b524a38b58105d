/**
 * 生成督查报告 (C8): a community, street or town in scope and a month that has ended. A report that
 * exists is linked instead; a region the user may not report on says so.
 */
import { Alert, App, Button, Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { REPORTED_TYPES, supervisionReportsApi, type SupervisionReport } from '../../api/supervisionReports';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPicker } from '../../components/RegionPicker';
import { isApiError } from '../../lib/errors';
import { formatMonth } from '../../lib/format';
import { useRegions } from '../../state/regions';
import { endedMonths } from './reportFormat';

interface Values {
  regionId: Id;
  month: string;
}

interface Props {
  defaultRegionId?: Id;
  onCreated: (r: SupervisionReport) => void;
  onCancel: () => void;
}

export function ReportCreateCard({ defaultRegionId, onCreated, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { index } = useRegions();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [existing, setExisting] = useState<{ id: Id | null; label: string } | null>(null);
  const months = endedMonths();

  const labelOf = (v: Values) => ({
    region: index.byId.get(v.regionId)?.name ?? `#${v.regionId}`,
    month: formatMonth(v.month, i18n.language),
  });

  const create = async (v: Values) => {
    setBusy(true);
    setError(null);
    setExisting(null);
    try {
      const r = await supervisionReportsApi.create({ regionId: v.regionId, month: v.month });
      message.success(t('supReports.create.created', labelOf(v)));
      onCreated(r);
    } catch (e) {
      if (isApiError(e, 'ALREADY_EXISTS')) {
        const same = await supervisionReportsApi.list({ regionId: v.regionId, year: Number(v.month.slice(0, 4)) }).catch(() => []);
        const hit = same.find((r) => r.regionId === v.regionId && r.month === v.month);
        setExisting({ id: hit?.id ?? null, label: t('supReports.create.exists', labelOf(v)) });
      } else if (isApiError(e, 'FORBIDDEN')) {
        setExisting(null);
        setError(null);
        form.setFields([{ name: 'regionId', errors: [t('supReports.create.notAllowed')] }]);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" className="gw-block gw-sr-create" title={t('supReports.create.title')} data-testid="report-create">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ regionId: defaultRegionId, month: months[0] }}
        onFinish={(v) => void create(v)}
        onValuesChange={() => setExisting(null)}
      >
        <div className="gw-two-cols">
          <Form.Item
            name="regionId"
            label={t('supReports.create.region')}
            extra={t('supReports.create.regionHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <RegionPicker types={REPORTED_TYPES} />
          </Form.Item>
          <Form.Item
            name="month"
            label={t('supReports.create.month')}
            extra={t('supReports.create.monthHint')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={months.map((m) => ({ value: m, label: formatMonth(m, i18n.language) }))} data-testid="report-create-month" />
          </Form.Item>
        </div>
        {existing && (
          <Alert
            type="info"
            showIcon
            className="gw-error"
            title={existing.label}
            data-testid="report-create-exists"
            action={
              existing.id !== null && (
                <Link to={`/supervision/reports/${existing.id}`}>
                  <Button size="small">{t('supReports.create.openExisting')}</Button>
                </Link>
              )
            }
          />
        )}
        <ErrorAlert error={error} />
        <div className="gw-sr-create-actions">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="report-create-submit">
            {t('supReports.create.submit')}
          </Button>
          <Button onClick={onCancel}>{t('supReports.create.cancel')}</Button>
        </div>
      </Form>
    </Card>
  );
}
