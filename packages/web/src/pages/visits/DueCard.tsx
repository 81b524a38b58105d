/** One household on the due list: tap the card for the profile, "走访" for the visit form (one tap). */
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { DueItem } from '../../api/visits';
import { formatMinute } from '../../lib/caseFormat';
import { ClassTag } from '../households/HouseholdTags';
import { shortDate, STATUS_COLOURS } from '../households/householdFormat';

/** `queued`: a visit to this household waits on the device (saved offline, not sent yet). */
export function DueCard({ item, queued = false }: { item: DueItem; queued?: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const place = [item.compoundName, item.buildingName].filter(Boolean).join(' · ');
  return (
    <div
      className="gw-due-card"
      style={{ borderLeftColor: STATUS_COLOURS[item.status] }}
      data-testid="due-card"
      data-household-id={item.householdId}
      data-status={item.status}
      data-bucket={item.bucket}
      data-queued={queued || undefined}
    >
      <Link to={`/households/${item.householdId}`} className="gw-due-card-main" data-testid="due-card-open">
        <div className="gw-due-card-top">
          <span className="gw-due-address">{item.address}</span>
          <ClassTag visitClass={item.visitClass} />
        </div>
        <div className="gw-due-meta">
          <span className="gw-due-count" style={{ color: STATUS_COLOURS[item.status] }}>
            {t('due.doneOf', { done: item.done, required: item.required })} · {t(`visitStatus.${item.status}`)}
          </span>
          {queued && (
            <Tag color="orange" className="gw-due-queued" data-testid="due-card-queued">
              {t('due.queued')}
            </Tag>
          )}
          {item.suggestedNext && item.status !== 'met' && (
            <span>{t('due.suggested', { date: shortDate(item.suggestedNext, i18n.language) })}</span>
          )}
        </div>
        <div className="gw-due-meta gw-muted">
          {place && <span>{place}</span>}
          <span>{item.gridName}</span>
          <span>{item.lastVisitAt ? t('due.lastVisit', { date: formatMinute(item.lastVisitAt, i18n.language) }) : t('due.never')}</span>
          <span>{t('due.periodEnd', { date: shortDate(item.period.end, i18n.language) })}</span>
        </div>
      </Link>
      <Button
        type={item.bucket === 'done' ? 'default' : 'primary'}
        size="large"
        className="gw-due-visit"
        autoInsertSpace={false}
        onClick={() => navigate(`/households/${item.householdId}/visit/new`, { state: { address: item.address } })}
        data-testid="due-card-visit"
      >
        {t('due.visit')}
      </Button>
    </div>
  );
}
