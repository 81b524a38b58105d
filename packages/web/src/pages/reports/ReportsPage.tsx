/**
 * 月度督查报告 (C8): the year's reports of the region selected in the tree (else of the whole scope),
 * newest month first; the supervising office generates the report of an ended month from the records.
 */
import { Button, Empty, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { REPORTED_TYPES, supervisionReportsApi } from '../../api/supervisionReports';
import type { RegionNode } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatMonth, todayShanghai } from '../../lib/format';
import { scopeRoots, type RegionIndex } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useUser } from '../../state/session';
import { YearNav } from '../trainings/YearNav';
import { ReportCreateCard } from './ReportCreateCard';
import { ReportStatusTags } from './ReportStatusTags';
import '../cases/cases.css';
import '../team/team.css';
import './reports.css';

/**
 * The region the create form starts with (and the write check asks about): the selected region or the
 * nearest one above it that a report covers, else the first below it (breadth first).
 */
function firstReportable(index: RegionIndex, selected: RegionNode | null): RegionNode | undefined {
  const fits = (r: RegionNode) => r.inScope && REPORTED_TYPES.includes(r.type);
  for (let r = selected; r; r = r.parentId === null ? null : (index.byId.get(r.parentId) ?? null)) if (fits(r)) return r;
  const queue = selected ? [selected] : [...scopeRoots(index)];
  while (queue.length) {
    const r = queue.shift() as RegionNode;
    if (fits(r)) return r;
    queue.push(...(index.children.get(r.id) ?? []));
  }
  return undefined;
}

export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { selected, index } = useRegions();
  const [year, setYear] = useState(Number(todayShanghai().slice(0, 4)));
  const [creating, setCreating] = useState(false);
  const regionId = selected?.inScope ? selected.id : undefined;
  const list = useAsync((signal) => supervisionReportsApi.list({ regionId, year }, signal), [regionId, year]);
  const target = useMemo(() => firstReportable(index, selected?.inScope ? selected : null), [index, selected]);
  // the supervising office writes reports (its ability comes with /auth/me)
  const user = useUser();
  const mayWrite = { data: user.abilities.supervisionReports && target !== undefined };
  const items = list.data ?? [];

  return (
    <div className="gw-page gw-sr-page">
      <PageHeader
        title={t('supReports.title')}
        extra={
          <Space wrap>
            <YearNav year={year} onChange={setYear} />
            {mayWrite.data && !creating && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="report-new">
                {t('supReports.create.open')}
              </Button>
            )}
          </Space>
        }
      >
        <span className="gw-muted">{selected?.inScope ? selected.name : t('supReports.allRegions')}</span>
      </PageHeader>
      {creating && (
        <ReportCreateCard
          defaultRegionId={target?.id}
          onCancel={() => setCreating(false)}
          onCreated={(r) => navigate(`/supervision/reports/${r.id}`)}
        />
      )}
      <h3 className="gw-section-title">{t('supReports.count', { count: items.length })}</h3>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Spin spinning={list.loading}>
        {list.data && items.length === 0 && <Empty description={t('supReports.empty')} />}
        <div className="gw-team-cards" data-testid="report-list">
          {items.map((r) => (
            <Link
              key={r.id}
              to={`/supervision/reports/${r.id}`}
              className="gw-team-card"
              data-testid="report-item"
              data-report-id={r.id}
              data-month={r.month}
            >
              <div className="gw-team-card-top">
                <span className="gw-team-card-title">
                  {r.regionName} · {formatMonth(r.month, i18n.language)}
                </span>
                <span className="gw-team-card-tags">
                  <ReportStatusTags report={r} />
                </span>
              </div>
              <div className="gw-team-card-meta">
                {r.issuedAt ? (
                  <span>{t('supReports.issuedAt', { date: formatDate(r.issuedAt, i18n.language) })}</span>
                ) : (
                  <span>{t('supReports.generatedAt', { date: formatDate(r.generatedAt, i18n.language) })}</span>
                )}
                {r.comments && <span className="gw-sr-excerpt">{r.comments}</span>}
              </div>
            </Link>
          ))}
        </div>
      </Spin>
    </div>
  );
}
