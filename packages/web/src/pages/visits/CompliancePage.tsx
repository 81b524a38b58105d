/**
 * 走访统计 (A7.2, A8, C7.1, C8): the region's grids on the map coloured by pace (behind, at risk,
 * on track; the default) or by the share met (green ≥ 90 %, yellow ≥ 60 %, red below;
 * `?colour=rate`), tables by grid, worker and class for a date, and the visiting hours of the last
 * 7 days. The region is the one selected in the sider, else the top of scope.
 */
import { Badge, Button, Card, Empty, Input, Segmented, Space, Tabs } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { gridsApi } from '../../api/endpoints';
import type { GridFeatureProps } from '../../api/types';
import { visitsApi, type ComplianceGroup } from '../../api/visits';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { GridMap } from '../../components/GridMap';
import { PageHeader } from '../../components/PageHeader';
import { todayShanghai } from '../../lib/format';
import { scopeRoots } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useSession } from '../../state/session';
import { colourByOf, colourOfRow, LEGENDS, type ColourBy } from './complianceColour';
import { ComplianceTable } from './ComplianceTable';
import { HoursTable } from './HoursTable';
import '../cases/cases.css';
import './visits.css';

function useStatsRegion() {
  const { selected, index } = useRegions();
  if (selected?.inScope) return selected;
  const roots = scopeRoots(index);
  return roots.find((r) => !['grid', 'compound', 'building'].includes(r.type)) ?? roots[0] ?? null;
}

export default function CompliancePage() {
  const { t } = useTranslation();
  const { meta } = useSession();
  const region = useStatsRegion();
  const regionId = region?.id ?? 0;
  const [date, setDate] = useState(todayShanghai());
  const [tab, setTab] = useState<ComplianceGroup>('grid');
  const [picked, setPicked] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const colourBy = colourByOf(params.get('colour'));
  const setColourBy = (by: ColourBy) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (by === 'rate') next.set('colour', 'rate');
        else next.delete('colour');
        return next;
      },
      { replace: true },
    );
  const byGrid = useAsync(
    (signal) => (regionId ? visitsApi.compliance({ regionId, date, groupBy: 'grid' }, signal) : Promise.resolve(undefined)),
    [regionId, date],
  );
  const other = useAsync(
    (signal) => (regionId && tab !== 'grid' ? visitsApi.compliance({ regionId, date, groupBy: tab }, signal) : Promise.resolve(undefined)),
    [regionId, date, tab],
  );
  const grids = useAsync((signal) => (regionId ? gridsApi.geojson(regionId, undefined, signal) : Promise.resolve(undefined)), [regionId]);

  const rows = useMemo(() => new Map((byGrid.data?.rows ?? []).map((r) => [r.key, r])), [byGrid.data]);
  const colourOf = useCallback(
    (g: GridFeatureProps) => {
      const row = rows.get(String(g.id));
      return row ? colourOfRow(row, colourBy) : null;
    },
    [rows, colourBy],
  );
  const onGridClick = useCallback((g: GridFeatureProps) => setPicked(String(g.id)), []);
  const reload = () => {
    byGrid.reload();
    other.reload();
  };

  if (!region)
    return (
      <div className="gw-page">
        <Empty description={t('compliance.noRegion')} />
      </div>
    );
  const table = (group: ComplianceGroup) =>
    group === 'grid' ? (
      <ComplianceTable data={byGrid.data} loading={byGrid.loading} selectedKey={picked} onSelect={setPicked} />
    ) : (
      <ComplianceTable data={other.data?.groupBy === group ? other.data : undefined} loading={other.loading} />
    );

  return (
    <div className="gw-page gw-compliance-page">
      <PageHeader
        title={t('compliance.title')}
        extra={
          <Space wrap>
            <label className="gw-date-label">
              {t('compliance.date')}{' '}
              <Input
                type="date"
                value={date}
                max={todayShanghai()}
                onChange={(e) => e.target.value && setDate(e.target.value)}
                className="gw-date-input"
                data-testid="compliance-date"
              />
            </label>
            <Button onClick={reload} loading={byGrid.loading}>
              {t('common.refresh')}
            </Button>
            <ExportButton run={() => visitsApi.exportCompliance({ regionId, date })} testId="compliance-export" />
          </Space>
        }
      >
        {region.name}
      </PageHeader>
      <ErrorAlert error={byGrid.error} onRetry={byGrid.reload} />
      <ErrorAlert error={other.error} onRetry={other.reload} />
      <ErrorAlert error={grids.error} onRetry={grids.reload} />
      <Card size="small" className="gw-compliance-map-card">
        <div className="gw-compliance-map">
          <GridMap
            collection={grids.data}
            config={meta?.map ?? null}
            focus={null}
            selectedGridId={picked ? Number(picked) : null}
            onGridClick={onGridClick}
            colourOf={colourOf}
          />
        </div>
        <div className="gw-legend" data-testid="compliance-legend" data-colour-by={colourBy}>
          <Segmented<ColourBy>
            size="small"
            value={colourBy}
            onChange={setColourBy}
            options={[
              { value: 'pace', label: t('compliance.colourBy.pace') },
              { value: 'rate', label: t('compliance.colourBy.rate') },
            ]}
            data-testid="compliance-colour-by"
          />
          {LEGENDS[colourBy].map(([k, c]) => (
            <Badge key={k} color={c} text={t(`compliance.${k}`)} />
          ))}
        </div>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as ComplianceGroup)}
        items={[
          { key: 'grid', label: t('compliance.byGrid'), children: table('grid') },
          { key: 'worker', label: t('compliance.byWorker'), children: table('worker') },
          { key: 'class', label: t('compliance.byClass'), children: table('class') },
        ]}
      />
      <HoursTable regionId={region.id} date={date} />
    </div>
  );
}
