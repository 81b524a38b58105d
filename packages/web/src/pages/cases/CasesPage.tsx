/**
 * 案件: "my cases" (or all in scope) by urgency: open first, earliest deadline first, as the server
 * sorts them; searched by keyword, category, area and intake dates, with the number of matches.
 * Cards on a phone, a table on a desktop; "上报问题" opens the intake form.
 */
import { Button, Empty, Grid, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { useUser } from '../../state/session';
import { CaseCards } from './CaseCards';
import { CaseFilterBar, RefreshButton } from './CaseFilterBar';
import { CaseSearchBar } from './CaseSearchBar';
import { CaseTable } from './CaseTable';
import { queryOf, useCaseFilters, useCaseList } from './useCaseList';
import { useCategories, useGridName } from './useCaseRefs';
import './cases.css';

export default function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().lg;
  const [filters, setFilters] = useCaseFilters();
  const list = useCaseList(filters);
  const categories = useCategories();
  const gridName = useGridName();
  // decided by the server (abilities), never re-derived here
  const canReport = useUser().abilities.fileCases;
  const empty = !list.loading && !list.error && list.rows.length === 0;

  return (
    <div className="gw-page gw-cases-page">
      <PageHeader
        title={t('cases.title')}
        extra={
          <Space>
            <RefreshButton onRefresh={list.reload} refreshing={list.loading} large={mobile} />
            {!mobile && <ExportButton run={() => casesApi.exportXlsx(queryOf(filters))} testId="case-export" />}
            {!mobile && (
              <Button onClick={() => navigate('/cases/register')} data-testid="case-register">
                {t('register.link')}
              </Button>
            )}
            {canReport && (
              <Button type="primary" size={mobile ? 'large' : 'middle'} onClick={() => navigate('/cases/new')} data-testid="case-new">
                ＋ {t('cases.new')}
              </Button>
            )}
          </Space>
        }
      />
      <CaseFilterBar filters={filters} onChange={setFilters} />
      <CaseSearchBar filters={filters} onChange={setFilters} />
      {list.total !== null && (
        <div className="gw-case-total" data-testid="case-total" aria-live="polite">
          {t('desk.search.total', { n: list.total })}
        </div>
      )}
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {empty && <Empty description={t(filters.mine ? 'cases.emptyMine' : 'cases.empty')} />}
      {!empty && mobile && (
        <Spin spinning={list.loading && list.rows.length === 0}>
          <CaseCards rows={list.rows} gridName={gridName} />
        </Spin>
      )}
      {!empty && !mobile && <CaseTable rows={list.rows} loading={list.loading} gridName={gridName} categories={categories.data} />}
      {list.hasMore && (
        <div className="gw-load-more">
          <Button onClick={list.loadMore} loading={list.loading}>
            {t('cases.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
