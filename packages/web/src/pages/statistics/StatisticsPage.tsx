/**
 * 统计分析 (issue 3, item 10): for a region and a date range, the cases received then — summary
 * cards, the monthly on-time rate and handling days, breakdowns by category, tier and sub-region,
 * the residents' satisfaction, and a table of any grouping. Lazy-loaded: ECharts lives in this chunk.
 */
import { Alert, Button, Card, Col, Empty, Input, Row, Segmented, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAT_GROUP_BYS, statisticsApi, type StatGroupBy, type StatRow } from '../../api/statistics';
import type { Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { RegionPicker } from '../../components/RegionPicker';
import { todayShanghai } from '../../lib/format';
import { scopeRoots } from '../../lib/regionTree';
import { useRegions } from '../../state/regions';
import { categoryLabel, useCategories } from '../cases/useCaseRefs';
import { groupOption, satisfactionOption, trendOption, volumeOption } from './chartOptions';
import { isValidRange, presetOf, presetRange, RANGE_PRESETS, type DateRange } from './dateRange';
import { EChart } from './EChart';
import { StatTable } from './StatTable';
import { SummaryCards } from './SummaryCards';
import { useStatistics } from './useStatistics';
import './statistics.css';

/** The region in the sider when it is in scope, else the top of the user's scope. */
function useDefaultRegion(): Id | null {
  const { selected, index } = useRegions();
  if (selected?.inScope) return selected.id;
  return scopeRoots(index)[0]?.id ?? null;
}

/** A group's name in the UI language (the server sends Chinese labels). */
function useRowLabel() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const list = categories.data;
  const lang = i18n.language;
  return useMemo(() => {
    const zh = lang !== 'en';
    return (groupBy: StatGroupBy) => (r: StatRow) => {
      if (groupBy === 'category') return list?.some((c) => c.code === r.key) ? categoryLabel(list, r.key, lang) : r.label;
      if (zh) return r.label;
      if (groupBy === 'case-class') return t(`caseClasses.${r.key}`, { defaultValue: r.label });
      if (groupBy === 'tier') return t(`policyValues.${r.key}`, { defaultValue: r.label });
      return r.label;
    };
  }, [list, lang, t]);
}

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Col xs={24} lg={12}>
      <Card size="small" title={title}>
        {children}
      </Card>
    </Col>
  );
}

export default function StatisticsPage() {
  const { t } = useTranslation();
  const fallbackRegion = useDefaultRegion();
  const [picked, setPicked] = useState<Id | null>(null);
  const regionId = picked ?? fallbackRegion;
  const [range, setRange] = useState<DateRange>(() => presetRange('last12', todayShanghai()));
  const [tableBy, setTableBy] = useState<StatGroupBy>('region');
  const stats = useStatistics(regionId, range);
  const labelFor = useRowLabel();
  const data = stats.data;

  const options = useMemo(() => {
    if (!data) return null;
    return {
      trend: trendOption(t, data.month.rows),
      volume: volumeOption(t, data.month.rows),
      category: groupOption(t, data.category.rows, labelFor('category')),
      tier: groupOption(t, data.tier.rows, labelFor('tier')),
      region: groupOption(t, data.region.rows, labelFor('region')),
      satisfaction: satisfactionOption(t, data.month.total),
    };
  }, [data, t, labelFor]);

  return (
    <div className="gw-page" data-testid="statistics-page">
      <PageHeader
        title={t('statistics.title')}
        extra={
          <Space>
            <Button onClick={stats.reload} loading={stats.loading}>
              {t('common.refresh')}
            </Button>
            {regionId !== null && isValidRange(range) && (
              <ExportButton run={() => statisticsApi.exportXlsx({ regionId, ...range, groupBy: tableBy })} testId="statistics-export" />
            )}
          </Space>
        }
      />
      <div className="gw-stat-filters">
        <div className="gw-stat-region">
          <RegionPicker value={regionId} onChange={setPicked} placeholder={t('statistics.region')} />
        </div>
        <Space.Compact>
          <Input
            type="date"
            aria-label={t('statistics.from')}
            value={range.from}
            max={range.to}
            onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })}
            data-testid="stat-from"
          />
          <Input
            type="date"
            aria-label={t('statistics.to')}
            value={range.to}
            min={range.from}
            onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })}
            data-testid="stat-to"
          />
        </Space.Compact>
        <Segmented<string>
          value={presetOf(range, todayShanghai()) ?? ''}
          data-testid="stat-presets"
          options={RANGE_PRESETS.map((p) => ({ value: p, label: t(`statistics.presets.${p}`) }))}
          onChange={(p) => setRange(presetRange(p as (typeof RANGE_PRESETS)[number], todayShanghai()))}
        />
      </div>
      {!isValidRange(range) && <Alert type="warning" showIcon className="gw-block" title={t('statistics.rangeTooLong')} />}
      <ErrorAlert error={stats.error} onRetry={stats.reload} />
      {regionId === null && <Empty />}
      {data && options && (
        <>
          <SummaryCards total={data.month.total} />
          <div className="gw-muted gw-hint">{t('statistics.cohortNote')}</div>
          {data.month.total.received === 0 && <Empty className="gw-stat-charts" description={t('statistics.noData')} />}
          <Row gutter={[12, 12]} className="gw-stat-charts">
            <ChartCard title={t('statistics.charts.trend')}>
              <EChart option={options.trend} testId="chart-trend" />
            </ChartCard>
            <ChartCard title={t('statistics.charts.volume')}>
              <EChart option={options.volume} testId="chart-volume" />
            </ChartCard>
            <ChartCard title={t('statistics.charts.byCategory')}>
              <EChart option={options.category} testId="chart-category" />
            </ChartCard>
            <ChartCard title={t('statistics.charts.byTier')}>
              <EChart option={options.tier} testId="chart-tier" />
            </ChartCard>
            <ChartCard title={t('statistics.charts.byRegion')}>
              <EChart option={options.region} testId="chart-region" />
            </ChartCard>
            <ChartCard title={t('statistics.charts.satisfaction')}>
              <EChart option={options.satisfaction} testId="chart-satisfaction" />
            </ChartCard>
          </Row>
          <Card
            size="small"
            className="gw-stat-charts"
            title={t('statistics.detail')}
            extra={
              <Segmented<StatGroupBy>
                size="small"
                value={tableBy}
                onChange={setTableBy}
                options={STAT_GROUP_BYS.map((g) => ({ value: g, label: t(`statistics.groupBy.${g}`) }))}
              />
            }
          >
            <StatTable data={data[tableBy]} label={labelFor(tableBy)} />
          </Card>
        </>
      )}
    </div>
  );
}
