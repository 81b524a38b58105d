/**
 * 填写入户调查表 (A8.1) on the phone: the form of the household's class today (GET survey-form), a choice
 * as large buttons, a text as a box; what is typed stays on the device until it is submitted. The
 * server checks the answers: each problem shows under its question. `?visitId=` links the visit.
 */
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { householdsApi } from '../../api/households';
import { surveysApi } from '../../api/surveys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../lib/useAsync';
import { useDraft } from '../../lib/useDraft';
import { useUser } from '../../state/session';
import { ClassTag } from './HouseholdTags';
import { answerProblems, textOf } from './surveyFormat';
import '../cases/cases.css';
import '../team/team.css';
import './households.css';
import { RuleText } from '../../components/RuleText';

type Answers = Record<string, string | undefined>;

export default function SurveyFillPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const visitId = /^\d+$/.test(params.get('visitId') ?? '') ? Number(params.get('visitId')) : undefined;
  const user = useUser();
  const household = useAsync((signal) => householdsApi.get(id, signal), [id]);
  const form = useAsync((signal) => surveysApi.form(id, signal), [id]);
  const draft = useDraft<Answers>(`gw.surveyDraft.${user.id}.${id}`);
  const [restored, setRestored] = useState(draft.initial !== null);
  const [fields] = Form.useForm<{ answers: Answers }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const lang = i18n.language;

  // a draft from another form type (the class changed) keeps only the questions still asked
  useEffect(() => {
    if (!form.data || !draft.initial) return;
    const keys = new Set(form.data.questions.map((q) => q.key));
    fields.setFieldsValue({ answers: Object.fromEntries(Object.entries(draft.initial).filter(([k]) => keys.has(k))) });
  }, [form.data, draft.initial, fields]);

  const h = household.data;
  const f = form.data;
  const failed = household.error ?? form.error;
  if (!h || !f)
    return failed ? (
      <div className="gw-page">
        <ErrorAlert
          error={failed}
          onRetry={() => {
            household.reload();
            form.reload();
          }}
        />
      </div>
    ) : (
      <FullPageSpin />
    );

  const submit = async (answers: Answers) => {
    setBusy(true);
    setError(null);
    const body: Record<string, string> = {};
    for (const q of f.questions) {
      const v = answers[q.key]?.trim();
      if (v) body[q.key] = v;
    }
    try {
      await surveysApi.fill(id, { answers: body, ...(visitId ? { visitId } : {}) });
      draft.clear();
      message.success(t('surveyFill.saved'));
      navigate(`/households/${id}`, { replace: true });
    } catch (e) {
      const problems = answerProblems(t, e);
      if (problems) {
        fields.setFields(f.questions.map((q) => ({ name: ['answers', q.key], errors: problems.byKey.get(q.key) ?? [] })));
        if (problems.rest || problems.byKey.size === 0) setError(e);
        const first = f.questions.find((q) => problems.byKey.has(q.key));
        if (first) fields.scrollToField(['answers', first.key], { block: 'center' });
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="gw-page gw-survey-fill" data-testid="survey-fill" data-visit-class={f.visitClass}>
      <Link to={`/households/${id}`} className="gw-back-link">
        ‹ {t('surveyFill.back')}
      </Link>
      <PageHeader title={t('surveyFill.title')}>
        <ClassTag visitClass={f.visitClass} />
        <span className="gw-muted gw-survey-fill-address">{h.address}</span>
      </PageHeader>
      <div className="gw-muted gw-survey-fill-rule">
        <RuleText text={t('surveyFill.rule', { rule: f.rule })} /> · {t('surveyFill.required')}
      </div>
      {restored && (
        <Alert
          type="info"
          showIcon
          className="gw-error"
          title={t('surveyFill.restored')}
          data-testid="survey-draft-restored"
          action={
            <Button
              size="small"
              onClick={() => {
                draft.clear();
                fields.resetFields();
                setRestored(false);
              }}
            >
              {t('surveyFill.discard')}
            </Button>
          }
        />
      )}
      <Form<{ answers: Answers }>
        form={fields}
        layout="vertical"
        size="large"
        className="gw-form-card"
        onValuesChange={(changed, all) => {
          draft.save(all.answers ?? {});
          // an answer given clears the server's problem under it
          fields.setFields(Object.keys(changed.answers ?? {}).map((k) => ({ name: ['answers', k], errors: [] })));
        }}
        onFinish={(v) => void submit(v.answers ?? {})}
      >
        {f.questions.map((q) => (
          <Form.Item
            key={q.key}
            name={['answers', q.key]}
            label={textOf(q, lang)}
            required={q.kind === 'choice'}
            data-testid={`survey-q-${q.key}`}
          >
            {q.kind === 'choice' ? (
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                className="gw-choice-buttons"
                options={(q.options ?? []).map((o) => ({ value: o.code, label: textOf(o, lang) }))}
              />
            ) : (
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={q.maxLength} showCount />
            )}
          </Form.Item>
        ))}
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="survey-submit">
          {t('surveyFill.submit')}
        </Button>
      </Form>
    </div>
  );
}
