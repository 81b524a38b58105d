/** ‹ 2026 ›: steps a year back or forward, not past this year. */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayShanghai } from '../../lib/format';

export function YearNav({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { t } = useTranslation();
  const current = Number(todayShanghai().slice(0, 4));
  return (
    <span className="gw-month-nav" data-testid="year-nav">
      <Button onClick={() => onChange(year - 1)} aria-label={t('trainings.prevYear')}>
        ‹
      </Button>
      <span className="gw-month-nav-label">{t('trainings.year', { year })}</span>
      <Button onClick={() => onChange(year + 1)} disabled={year >= current} aria-label={t('trainings.nextYear')}>
        ›
      </Button>
    </span>
  );
}
