/**
 * 住户: households in scope (A11.1), searched by address, name, or an exact ID number or phone
 * (matched by the server's keyed hash; only masks come back), filtered by grid. A table on a
 * desktop, cards on a phone; "新建住户" for the roles that register households.
 */
import { Button, Empty, Grid, Input, Select, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { HouseholdFormModal, useGridOptions } from './HouseholdFormModal';
import { HouseholdCards, HouseholdTable } from './HouseholdRows';
import { useHouseholdFilters, useHouseholdList } from './useHouseholdList';
import '../cases/cases.css';
import './households.css';

export default function HouseholdsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().lg;
  const [filters, setFilters] = useHouseholdFilters();
  const list = useHouseholdList(filters);
  const { index } = useRegions();
  const gridOptions = useGridOptions();
  const [creating, setCreating] = useState(false);
  const canCreate = useUser().abilities.householdEdit;
  const gridName = useCallback((id: Id) => index.byId.get(id)?.name ?? `#${id}`, [index]);
  const empty = !list.loading && !list.error && list.rows.length === 0;

  return (
    <div className="gw-page gw-households-page">
      <PageHeader
        title={t('households.title')}
        extra={
          canCreate && (
            <Button type="primary" size={mobile ? 'large' : 'middle'} onClick={() => setCreating(true)} data-testid="household-new">
              ＋ {t('households.new')}
            </Button>
          )
        }
      >
        {!list.loading && (
          <span className="gw-muted" data-testid="household-total">
            {t('households.count', { count: list.total })}
          </span>
        )}
      </PageHeader>
      <div className="gw-hh-filters">
        <Input.Search
          allowClear
          defaultValue={filters.q}
          placeholder={t('households.search')}
          onSearch={(q) => setFilters({ q })}
          size={mobile ? 'large' : 'middle'}
          data-testid="household-search"
        />
        {gridOptions.length > 1 && (
          <Select
            className="gw-hh-grid-filter"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('households.anyGrid')}
            value={filters.gridId}
            onChange={(gridId?: Id) => setFilters({ gridId })}
            options={gridOptions}
            size={mobile ? 'large' : 'middle'}
            data-testid="household-grid-filter"
          />
        )}
      </div>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {empty && <Empty description={t('households.empty')} />}
      {!empty && mobile && (
        <Spin spinning={list.loading && list.rows.length === 0}>
          <HouseholdCards rows={list.rows} gridName={gridName} />
          {list.hasMore && (
            <div className="gw-load-more">
              <Button onClick={list.loadMore} loading={list.loading}>
                {t('households.loadMore')}
              </Button>
            </div>
          )}
        </Spin>
      )}
      {!empty && !mobile && (
        <HouseholdTable
          rows={list.rows}
          gridName={gridName}
          loading={list.loading}
          total={list.total}
          offset={list.offset}
          onPage={list.goTo}
        />
      )}
      <HouseholdFormModal
        open={creating}
        defaultGridId={filters.gridId}
        onClose={() => setCreating(false)}
        onSaved={(h) => navigate(`/households/${h.id}`)}
      />
    </div>
  );
}
