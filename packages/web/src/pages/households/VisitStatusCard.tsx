/** This period's visits for the household (A7.2, D5): done of required, status, suggested next date. */
import { Card, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { householdsApi } from '../../api/households';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAsync } from '../../lib/useAsync';
import { shortDate, STATUS_COLOURS } from './householdFormat';
import { VisitStatusTag } from './HouseholdTags';

export function VisitStatusCard({ householdId, reloadKey }: { householdId: Id; reloadKey: number }) {
  const { t, i18n } = useTranslation();
  const status = useAsync((signal) => householdsApi.visitStatus(householdId, undefined, signal), [householdId, reloadKey]);
  const s = status.data;
  return (
    <Card
      size="small"
      className="gw-hh-card-block"
      title={t('household.statusTitle')}
      loading={status.loading && !s}
      data-testid="visit-status-card"
    >
      <ErrorAlert error={status.error} onRetry={status.reload} />
      {s && (
        <div
          className="gw-status-body"
          data-testid="visit-status-body"
          data-status={s.status}
          data-done={s.done}
          data-required={s.required}
        >
          <Progress
            type="circle"
            size={64}
            percent={s.required > 0 ? Math.min(100, Math.round((s.done / s.required) * 100)) : 100}
            strokeColor={STATUS_COLOURS[s.status]}
            format={() => `${s.done}/${s.required}`}
          />
          <div>
            <VisitStatusTag status={s.status} />
            <div>{t('household.doneOf', { done: s.done, required: s.required })}</div>
            <div className="gw-muted">
              {t('household.period', { start: shortDate(s.period.start, i18n.language), end: shortDate(s.period.end, i18n.language) })}
            </div>
            {s.suggestedNext && s.status !== 'met' && (
              <div>{t('household.suggested', { date: shortDate(s.suggestedNext, i18n.language) })}</div>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
