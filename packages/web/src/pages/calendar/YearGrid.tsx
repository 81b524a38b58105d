/** Twelve month grids (Monday first), each day coloured by kind: holiday, adjusted workday, weekend. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../api/types';

/** 0 = Monday … 6 = Sunday, independent of the browser's time zone. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function byMonth(days: CalendarDay[]): CalendarDay[][] {
  const months: CalendarDay[][] = Array.from({ length: 12 }, () => []);
  for (const d of days) months[Number(d.date.slice(5, 7)) - 1]?.push(d);
  for (const m of months) m.sort((a, b) => a.date.localeCompare(b.date));
  return months;
}

function DayCell({ day, onPick }: { day: CalendarDay; onPick?: (d: CalendarDay) => void }) {
  const { t } = useTranslation();
  const label = [
    day.date,
    t(`calendar.kinds.${day.kind}`),
    day.name,
    day.source === 'override' ? t('calendar.override') : null,
    day.provisional ? t('calendar.provisionalShort') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const cls = [
    'gw-day',
    `gw-day-${day.kind}`,
    day.source === 'override' ? 'gw-day-override' : '',
    day.provisional ? 'gw-day-provisional' : '',
  ].join(' ');
  return (
    <button
      type="button"
      className={cls}
      title={label}
      aria-label={label}
      onClick={onPick ? () => onPick(day) : undefined}
      disabled={!onPick}
      data-date={day.date}
      data-kind={day.kind}
    >
      {Number(day.date.slice(8, 10))}
    </button>
  );
}

function MonthGrid({ month, days, onPick }: { month: number; days: CalendarDay[]; onPick?: (d: CalendarDay) => void }) {
  const { t, i18n } = useTranslation();
  const title = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, month, 1)),
  );
  const lead = days.length ? weekdayIndex(days[0].date) : 0;
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div className="gw-month">
      <div className="gw-month-title">{title}</div>
      <div className="gw-month-grid">
        {weekdays.map((w) => (
          <div key={w} className="gw-weekday">
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`b${i}`} />
        ))}
        {days.map((d) => (
          <DayCell key={d.date} day={d} onPick={onPick} />
        ))}
      </div>
    </div>
  );
}

export function YearGrid({ days, onPick }: { days: CalendarDay[]; onPick?: (d: CalendarDay) => void }) {
  const months = useMemo(() => byMonth(days), [days]);
  return (
    <div className="gw-year" data-testid="calendar-year">
      {months.map((m, i) => (
        <MonthGrid key={i} month={i} days={m} onPick={onPick} />
      ))}
    </div>
  );
}

export function Legend() {
  const { t } = useTranslation();
  const kinds = ['workday', 'weekend', 'holiday', 'adjusted-workday'] as const;
  return (
    <div className="gw-legend">
      {kinds.map((k) => (
        <span key={k} className="gw-legend-item">
          <span className={`gw-legend-swatch gw-day-${k}`} />
          {t(`calendar.kinds.${k}`)}
        </span>
      ))}
      <span className="gw-legend-item">
        <span className="gw-legend-swatch gw-day-workday gw-day-override" />
        {t('calendar.override')}
      </span>
    </div>
  );
}
