/** The desk's search (issue 11 item 8): keyword, category, area with its sub-areas, intake dates; kept in the URL. */
import { Button, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../components/RegionPicker';
import { categoryLabel, useCategories } from './useCaseRefs';
import type { CaseFilters } from './useCaseList';

interface Props {
  filters: CaseFilters;
  onChange: (patch: Partial<CaseFilters>) => void;
}

const EMPTY: Partial<CaseFilters> = { q: '', category: '', regionId: null, from: '', to: '' };

export function CaseSearchBar({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  // the keyword is typed here and applied on Enter or the search button (one request, not one per key)
  const [keyword, setKeyword] = useState(filters.q);
  useEffect(() => setKeyword(filters.q), [filters.q]);
  const active = Boolean(filters.q || filters.category || filters.regionId || filters.from || filters.to);
  return (
    <div className="gw-case-filters gw-case-search" data-testid="case-search">
      <Input.Search
        className="gw-case-keyword"
        allowClear
        value={keyword}
        maxLength={100}
        placeholder={t('desk.search.keyword')}
        aria-label={t('desk.search.keywordLabel')}
        onChange={(e) => setKeyword(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() })}
        data-testid="case-keyword"
      />
      <Select<string>
        className="gw-case-category"
        value={filters.category}
        onChange={(v) => onChange({ category: v })}
        loading={categories.loading}
        options={[
          { value: '', label: t('desk.search.anyCategory') },
          ...(categories.data ?? []).map((c) => ({ value: c.code, label: categoryLabel(categories.data, c.code, i18n.language) })),
        ]}
        aria-label={t('desk.search.category')}
        data-testid="case-category-filter"
      />
      <div className="gw-case-region">
        <RegionPicker
          value={filters.regionId}
          onChange={(id) => onChange({ regionId: id })}
          onClear={() => onChange({ regionId: null })}
          placeholder={t('desk.search.region')}
        />
      </div>
      <Input
        type="date"
        className="gw-case-date"
        value={filters.from}
        max={filters.to || undefined}
        onChange={(e) => onChange({ from: e.target.value })}
        aria-label={t('desk.search.from')}
        data-testid="case-from"
      />
      <Input
        type="date"
        className="gw-case-date"
        value={filters.to}
        min={filters.from || undefined}
        onChange={(e) => onChange({ to: e.target.value })}
        aria-label={t('desk.search.to')}
        data-testid="case-to"
      />
      {active && (
        <Button type="link" onClick={() => onChange(EMPTY)} data-testid="case-search-clear">
          {t('desk.search.clear')}
        </Button>
      )}
    </div>
  );
}
