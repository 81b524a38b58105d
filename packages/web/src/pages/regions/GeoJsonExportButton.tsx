import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi } from '../../api/endpoints';
import type { RegionNode, TileCrs } from '../../api/types';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';

/** Downloads the grids under `region` (or the whole scope) as a .geojson file, WGS-84 or GCJ-02. */
export function GeoJsonExportButton({ region }: { region: RegionNode | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportAs = async (crs: TileCrs) => {
    setBusy(true);
    try {
      const collection = await gridsApi.geojson(region?.id ?? null, crs);
      const base = region ? `${region.code}-${region.name}` : 'grids';
      downloadText(`${base}${crs === 'gcj02' ? '.gcj02' : ''}.geojson`, JSON.stringify(collection, null, 2));
      message.success(t('geojson.exported', { count: collection.features.length }));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'wgs84', label: t('geojson.exportWgs84') },
          { key: 'gcj02', label: t('geojson.exportGcj02') },
        ],
        onClick: ({ key }) => void exportAs(key as TileCrs),
      }}
    >
      <Button loading={busy} data-testid="geojson-export">
        {t('geojson.export')} ▾
      </Button>
    </Dropdown>
  );
}
