/** The month's meetings in order: the policy's schedule (rule, D7 shift, what a combined meeting holds) and those recorded. */
import { Button, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Id } from '../../api/types';
import { formatMinute } from '../../lib/caseFormat';
import { formatDate } from '../../lib/format';
import { typeLabel, type MonthItem } from './meetingFormat';
import { RuleIdTag } from '../../components/RuleText';

/** The convene form for a scheduled meeting: its type, day and region filled in. */
function conveneLink(it: MonthItem, fallback: Id | undefined): string {
  const regionId = it.scheduled?.regionId ?? fallback;
  return `/meetings/new?${new URLSearchParams({ type: it.type, date: it.date, ...(regionId ? { regionId: String(regionId) } : {}) })}`;
}

const STATE_COLOURS = { held: 'success', scheduled: 'processing', cancelled: 'default', missed: 'error', planned: 'default' } as const;

export function MonthList({ items, regionId, canConvene }: { items: MonthItem[]; regionId: Id | undefined; canConvene: boolean }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Empty description={t('meetings.emptyMonth')} />;
  return (
    <div className="gw-team-cards" data-testid="meeting-list">
      {items.map((it) => {
        const s = it.scheduled;
        const m = it.meeting;
        const body = (
          <>
            <div className="gw-team-card-top">
              <span className="gw-team-card-title">{m?.title ?? typeLabel(t, it.type)}</span>
              <span className="gw-team-card-tags">
                <RuleIdTag rule={s?.rule} />
                <Tag color={STATE_COLOURS[it.state]}>{t(`meetings.state.${it.state}`)}</Tag>
              </span>
            </div>
            <div className="gw-team-card-meta">
              <span>{m ? formatMinute(m.startsAt, i18n.language) : formatDate(it.date, i18n.language)}</span>
              {m && <span>{m.regionName}</span>}
              {m?.place && <span>{m.place}</span>}
              {m && <span>{t('meetings.presentOf', { present: m.present, invited: m.invited })}</span>}
              {s?.shifted && <span>{t('meetings.shifted', { date: formatDate(s.setDate, i18n.language) })}</span>}
              {s?.combines && <span>{t('meetings.combines', { list: s.combines.map((c) => typeLabel(t, c)).join('、') })}</span>}
            </div>
          </>
        );
        if (it.meetingId)
          return (
            <Link key={it.key} to={`/meetings/${it.meetingId}`} className="gw-team-card" data-testid="meeting-item" data-state={it.state}>
              {body}
            </Link>
          );
        return (
          <div key={it.key} className="gw-team-card" data-testid="meeting-item" data-state={it.state}>
            {body}
            {canConvene && (
              <div className="gw-team-card-actions">
                <Link to={conveneLink(it, regionId)}>
                  <Button size="small" type="primary" ghost data-testid="meeting-convene-scheduled">
                    {t('meetings.conveneThis')}
                  </Button>
                </Link>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
