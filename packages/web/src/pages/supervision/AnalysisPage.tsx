/**
 * 月度问题分析 (C5.1, C8): the list a grid-level analysis meeting goes through — for a region and a
 * month, the cases still open at the month's end and the hot ones, grid by grid, with why each is
 * hot and a blank column for the handler the meeting assigns. Prints on A4 landscape.
 */
import { Button, Empty, Input, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { statisticsApi, type AnalysisGrid } from '../../api/statistics';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { formatMinute } from '../../lib/caseFormat';
import { todayShanghai } from '../../lib/format';
import { scopeRoots } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { categoryLabel, useCategories } from '../cases/useCaseRefs';
import '../../components/print-sheet.css';
import './analysis.css';
import { stripRuleIds } from '../../lib/ruleIds';

function useDefaultRegion(): Id | null {
  const { selected, index } = useRegions();
  if (selected?.inScope) return selected.id;
  return scopeRoots(index)[0]?.id ?? null;
}

function GridSection({ g }: { g: AnalysisGrid }) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  return (
    <section className="gw-analysis-grid" data-testid="analysis-grid" data-grid-id={g.gridId} data-open={g.open} data-hot={g.hot}>
      <h3>
        {g.gridName} <small>{t('analysis.gridLine', { open: g.open, hot: g.hot })}</small>
      </h3>
      <div className="gw-analysis-table-wrap">
        <table className="gw-analysis-table">
          <thead>
            <tr>
              {(['id', 'title', 'category', 'caseClass', 'tier', 'status', 'deadline', 'hot'] as const).map((k) => (
                <th key={k}>{t(`analysis.col.${k}`)}</th>
              ))}
              <th className="gw-analysis-handler">{t('analysis.col.handler')}</th>
            </tr>
          </thead>
          <tbody>
            {g.cases.map((c) => (
              <tr key={c.id} data-testid="analysis-case" data-case-id={c.id} data-hot={c.hot}>
                <td>
                  <Link to={`/cases/${c.id}`}>#{c.id}</Link>
                </td>
                <td>{c.title}</td>
                <td>{categoryLabel(categories.data, c.category, i18n.language)}</td>
                <td>{t(`caseClasses.${c.caseClass}`, { defaultValue: c.caseClass })}</td>
                <td>{t(`policyValues.${c.tier}`, { defaultValue: c.tier })}</td>
                <td>{t(`caseStatus.${c.status}`, { defaultValue: c.status })}</td>
                <td>{formatMinute(c.deadline, i18n.language)}</td>
                <td className="gw-analysis-hot">
                  {(c.hotReasons ?? (c.hot ? ['flagged'] : [])).map((r) => t(`analysis.reason.${r}`)).join('、')}
                </td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function AnalysisPage() {
  const { t, i18n } = useTranslation();
  const fallback = useDefaultRegion();
  const [picked, setPicked] = useState<Id | null>(null);
  const regionId = picked ?? fallback;
  const [month, setMonth] = useState(() => todayShanghai().slice(0, 7));
  const list = useAsync(
    (signal) => (regionId ? statisticsApi.analysis(regionId, month, signal) : Promise.resolve(null)),
    [regionId, month],
  );
  const data = list.data;
  const open = data?.grids.reduce((s, g) => s + g.open, 0) ?? 0;
  const hot = data?.grids.reduce((s, g) => s + g.hot, 0) ?? 0;

  return (
    <div className="gw-page" data-testid="analysis-page">
      <div className="gw-no-print">
        <PageHeader
          title={t('analysis.title')}
          extra={
            <Button type="primary" onClick={() => window.print()} disabled={!data} data-testid="analysis-print">
              {t('analysis.print')}
            </Button>
          }
        />
        <div className="gw-analysis-filters">
          <div className="gw-analysis-region">
            <RegionPicker value={regionId} onChange={setPicked} placeholder={t('analysis.region')} />
          </div>
          <Input
            type="month"
            aria-label={t('analysis.month')}
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
            data-testid="analysis-month"
          />
        </div>
        <ErrorAlert error={list.error} onRetry={list.reload} />
      </div>
      {!data && list.loading && <Spin className="gw-full-spin" />}
      {regionId === null && <Empty />}
      {data && (
        <div className="gw-analysis-sheet gw-print-in-app">
          <h2>{t('analysis.heading', { region: data.region.name, month: data.month })}</h2>
          <div className="gw-analysis-sub" data-testid="analysis-summary">
            {t('analysis.summary', { grids: data.grids.length, open, hot })} ·{' '}
            {t('analysis.printedAt', { at: formatMinute(new Date().toISOString(), i18n.language) })}
          </div>
          {data.grids.length === 0 && <Empty description={t('analysis.empty')} />}
          {data.grids.map((g) => (
            <GridSection key={g.gridId} g={g} />
          ))}
          <div className="gw-analysis-note">{stripRuleIds(t('analysis.note'))}</div>
        </div>
      )}
    </div>
  );
}
