/**
 * 召开会议: the region, the type (the policy's meetings, the combined monthly meeting, urgent,
 * consultation, expert Q&A), when and where, who is invited (the region's team by default, narrowed
 * to roles, plus named people) and topics ahead of the cases the server puts on the agenda (C5.1).
 */
import { roleFitsPreset, rolesWith } from '@gridwork/core/access/roles';
import { App, Button, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { policyApi } from '../../api/endpoints';
import { ANNOUNCED_TYPES, meetingsApi, type NewMeeting } from '../../api/meetings';
import type { Id, RoleCode } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { fromShanghaiInput, toShanghaiInput } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { applyFieldErrors } from '../households/householdFormat';
import { useTeamPeople } from '../team/useTeamPeople';
import { useTeamRegion } from '../team/useTeamRegion';
import { meetingTypesOf, typeLabel } from './meetingFormat';
import '../cases/cases.css';
import '../team/team.css';

interface Values {
  regionId: Id;
  type: string;
  startsAt: string;
  title?: string;
  place?: string;
  inviteRoles?: RoleCode[];
  inviteUserIds?: Id[];
  topics?: string[];
  notice?: string;
}

const FIELDS = ['regionId', 'type', 'startsAt', 'title', 'place', 'inviteRoles', 'inviteUserIds', 'topics', 'notice'] as const;

/** The set day at 09:00 when one was given, else a full hour one to two hours ahead (time to ask for leave). */
function defaultStart(date: string | null): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T09:00`;
  const hour = 60 * 60_000;
  return toShanghaiInput(new Date(Math.ceil((Date.now() + hour) / hour) * hour));
}

export default function MeetingNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { index } = useRegions();
  const teamRegion = useTeamRegion();
  const [form] = Form.useForm<Values>();
  const initial = useMemo<Partial<Values>>(
    () => ({
      regionId: Number(params.get('regionId')) || teamRegion?.id,
      type: params.get('type') ?? undefined,
      startsAt: defaultStart(params.get('date')),
    }),
    [params, teamRegion?.id],
  );
  const regionId: Id | undefined = Form.useWatch('regionId', form) ?? initial.regionId;
  const type: string | undefined = Form.useWatch('type', form) ?? initial.type;
  const policy = useAsync(() => (regionId ? policyApi.get(regionId) : Promise.resolve(undefined)), [regionId]);
  const people = useTeamPeople(regionId, false);
  const preset = regionId ? (index.byId.get(regionId)?.preset ?? null) : null;
  const roles = rolesWith('meeting.attend').filter((r) => roleFitsPreset(r, preset));
  const types = meetingTypesOf(policy.data?.values);
  const announced = type !== undefined && ANNOUNCED_TYPES.includes(type);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body: NewMeeting = {
      type: v.type,
      regionId: v.regionId,
      startsAt: fromShanghaiInput(v.startsAt),
      ...(v.title?.trim() ? { title: v.title.trim() } : {}),
      place: v.place?.trim() || null,
      ...(v.inviteRoles?.length ? { inviteRoles: v.inviteRoles } : {}),
      ...(v.inviteUserIds?.length ? { inviteUserIds: v.inviteUserIds } : {}),
      ...(v.topics?.length ? { topics: v.topics.map((x) => x.trim()).filter(Boolean) } : {}),
      ...(announced && v.notice?.trim() ? { notice: v.notice.trim() } : {}),
    };
    try {
      const m = await meetingsApi.create(body);
      message.success(t('meetings.form.created', { count: m.invitees.length }));
      navigate(`/meetings/${m.id}`, { replace: true });
    } catch (e) {
      if (!applyFieldErrors(form, e, FIELDS, t)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <div className="gw-page gw-meeting-new">
      <Link to="/meetings" className="gw-back-link">
        ‹ {t('meetings.title')}
      </Link>
      <PageHeader title={t('meetings.form.title')} />
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        className="gw-form-card"
        initialValues={initial}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="regionId" label={t('meetings.form.region')} rules={required}>
          <RegionPicker />
        </Form.Item>
        <Form.Item name="type" label={t('meetings.form.type')} rules={required}>
          <Select
            loading={policy.loading}
            options={types.map((x) => ({ value: x, label: typeLabel(t, x) }))}
            data-testid="meeting-form-type"
          />
        </Form.Item>
        <div className="gw-two-cols">
          <Form.Item name="startsAt" label={t('meetings.form.startsAt')} rules={required}>
            <Input type="datetime-local" data-testid="meeting-form-starts" />
          </Form.Item>
          <Form.Item name="place" label={t('meetings.form.place')}>
            <Input maxLength={200} placeholder={t('meetings.form.placeHint')} data-testid="meeting-form-place" />
          </Form.Item>
        </div>
        {announced && (
          <Form.Item name="notice" label={t('meetings.announce.notice')} extra={t('meetings.announce.noticeHint')}>
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="meeting-form-notice" />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('meetings.form.titleLabel')}>
          <Input maxLength={200} placeholder={type ? typeLabel(t, type) : undefined} data-testid="meeting-form-title" />
        </Form.Item>
        <Form.Item name="inviteRoles" label={t('meetings.form.inviteRoles')} extra={t('meetings.form.inviteRolesHint')}>
          <Select mode="multiple" allowClear options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="inviteUserIds" label={t('meetings.form.inviteUsers')} extra={t('meetings.form.inviteUsersHint')}>
          <Select mode="multiple" allowClear showSearch optionFilterProp="label" loading={people.loading} options={people.options} />
        </Form.Item>
        <Form.Item name="topics" label={t('meetings.form.topics')} extra={t('meetings.form.topicsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['\n']} data-testid="meeting-form-topics" />
        </Form.Item>
        <ErrorAlert error={error ?? policy.error} />
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="meeting-form-submit">
          {t('meetings.form.submit')}
        </Button>
      </Form>
    </div>
  );
}
