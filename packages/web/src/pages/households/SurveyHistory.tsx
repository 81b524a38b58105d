/**
 * The household's surveys (A8.1), newest first: when, who, the class the form was for, and the answers
 * (folded) labelled by that class's form. Three at first, more on request.
 */
import { Button, Card, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveysApi, type Survey } from '../../api/surveys';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMinute } from '../../lib/caseFormat';
import { useAsync } from '../../lib/useAsync';
import { ClassTag } from './HouseholdTags';
import { answerText, questionsOf, textOf } from './surveyFormat';

const FIRST = 3;

function SurveyItem({ s }: { s: Survey }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const questions = questionsOf(s.visitClass);
  const keys = [
    ...questions.map((q) => q.key).filter((k) => k in s.answers),
    ...Object.keys(s.answers).filter((k) => !questions.some((q) => q.key === k)),
  ];
  return (
    <li className="gw-survey-item" data-testid="survey-row" data-survey-id={s.id}>
      <div className="gw-survey-item-top">
        <span>{t('surveyFill.by', { name: s.filledBy.name, date: formatMinute(s.filledAt, i18n.language) })}</span>
        <ClassTag visitClass={s.visitClass} />
        {s.visitId !== null && <Tag>{t('surveyFill.visit', { id: s.visitId })}</Tag>}
      </div>
      {keys.length > 0 && (
        <Button type="link" size="small" className="gw-survey-toggle" onClick={() => setOpen((o) => !o)} data-testid="survey-toggle">
          {open ? t('surveyFill.hideAnswers') : t('surveyFill.showAnswers')}
        </Button>
      )}
      {open && (
        <dl className="gw-survey-answers" data-testid="survey-answers">
          {keys.map((k) => {
            const q = questions.find((x) => x.key === k);
            return (
              <div key={k} style={{ display: 'contents' }}>
                <dt>{q ? textOf(q, i18n.language) : k}</dt>
                <dd>{answerText(q, s.answers[k] ?? '', i18n.language)}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </li>
  );
}

export function SurveyHistory({ householdId }: { householdId: Id }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const list = useAsync((signal) => surveysApi.list(householdId, signal), [householdId]);
  const items = list.data ?? [];
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      title={t('surveyFill.history', { count: items.length })}
      loading={list.loading && !list.data}
      data-testid="survey-history"
    >
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.data && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveyFill.empty')} />}
      <ul className="gw-surveys">
        {(all ? items : items.slice(0, FIRST)).map((s) => (
          <SurveyItem key={s.id} s={s} />
        ))}
      </ul>
      {!all && items.length > FIRST && (
        <div className="gw-load-more">
          <Button size="small" onClick={() => setAll(true)}>
            {t('surveyFill.more')}
          </Button>
        </div>
      )}
    </Card>
  );
}
