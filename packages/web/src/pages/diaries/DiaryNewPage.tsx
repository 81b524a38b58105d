/**
 * 写民情日记 (A5.1-A5.3): phone first, few taps, large inputs. The draft stays on the device while it
 * is typed (restored when the form opens again, dropped once saved; photos are not kept in it); one
 * Idempotency-Key per form. Up to 9 photos (the phone's camera directly) go up once the entry is saved,
 * like a visit's. Back-entry roles (A5.6: workstation staff, the community lead) transcribe a member's
 * paper notebook: only the author adds photos (diary.edit), so a transcription takes none.
 */
import { Alert, App, Button, Form, Input, Select, Switch, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { NewDiary } from '../../api/diaries';
import { MAX_PHOTOS } from '../../api/photos';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PendingPhotoField } from '../../components/Photos';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { teamAbilities } from '../../lib/teamAbilities';
import { useDraft } from '../../lib/useDraft';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { applyFieldErrors } from '../households/householdFormat';
import { useTeamPeople } from '../team/useTeamPeople';
import { useTeamRegion } from '../team/useTeamRegion';
import { DiaryFields, detailsOf, type DiaryTextValues } from './DiaryFields';
import { useDiarySubmit } from './useDiarySubmit';
import '../cases/cases.css';
import './diaries.css';

interface Values extends DiaryTextValues {
  occurredAt: string;
  backEntry?: boolean;
  authorId?: Id;
  photos?: File[];
}

const FIELDS = ['occurredAt', 'place', 'people', 'content', 'authorId'] as const;
const ids = (raw: string | null) => (raw && /^\d+$/.test(raw) ? [Number(raw)] : undefined);

function toBody(v: Values, links: { caseIds?: Id[]; visitIds?: Id[] }): NewDiary {
  return {
    occurredAt: fromShanghaiInput(v.occurredAt),
    place: v.place.trim(),
    people: v.people.trim(),
    content: v.content.trim(),
    ...detailsOf(v),
    ...links,
    ...(v.backEntry && v.authorId ? { authorId: v.authorId } : {}),
  };
}

export default function DiaryNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useUser();
  const { regions } = useRegions();
  const team = teamAbilities(user, regions);
  // an administrator keeps no diary of their own: they only transcribe
  const onlyBackEntry = team.diaryBackEnter && !team.teamMember;
  const region = useTeamRegion();
  const draft = useDraft<Values>(`gw.diaryDraft.${user.id}`);
  const [form] = Form.useForm<Values>();
  const backEntry = Form.useWatch('backEntry', form) ?? onlyBackEntry;
  const people = useTeamPeople(region?.id, true, team.diaryBackEnter);
  const links = useMemo(() => ({ caseIds: ids(params.get('caseId')), visitIds: ids(params.get('visitId')) }), [params]);
  const fresh = useMemo<Values>(
    () => ({ occurredAt: toShanghaiInput(new Date()), place: '', people: '', content: '', backEntry: onlyBackEntry }),
    [onlyBackEntry],
  );
  const [restored, setRestored] = useState(draft.initial !== null);
  const submit = useDiarySubmit(
    user.id,
    (d, _body, refusedPhotos) => {
      draft.clear();
      message.success(t('diaries.form.saved'));
      if (refusedPhotos) message.warning(t('offline.photosRefused', { count: refusedPhotos }));
      navigate(`/diaries/${d.id}`, { replace: true });
    },
    (_body, queued) => {
      // the entry waits in the outbox now: the draft has done its work
      draft.clear();
      message.info({ key: 'outbox-queued', content: t(queued.recordSaved ? 'offline.photosQueued' : 'offline.queued.diary'), duration: 5 });
      navigate('/', { replace: true });
    },
  );
  const [fieldsTookAll, setFieldsTookAll] = useState(false);
  useEffect(() => setFieldsTookAll(applyFieldErrors(form, submit.error, FIELDS, t, 'diaries.problems')), [form, submit.error, t]);

  const discardDraft = () => {
    draft.clear();
    form.resetFields();
    form.setFieldsValue(fresh);
    setRestored(false);
  };

  return (
    <div className="gw-page gw-diary-new">
      <Link to="/diaries" className="gw-back-link">
        ‹ {t('diaries.title')}
      </Link>
      <PageHeader title={t('diaries.form.title')} />
      {restored && (
        <Alert
          type="info"
          showIcon
          className="gw-error"
          title={t('diaries.form.restored')}
          data-testid="diary-draft-restored"
          action={
            <Button size="small" onClick={discardDraft} data-testid="diary-draft-discard">
              {t('diaries.form.discard')}
            </Button>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        className="gw-form-card"
        initialValues={{ ...fresh, ...draft.initial }}
        onValuesChange={(_, { photos: _photos, ...all }) => draft.save(all)}
        onFinish={(v) => {
          const transcribed = v.backEntry ?? onlyBackEntry;
          const label = `${v.place.trim()} · ${v.occurredAt.replace('T', ' ')}`;
          void submit.send(toBody({ ...v, backEntry: transcribed }, links), transcribed ? [] : (v.photos ?? []), { label });
        }}
        scrollToFirstError
      >
        {team.diaryBackEnter && (
          <>
            {!onlyBackEntry && (
              <label className="gw-switch gw-diary-backentry">
                <Form.Item name="backEntry" valuePropName="checked" noStyle>
                  <Switch data-testid="diary-form-backentry" />
                </Form.Item>
                <span>{t('diaries.form.backEntry')}</span>
              </label>
            )}
            {backEntry && (
              <Form.Item
                name="authorId"
                label={t('diaries.form.author')}
                extra={t('diaries.form.authorHint')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={people.loading}
                  options={people.options.filter((p) => p.value !== user.id)}
                  placeholder={t('diaries.form.authorPick')}
                  data-testid="diary-form-author"
                />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="occurredAt"
          label={t('diaries.fields.occurredAt')}
          extra={backEntry ? undefined : t('diaries.form.occurredHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input type="datetime-local" data-testid="diary-form-occurred" />
        </Form.Item>
        <DiaryFields />
        {(links.caseIds || links.visitIds) && (
          <div className="gw-diary-links">
            {links.caseIds?.map((id) => (
              <Tag key={`c${id}`}>{t('diaries.entry.case', { id })}</Tag>
            ))}
            {links.visitIds?.map((id) => (
              <Tag key={`v${id}`}>{t('diaries.entry.visit', { id })}</Tag>
            ))}
          </div>
        )}
        {!backEntry && (
          <Form.Item name="photos" label={t('casePhotos.intakeLabel')} extra={t('casePhotos.intakeHint', { max: MAX_PHOTOS })}>
            <PendingPhotoField testId="diary-form-photos" />
          </Form.Item>
        )}
        <SubmitProblem submit={submit} fieldsTookAll={fieldsTookAll} />
        <Button type="primary" htmlType="submit" block loading={submit.busy} data-testid="diary-form-submit">
          {t('diaries.form.submit')}
        </Button>
      </Form>
    </div>
  );
}

function SubmitProblem({ submit, fieldsTookAll }: { submit: ReturnType<typeof useDiarySubmit>; fieldsTookAll: boolean }) {
  const { t } = useTranslation();
  if (!submit.error) return null;
  if (submit.networkFailed || submit.keyReused) {
    const again = submit.networkFailed ? submit.retry : submit.submitAsNew;
    return (
      <Alert
        type="warning"
        showIcon
        className="gw-error"
        title={t(submit.networkFailed ? 'offline.lostResponse' : 'visitForm.keyReused')}
        data-testid="diary-form-retry-alert"
        action={
          <Button type="primary" loading={submit.busy} onClick={again} data-testid="diary-form-retry">
            {submit.networkFailed ? t('common.retry') : t('visitForm.submitAsNew')}
          </Button>
        }
      />
    );
  }
  return fieldsTookAll ? null : <ErrorAlert error={submit.error} />;
}
