/** A small map of the case: its grid, and its point when one was recorded (reuses GridMap). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../api/cases';
import { gridsApi } from '../../../api/endpoints';
import { GridMap, type MapFocus } from '../../../components/GridMap';
import { useAsync } from '../../../lib/useAsync';
import { useSession } from '../../../state/session';

const noop = () => undefined;

export function CaseMap({ c }: { c: Pick<CaseRecord, 'gridId' | 'location'> }) {
  const { t } = useTranslation();
  const { meta } = useSession();
  const grids = useAsync((signal) => gridsApi.geojson(c.gridId, undefined, signal), [c.gridId]);
  const focus = useMemo<MapFocus>(() => ({ key: `g${c.gridId}`, gridIds: new Set([c.gridId]) }), [c.gridId]);
  const marker: [number, number] | null = c.location ? [c.location.lng, c.location.lat] : null;
  return (
    <div className="gw-case-map">
      <GridMap collection={grids.data} config={meta?.map ?? null} focus={focus} selectedGridId={null} onGridClick={noop} marker={marker} />
      {!c.location && <div className="gw-hint gw-muted">{t('caseDetail.noLocation')}</div>}
    </div>
  );
}
