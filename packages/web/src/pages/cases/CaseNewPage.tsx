/**
 * 上报问题: the intake form, phone first. Grid, source and class come pre-filled (the worker's own
 * grid, the channel of the role, "general"), so a worker in the field types a title and a line of
 * description, picks a category and sends.
 */
import { Button, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASE_SOURCES } from '../../api/cases';
import { PageHeader } from '../../components/PageHeader';
import { AddressLookup } from './intake/AddressLookup';
import { GridField, type Located } from './intake/GridField';
import { IntakeError } from './intake/IntakeError';
import { ReporterFields } from './intake/ReporterFields';
import { IntakePhotoField } from './CasePhotos';
import { MAX_PHOTOS } from '../../api/photos';
import { toNewCase, useIntakeDefaults, useIntakeSubmit, useVisitLink, type IntakeValues } from './intake/useIntake';
import { classText, useCategories, useGridPolicy, type ClassOption } from './useCaseRefs';
import './cases.css';

/** Keeps the class valid for the grid's policy: "general" by default, else its first class. */
function useDefaultClass(form: ReturnType<typeof Form.useForm<IntakeValues>>[0], classes: ClassOption[]) {
  useEffect(() => {
    if (classes.length === 0) return;
    const current = form.getFieldValue('caseClass') as string | undefined;
    if (current && classes.some((c) => c.code === current)) return;
    form.setFieldValue('caseClass', classes.find((c) => c.code === 'general')?.code ?? classes[0].code);
  }, [form, classes]);
}

function ClassAndCategory({ gridId }: { gridId: number | undefined }) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const policy = useGridPolicy(gridId);
  useDefaultClass(Form.useFormInstance<IntakeValues>(), policy.classes);
  const required = [{ required: true, message: t('common.required') }];
  const categoryOptions = (categories.data ?? [])
    .filter((c) => c.active)
    .map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.labelEn : c.labelZh }));
  return (
    <div className="gw-two-cols">
      <Form.Item name="category" label={t('intake.category')} rules={required}>
        <Select
          options={categoryOptions}
          loading={categories.loading}
          placeholder={t('intake.category')}
          data-testid="case-form-category"
        />
      </Form.Item>
      <Form.Item name="caseClass" label={t('intake.caseClass')} rules={required} help={policy.error ? t('intake.noPolicy') : undefined}>
        <Select
          options={policy.classes.map((c) => ({ value: c.code, label: classText(t, c.code, policy.classes) }))}
          loading={policy.loading && Boolean(gridId)}
          disabled={!gridId}
          placeholder={gridId ? t('intake.caseClass') : t('intake.pickGridFirst')}
          data-testid="case-form-class"
        />
      </Form.Item>
    </div>
  );
}

export default function CaseNewPage() {
  const { t } = useTranslation();
  const defaults = useIntakeDefaults();
  const [form] = Form.useForm<IntakeValues>();
  const gridId = Form.useWatch('gridId', form) ?? defaults.gridId;
  const visit = useVisitLink(); // ?visitId=&gridId=&lat=&lng= when reported from a household visit
  const [location, setLocation] = useState<Located | null>(visit.location);
  const submit = useIntakeSubmit();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];

  const onLocated = (l: Located) => {
    setLocation(l);
    form.setFieldValue('gridId', l.gridId);
  };
  const onFinish = (v: IntakeValues) =>
    void submit.send(toNewCase(v, location && location.gridId === v.gridId ? location : null, visit.visitId), v.photos ?? [], {
      label: v.title.trim(),
      afterKey: visit.afterKey,
    });

  return (
    <div className="gw-page gw-case-new">
      <PageHeader title={t('intake.title')} extra={<Link to="/cases">‹ {t('cases.back')}</Link>} />
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        size="large"
        className="gw-form-card"
        onFinish={onFinish}
        initialValues={{
          gridId: defaults.gridId,
          source: defaults.source,
          anonymous: false,
          confidential: false,
          title: defaults.title,
          description: defaults.description,
        }}
        scrollToFirstError
      >
        <Form.Item name="address" label={t('desk.address.label')}>
          <AddressLookup onGrid={(g) => form.setFieldValue('gridId', g.id)} />
        </Form.Item>
        <Form.Item name="gridId" label={t('intake.grid')} rules={[{ required: true, message: t('common.required') }]}>
          <GridField onLocated={onLocated} />
        </Form.Item>
        <ClassAndCategory gridId={gridId} />
        <Form.Item name="title" label={t('intake.caseTitle')} rules={required}>
          <Input maxLength={200} placeholder={t('intake.caseTitlePlaceholder')} data-testid="case-form-title" />
        </Form.Item>
        <Form.Item name="description" label={t('intake.description')} rules={required}>
          <Input.TextArea rows={3} maxLength={5000} placeholder={t('intake.descriptionPlaceholder')} data-testid="case-form-description" />
        </Form.Item>
        <Form.Item name="source" label={t('intake.source')} rules={[{ required: true }]}>
          <Select options={CASE_SOURCES.map((s) => ({ value: s, label: t(`caseSources.${s}`) }))} data-testid="case-form-source" />
        </Form.Item>
        <Form.Item name="photos" label={t('casePhotos.intakeLabel')} extra={t('casePhotos.intakeHint', { max: MAX_PHOTOS })}>
          <IntakePhotoField />
        </Form.Item>
        <ReporterFields showConfidential={defaults.showConfidential} />
        {defaults.showReceivedAt && (
          <Form.Item name="receivedAt" label={t('intake.receivedAt')} extra={t('intake.receivedAtHint')}>
            <Input type="datetime-local" data-testid="case-form-received-at" />
          </Form.Item>
        )}
        <IntakeError {...submit} onRetry={submit.retry} onSubmitAsNew={submit.submitAsNew} />
        <Button type="primary" htmlType="submit" block loading={submit.busy} data-testid="case-form-submit">
          {t('intake.submit')}
        </Button>
      </Form>
    </div>
  );
}
