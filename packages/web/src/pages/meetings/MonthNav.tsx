/** ‹ 2026年12月 ›: steps a month back or forward. */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMonths, formatMonth } from '../../lib/format';

export function MonthNav({ month, onChange, max }: { month: string; onChange: (m: string) => void; max?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="gw-month-nav" data-testid="month-nav">
      <Button onClick={() => onChange(addMonths(month, -1))} aria-label={t('meetings.prevMonth')}>
        ‹
      </Button>
      <span className="gw-month-nav-label" data-testid="month-nav-label">
        {formatMonth(month, i18n.language)}
      </span>
      <Button
        onClick={() => onChange(addMonths(month, 1))}
        disabled={max !== undefined && month >= max}
        aria-label={t('meetings.nextMonth')}
      >
        ›
      </Button>
    </span>
  );
}
