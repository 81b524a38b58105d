/** Monthly or yearly scores: the kind, then the month (this year's and last year's, up to now) or the year. */
import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMonths, formatMonth, todayShanghai } from '../../lib/format';

export type PeriodKind = 'month' | 'year';

function recentMonths(): string[] {
  const now = todayShanghai().slice(0, 7);
  return Array.from({ length: 24 }, (_, i) => addMonths(now, -i));
}

function recentYears(): string[] {
  const now = Number(todayShanghai().slice(0, 4));
  return Array.from({ length: 4 }, (_, i) => String(now - i));
}

export function PeriodPicker({ period, onChange }: { period: string; onChange: (p: string) => void }) {
  const { t, i18n } = useTranslation();
  const kind: PeriodKind = period.length === 4 ? 'year' : 'month';
  return (
    <span className="gw-period-picker">
      <Segmented<PeriodKind>
        value={kind}
        onChange={(k) => onChange(k === 'year' ? period.slice(0, 4) : todayShanghai().slice(0, 7))}
        options={[
          { value: 'month', label: t('assessment.monthly') },
          { value: 'year', label: t('assessment.yearly') },
        ]}
        data-testid="assessment-period-kind"
      />
      <Select
        value={period}
        onChange={onChange}
        className="gw-period-select"
        options={(kind === 'year' ? recentYears() : recentMonths()).map((p) => ({
          value: p,
          label: kind === 'year' ? t('trainings.year', { year: p }) : formatMonth(p, i18n.language),
        }))}
        data-testid="assessment-period"
      />
    </span>
  );
}
