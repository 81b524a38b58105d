/**
 * 登记走访 (A7.2, D5): the type (a call is a contact and never counts), start and end (the last 30
 * minutes by default), the phone's position, findings and needs. "保存后上报问题" opens the case
 * intake form with the grid, position and visit filled in. One Idempotency-Key per form. Up to 9
 * photos (the phone's camera directly) go up once the visit is saved (useVisitSubmit.ts).
 */
import { Alert, App, Button, Form, Input, Radio, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { householdsApi } from '../../api/households';
import { MAX_PHOTOS } from '../../api/photos';
import { VISIT_TYPES, type NewVisit, type VisitRecord, type VisitType } from '../../api/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PendingPhotoField, PhotoFailuresAlert } from '../../components/Photos';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { ClassTag } from '../households/HouseholdTags';
import { applyFieldErrors } from '../households/householdFormat';
import { GpsField, type GpsFix } from './GpsField';
import { useVisitSubmit } from './useVisitSubmit';
import '../cases/cases.css';
import './visits.css';

interface VisitValues {
  type: VisitType;
  startedAt: string;
  endedAt: string;
  location: GpsFix | null;
  findings?: string;
  needs?: string;
  photos?: File[];
  reportIssue: boolean;
}

const FIELDS = ['type', 'startedAt', 'endedAt', 'location', 'findings', 'needs'] as const;

function toBody(householdId: number, v: VisitValues): NewVisit {
  return {
    householdId,
    type: v.type,
    startedAt: fromShanghaiInput(v.startedAt),
    endedAt: fromShanghaiInput(v.endedAt),
    location: v.location ? { lat: v.location.lat, lng: v.location.lng } : null,
    findings: v.findings?.trim() || null,
    needs: v.needs?.trim() || null,
  };
}

/** The intake form's link: source "field", this visit, the household's grid and the visit's position. */
export function caseIntakeLink(visit: VisitRecord, gridId: number | undefined): string {
  const q = new URLSearchParams({ source: 'field', visitId: String(visit.id) });
  if (gridId) q.set('gridId', String(gridId));
  if (visit.location) {
    q.set('lat', String(visit.location.lat));
    q.set('lng', String(visit.location.lng));
  }
  return `/cases/new?${q.toString()}`;
}

function SubmitProblem({ submit, fieldsTookAll }: { submit: ReturnType<typeof useVisitSubmit>; fieldsTookAll: boolean }) {
  const { t } = useTranslation();
  if (submit.photoFailures) return <PhotoFailuresAlert submit={submit} titleKey="visitForm.photosFailed" testId="visit-form-photos" />;
  if (!submit.error) return null;
  if (submit.networkFailed) {
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        title={t('visitForm.networkFailed')}
        data-testid="visit-form-network-error"
        action={
          <Button type="primary" loading={submit.busy} onClick={submit.retry} data-testid="visit-form-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (submit.keyReused) {
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        title={t('visitForm.keyReused')}
        action={
          <Button loading={submit.busy} onClick={submit.submitAsNew}>
            {t('visitForm.submitAsNew')}
          </Button>
        }
      />
    );
  }
  return fieldsTookAll ? null : <ErrorAlert error={submit.error} />;
}

export default function VisitNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const household = useAsync((signal) => householdsApi.get(id, signal), [id]);
  const [form] = Form.useForm<VisitValues>();
  const type = Form.useWatch('type', form);
  const initial = useMemo<VisitValues>(() => {
    const now = Date.now();
    return {
      type: 'routine',
      startedAt: toShanghaiInput(new Date(now - 30 * 60_000)),
      endedAt: toShanghaiInput(new Date(now)),
      location: null,
      reportIssue: false,
    };
  }, []);

  const submit = useVisitSubmit((visit) => {
    message.success(t('visitForm.saved'));
    if (visit.outsideGrid) message.warning({ content: t('visitForm.outsideGrid'), duration: 8 });
    const gridId = household.data?.gridId;
    navigate(form.getFieldValue('reportIssue') ? caseIntakeLink(visit, gridId) : `/households/${id}`, { replace: true });
  });
  const [fieldsTookAll, setFieldsTookAll] = useState(false);
  useEffect(() => setFieldsTookAll(applyFieldErrors(form, submit.error, FIELDS, t, 'visitForm.problems')), [form, submit.error, t]);
  const h = household.data;

  return (
    <div className="gw-page gw-visit-new">
      <Link to={`/households/${id}`} className="gw-back-link">
        ‹ {h?.address ?? t('household.title', { id })}
      </Link>
      <PageHeader title={t('visitForm.title')}>
        {h && <ClassTag visitClass={h.visitClass.visitClass} override={h.visitClass.override} />}
      </PageHeader>
      <ErrorAlert error={household.error} onRetry={household.reload} />
      {/* the household page offers this form only with the ability; a typed URL says why it cannot be sent */}
      {h && !h.abilities.recordVisit && (
        <Alert type="warning" showIcon className="gw-error" title={t('errors.FORBIDDEN')} data-testid="visit-form-forbidden" />
      )}
      {!household.error && (
        <Form<VisitValues>
          form={form}
          layout="vertical"
          size="large"
          className="gw-form-card"
          initialValues={initial}
          onFinish={(v) => void submit.send(toBody(id, v), v.photos ?? [])}
          scrollToFirstError
        >
          <Form.Item name="type" label={t('visitForm.type')} extra={type === 'call' ? t('visitForm.callHint') : undefined}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              className="gw-visit-types"
              data-testid="visit-form-type"
              options={VISIT_TYPES.map((v) => ({ value: v, label: t(`visitTypes.${v}`) }))}
            />
          </Form.Item>
          <div className="gw-two-cols">
            <Form.Item name="startedAt" label={t('visitForm.startedAt')} rules={[{ required: true, message: t('common.required') }]}>
              <Input type="datetime-local" data-testid="visit-form-started" />
            </Form.Item>
            <Form.Item
              name="endedAt"
              label={t('visitForm.endedAt')}
              dependencies={['startedAt']}
              rules={[
                { required: true, message: t('common.required') },
                ({ getFieldValue }) => ({
                  validator: (_, v: string) =>
                    !v || !getFieldValue('startedAt') || v > getFieldValue('startedAt')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('visitForm.endBeforeStart'))),
                }),
              ]}
            >
              <Input type="datetime-local" data-testid="visit-form-ended" />
            </Form.Item>
          </div>
          <Form.Item name="location" label={t('visitForm.location')}>
            <GpsField />
          </Form.Item>
          <Form.Item name="findings" label={t('visitForm.findings')}>
            <Input.TextArea rows={3} maxLength={4000} placeholder={t('visitForm.findingsPlaceholder')} data-testid="visit-form-findings" />
          </Form.Item>
          <Form.Item name="needs" label={t('visitForm.needs')}>
            <Input.TextArea rows={2} maxLength={4000} placeholder={t('visitForm.needsPlaceholder')} data-testid="visit-form-needs" />
          </Form.Item>
          <Form.Item name="photos" label={t('casePhotos.intakeLabel')} extra={t('casePhotos.intakeHint', { max: MAX_PHOTOS })}>
            <PendingPhotoField testId="visit-form-photos" />
          </Form.Item>
          <label className="gw-switch gw-visit-report">
            <Form.Item name="reportIssue" valuePropName="checked" noStyle>
              <Switch data-testid="visit-form-report" />
            </Form.Item>
            <span>{t('visitForm.reportIssue')}</span>
            <span className="gw-muted gw-visit-report-hint">{t('visitForm.reportIssueHint')}</span>
          </label>
          <SubmitProblem submit={submit} fieldsTookAll={fieldsTookAll} />
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submit.busy}
            disabled={submit.photoFailures !== null || (h !== undefined && !h.abilities.recordVisit)}
            data-testid="visit-form-submit"
          >
            {submit.uploading ? t('casePhotos.uploading') : t('visitForm.submit')}
          </Button>
        </Form>
      )}
    </div>
  );
}
