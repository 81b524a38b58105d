/**
 * 登记走访 (A7.2, D5): the type (a call is a contact and never counts), start and end (the last 30
 * minutes by default), the phone's position (asked for when the form opens), findings and needs.
 * "保存后上报问题" opens the case intake form with the grid, position, visit and the findings filled
 * in. Saved through the outbox (useVisitSubmit.ts): without a connection the visit waits on the device
 * and the form goes back to where it was opened; up to 9 photos (the phone's camera) go after it.
 */
import { Alert, App, Button, Form, Input, Radio, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { householdsApi } from '../../api/households';
import { MAX_PHOTOS } from '../../api/photos';
import { VISIT_TYPES, type NewVisit, type VisitRecord, type VisitType } from '../../api/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PendingPhotoField } from '../../components/Photos';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { isApiError } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../state/session';
import { ClassTag } from '../households/HouseholdTags';
import { applyFieldErrors } from '../households/householdFormat';
import { GpsField, type GpsFix } from './GpsField';
import { caseIntakeLink } from './caseIntakeLink';
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

function SubmitProblem({ submit, fieldsTookAll }: { submit: ReturnType<typeof useVisitSubmit>; fieldsTookAll: boolean }) {
  const { t } = useTranslation();
  if (!submit.error) return null;
  if (submit.networkFailed) {
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        title={t('offline.lostResponse')}
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

/** Back to where the form was opened (the due list, the household), else the household. */
function useGoBack(householdId: number) {
  const navigate = useNavigate();
  return () => {
    if ((window.history.state as { idx?: number } | null)?.idx) navigate(-1);
    else navigate(`/households/${householdId}`, { replace: true });
  };
}

export default function VisitNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  const id = Number(useParams().id);
  const goBack = useGoBack(id);
  // the due list passes the address: the form works offline for a household not kept on the device
  const passedAddress = (useLocation().state as { address?: string } | null)?.address;
  const household = useAsync((signal) => householdsApi.get(id, signal), [id]);
  const offlineWithout = isApiError(household.error) && household.error.status === 0;
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

  const address = household.data?.address ?? passedAddress;
  const reportIssue = () => Boolean(form.getFieldValue('reportIssue'));
  const onSaved = (visit: VisitRecord, body: NewVisit, refusedPhotos: number) => {
    message.success(t('visitForm.saved'));
    if (refusedPhotos) message.warning(t('offline.photosRefused', { count: refusedPhotos }));
    if (visit.outsideGrid) message.warning({ content: t('visitForm.outsideGrid'), duration: 8 });
    const gridId = household.data?.gridId;
    navigate(reportIssue() ? caseIntakeLink(visit, gridId, body, address) : `/households/${id}`, { replace: true });
  };
  const onQueued = (body: NewVisit, queued: { key: string; recordSaved: boolean }) => {
    message.info({ key: 'outbox-queued', content: t(queued.recordSaved ? 'offline.photosQueued' : 'offline.queued.visit'), duration: 5 });
    if (!reportIssue()) return goBack();
    const visit = { key: queued.key, location: body.location ?? null };
    navigate(caseIntakeLink(visit, household.data?.gridId, body, address), { replace: true });
  };
  const submit = useVisitSubmit(user.id, onSaved, onQueued);
  const [fieldsTookAll, setFieldsTookAll] = useState(false);
  useEffect(() => setFieldsTookAll(applyFieldErrors(form, submit.error, FIELDS, t, 'visitForm.problems')), [form, submit.error, t]);
  const h = household.data;

  return (
    <div className="gw-page gw-visit-new">
      <Link to={`/households/${id}`} className="gw-back-link">
        ‹ {address ?? t('household.title', { id })}
      </Link>
      <PageHeader title={t('visitForm.title')}>
        {h && <ClassTag visitClass={h.visitClass.visitClass} override={h.visitClass.override} />}
      </PageHeader>
      <ErrorAlert error={household.error} onRetry={household.reload} />
      {/* the household page offers this form only with the ability; a typed URL says why it cannot be sent */}
      {h && !h.abilities.recordVisit && (
        <Alert type="warning" showIcon className="gw-error" title={t('errors.FORBIDDEN')} data-testid="visit-form-forbidden" />
      )}
      {(!household.error || offlineWithout) && (
        <Form<VisitValues>
          form={form}
          layout="vertical"
          size="large"
          className="gw-form-card"
          initialValues={initial}
          onFinish={(v) => void submit.send(toBody(id, v), v.photos ?? [], { label: address ?? t('household.title', { id }) })}
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
            <GpsField autoLocate />
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
            disabled={h !== undefined && !h.abilities.recordVisit}
            data-testid="visit-form-submit"
          >
            {t('visitForm.submit')}
          </Button>
        </Form>
      )}
    </div>
  );
}
