/** 网格地图: every grid in the user's scope; the region tree zooms, a click opens the grid's card. */
import { Button, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi, regionsApi } from '../../api/endpoints';
import type { GridFeatureProps, Id } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GridMap, type MapFocus } from '../../components/GridMap';
import { PageHeader } from '../../components/PageHeader';
import { descendantIds } from '../../lib/regionTree';
import { useAsync } from '../../lib/useAsync';
import { useRegions } from '../../state/regions';
import { useSession } from '../../state/session';
import { GridInfoPanel } from './GridInfoPanel';
import { LocateButton } from './LocateButton';

function useFocus(): MapFocus | null {
  const { index, selected } = useRegions();
  const gridIds = useMemo(() => {
    if (!selected) return new Set<Id>();
    const ids = descendantIds(index, selected.id);
    return new Set(Array.from(ids).filter((id) => index.byId.get(id)?.type === 'grid'));
  }, [index, selected]);
  const needDetail = selected !== null && gridIds.size === 0;
  const detail = useAsync(() => (needDetail && selected ? regionsApi.get(selected.id) : Promise.resolve(null)), [needDetail, selected?.id]);
  return useMemo(() => {
    if (!selected) return null;
    if (!needDetail) return { key: String(selected.id), gridIds };
    if (!detail.data) return null;
    return { key: String(selected.id), gridIds, geometry: detail.data.geometry, point: detail.data.point };
  }, [selected, gridIds, needDetail, detail.data]);
}

/** Title, "共 N 个网格" (the number of polygons drawn), the selected region and the locate button. */
function MapHeader({
  count,
  loading,
  focus,
  onLocated,
}: {
  count: number;
  loading: boolean;
  focus: MapFocus | null;
  onLocated: (id: Id) => void;
}) {
  const { t } = useTranslation();
  const { selected } = useRegions();
  const inFocus = focus && focus.gridIds.size > 0 ? focus.gridIds.size : null;
  return (
    <PageHeader title={t('map.title')} extra={<LocateButton onLocated={onLocated} />}>
      <Tag color="blue" data-testid="grid-count">
        {loading ? t('common.loading') : t('map.count', { count })}
      </Tag>
      {selected && (
        <Tag color="orange" data-testid="map-selected">
          {selected.name}
          {inFocus !== null ? ` · ${t('map.inRegion', { count: inFocus })}` : ''}
        </Tag>
      )}
    </PageHeader>
  );
}

export default function MapPage() {
  const { t } = useTranslation();
  const { meta } = useSession();
  const grids = useAsync((signal) => gridsApi.geojson(null, undefined, signal), []);
  const focus = useFocus();
  const [picked, setPicked] = useState<GridFeatureProps | null>(null);
  const onGridClick = useCallback((g: GridFeatureProps) => setPicked(g), []);
  const count = grids.data?.features.length ?? 0;

  const onLocated = useCallback(
    (id: Id) => {
      const f = grids.data?.features.find((x) => x.properties.id === id);
      if (f) setPicked(f.properties);
    },
    [grids.data],
  );

  return (
    <div className="gw-map-page">
      <MapHeader count={count} loading={grids.loading && !grids.data} focus={focus} onLocated={onLocated} />
      <ErrorAlert error={grids.error} onRetry={grids.reload} />
      <div className="gw-map-body">
        <GridMap
          collection={grids.data}
          config={meta?.map ?? null}
          focus={focus}
          selectedGridId={picked?.id ?? null}
          onGridClick={onGridClick}
        />
        {picked && <GridInfoPanel grid={picked} onClose={() => setPicked(null)} />}
        {!grids.loading && grids.data && count === 0 && (
          <div className="gw-map-empty">
            {t('map.empty')}{' '}
            <Button size="small" onClick={grids.reload}>
              {t('common.retry')}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
