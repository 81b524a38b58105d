/** Mine / all, open / finished / any, and the source: thumb-sized on a phone. */
import { Button, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_SOURCES } from '../../api/cases';
import type { CaseFilters } from './useCaseList';

interface Props {
  filters: CaseFilters;
  onChange: (patch: Partial<CaseFilters>) => void;
}

/** "↻ 刷新": reloads the list (the phone's pull-to-refresh, as a button). */
export function RefreshButton({ onRefresh, refreshing, large }: { onRefresh: () => void; refreshing: boolean; large: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      size={large ? 'large' : 'middle'}
      onClick={onRefresh}
      loading={refreshing}
      aria-label={t('cases.refresh')}
      data-testid="case-refresh"
    >
      {refreshing ? null : '↻'} {large ? null : t('cases.refresh')}
    </Button>
  );
}

export function CaseFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="gw-case-filters">
      <Segmented<'mine' | 'all'>
        data-testid="case-scope"
        value={filters.mine ? 'mine' : 'all'}
        onChange={(v) => onChange({ mine: v === 'mine' })}
        options={[
          { value: 'mine', label: t('cases.mine') },
          { value: 'all', label: t('cases.all') },
        ]}
      />
      <Segmented<string>
        data-testid="case-status-filter"
        value={filters.status || 'any'}
        onChange={(v) => onChange({ status: v === 'any' ? '' : (v as CaseFilters['status']) })}
        options={[
          { value: 'open', label: t('cases.open') },
          { value: 'finished', label: t('cases.finished') },
          { value: 'any', label: t('cases.anyStatus') },
        ]}
      />
      <Select<string>
        className="gw-case-source"
        value={filters.source}
        onChange={(v) => onChange({ source: v })}
        options={[{ value: '', label: t('cases.anySource') }, ...CASE_SOURCES.map((s) => ({ value: s, label: t(`caseSources.${s}`) }))]}
        aria-label={t('cases.col.source')}
      />
    </div>
  );
}
