/**
 * 核查表 (A8.2, A8.3): every recorded field of the household with 属实 / 有误; corrections of plain
 * fields are applied to the household record on submit, ID numbers and phones are only flagged.
 * Phone-first: one column of large controls, the submit bar stays at the bottom of the screen.
 */
import { App, Button, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { verificationApi, type FieldAnswer, type FormField, type TaskDetail } from '../../api/verification';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { isApiError } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { FieldRow, type Answer } from './FieldRow';
import { ResultList } from './ResultList';
import { StatusTag, type TagLabels } from './verificationFormat';
import './verification.css';

interface TagRow {
  code: string;
  labelZh: string;
  labelEn: string;
  active: boolean;
}

/** An answer is complete once it has an outcome and, for a corrected plain field, a value. */
function complete(f: FormField, a: Answer | undefined): boolean {
  if (!a?.outcome) return false;
  if (a.outcome === 'confirmed' || f.correct === 'flag') return true;
  return a.value !== undefined && a.value !== '';
}

function toAnswer(f: FormField, a: Answer): FieldAnswer {
  const note = a.note?.trim() || undefined;
  if (a.outcome === 'confirmed') return { field: f.field, outcome: 'confirmed', note };
  if (f.name === 'idNumber' || f.name === 'phone') return { field: f.field, outcome: 'corrected', note };
  return { field: f.field, outcome: 'corrected', correctedValue: f.name === 'relation' ? (a.value ?? null) : a.value, note };
}

export default function VerificationTaskPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const task = useAsync((signal) => verificationApi.task(id, signal), [id]);
  const tagRows = useAsync((signal) => api.get<TagRow[]>('/resident-tags', { signal }), []);
  const tags: TagLabels = useMemo(
    () => new Map((tagRows.data ?? []).map((r) => [r.code, i18n.language === 'en' ? r.labelEn : r.labelZh])),
    [tagRows.data, i18n.language],
  );
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (task.loading && !task.data) return <FullPageSpin />;
  if (!task.data)
    return (
      <div className="gw-page">
        <ErrorAlert error={task.error} onRetry={task.reload} />
        {!task.error && <Empty />}
      </div>
    );
  const d: TaskDetail = task.data;
  const editable = d.abilities.submit && d.status === 'pending';
  const remaining = d.form.filter((f) => !complete(f, answers[f.field])).length;
  const set = (field: string, a: Answer) => setAnswers((prev) => ({ ...prev, [field]: a }));
  const allConfirmed = () =>
    setAnswers((prev) =>
      Object.fromEntries(d.form.map((f) => [f.field, prev[f.field]?.outcome ? prev[f.field] : { outcome: 'confirmed' as const }])),
    );

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const fields = d.form.map((f) => toAnswer(f, answers[f.field]));
      const done = await verificationApi.submit(id, {
        expectedVersion: d.version,
        checkedAt: new Date().toISOString(),
        fields,
        note: note.trim() || undefined,
      });
      task.setData(done);
      message.success(t('verificationTask.submitted'));
    } catch (e) {
      if (isApiError(e, 'VERSION_CONFLICT')) {
        message.warning(t('verificationTask.conflict'));
        task.reload();
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const byScope = (residentId: number | null) => d.form.filter((f) => f.residentId === residentId);
  const rows = (fields: FormField[]) =>
    fields.map((f) => <FieldRow key={f.field} f={f} answer={answers[f.field] ?? {}} onChange={(a) => set(f.field, a)} tags={tags} />);

  return (
    <div className="gw-page gw-vform" data-testid="verification-task" data-status={d.status}>
      <PageHeader title={t('verificationTask.title')} extra={<Link to="/verification">‹ {t('verificationTask.back')}</Link>}>
        <Space wrap size={4}>
          <span>{d.address}</span>
          <span className="gw-muted">
            {d.gridName} · {d.period}
          </span>
          <StatusTag status={d.status} />
        </Space>
      </PageHeader>
      <Card size="small" className="gw-block">
        <Space wrap>
          <span>
            {t('verificationTask.classAtDraw')}：<Tag>{t(`visitClass.${d.visitClass}`, { defaultValue: d.visitClass })}</Tag>
          </span>
          <span>
            {t('verificationTask.classNow')}：
            <Tag color="blue">
              {t(`visitClass.${d.household.visitClass.visitClass}`, { defaultValue: d.household.visitClass.visitClass })}
            </Tag>
          </span>
          {d.household.visitClass.reasons.map((r, i) => (
            <Tag key={i}>{t(`classReason.${r.reason}`, { defaultValue: r.reason })}</Tag>
          ))}
        </Space>
      </Card>
      {d.result && <ResultList detail={d} tags={tags} />}
      {d.status === 'cancelled' && <Typography.Paragraph type="secondary">{t('verificationTask.cancelled')}</Typography.Paragraph>}
      {d.status === 'pending' && !d.abilities.submit && (
        <Typography.Paragraph type="secondary">{t('verificationTask.readOnly')}</Typography.Paragraph>
      )}
      {editable && (
        <>
          <Card size="small" className="gw-block" title={t('verificationTask.household')}>
            {rows(byScope(null))}
          </Card>
          {d.household.members.map((m) => (
            <Card key={m.residentId} size="small" className="gw-block" title={t('verificationTask.member', { name: m.name })}>
              {rows(byScope(m.residentId))}
            </Card>
          ))}
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            autoSize={{ minRows: 2 }}
            placeholder={t('verificationTask.generalNote')}
            className="gw-block"
          />
          <ErrorAlert error={error} />
          <div className="gw-vform-actions">
            <Button onClick={allConfirmed} data-testid="vform-all-confirmed">
              {t('verificationTask.allConfirmed')}
            </Button>
            <Button type="primary" onClick={submit} loading={busy} disabled={remaining > 0} data-testid="vform-submit">
              {t('verificationTask.submit')}
            </Button>
            {remaining > 0 && <Typography.Text type="secondary">{t('verificationTask.remaining', { count: remaining })}</Typography.Text>}
          </div>
        </>
      )}
    </div>
  );
}
