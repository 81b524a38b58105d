/** The area's diaries for reviewers (A5.6, C4): region, author, dates and only the excellent ones. */
import { Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../api/types';
import { RegionPicker } from '../../components/RegionPicker';
import type { PersonOption } from '../team/useTeamPeople';

export interface DiaryFilter {
  regionId?: Id;
  userId?: Id;
  from?: string;
  to?: string;
  selected?: boolean;
}

interface Props {
  value: DiaryFilter;
  onChange: (v: DiaryFilter) => void;
  people: PersonOption[];
}

export function DiaryFilters({ value, onChange, people }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<DiaryFilter>) => onChange({ ...value, ...patch });
  return (
    <div className="gw-diary-filters" data-testid="diary-filters">
      <div className="gw-diary-filter-region">
        <RegionPicker value={value.regionId} onChange={(regionId) => set({ regionId, userId: undefined })} />
      </div>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        className="gw-diary-filter-author"
        placeholder={t('diaries.filters.author')}
        value={value.userId}
        options={people}
        onChange={(userId?: Id) => set({ userId })}
        data-testid="diary-filter-author"
      />
      <label className="gw-date-label">
        {t('diaries.filters.from')}
        <Input
          type="date"
          className="gw-date-input"
          value={value.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label className="gw-date-label">
        {t('diaries.filters.to')}
        <Input type="date" className="gw-date-input" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label className="gw-switch">
        <Switch size="small" checked={Boolean(value.selected)} onChange={(selected) => set({ selected: selected || undefined })} />
        <span>{t('diaries.filters.selected')}</span>
      </label>
    </div>
  );
}
