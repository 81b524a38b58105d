/**
 * The month as a calendar (Monday first): each day's meetings as chips, coloured by state (held,
 * convened, missed, still to come); a recorded meeting opens its page. A list under it carries the
 * details (MonthList), so a phone's narrow cells show short chips only.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { todayShanghai } from '../../lib/format';
import { monthWeeks, typeLabel, type MonthItem } from './meetingFormat';

function Chip({ item }: { item: MonthItem }) {
  const { t } = useTranslation();
  return (
    <span className={`gw-meet-chip gw-meet-${item.state}`} title={typeLabel(t, item.type)}>
      {typeLabel(t, item.type)}
    </span>
  );
}

export function ScheduleMonth({ month, items }: { month: string; items: MonthItem[] }) {
  const { t } = useTranslation();
  const today = todayShanghai();
  const weekdays = t('meetings.weekdays').split(',');
  return (
    <div className="gw-meet-month" data-testid="meeting-month">
      {weekdays.map((w) => (
        <div key={w} className="gw-meet-weekday">
          {w}
        </div>
      ))}
      {monthWeeks(month)
        .flat()
        .map((date, i) => (
          <div key={date ?? `x${i}`} className={`gw-meet-day${date === today ? ' gw-meet-today' : ''}${date ? '' : ' gw-meet-blank'}`}>
            {date && <div className="gw-meet-daynum">{Number(date.slice(8))}</div>}
            {items
              .filter((it) => it.date === date)
              .map((it) =>
                it.meetingId ? (
                  <Link key={it.key} to={`/meetings/${it.meetingId}`} data-testid="meeting-chip">
                    <Chip item={it} />
                  </Link>
                ) : (
                  <Chip key={it.key} item={it} />
                ),
              )}
          </div>
        ))}
    </div>
  );
}
