/** 地图选点 (issue 11 item 8): a pin dropped on the grid map; the server's point → grid lookup gives the case's grid. */
import { App, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi } from '../../../api/endpoints';
import { GridMap } from '../../../components/GridMap';
import { errorMessage } from '../../../lib/errors';
import { useAsync } from '../../../lib/useAsync';
import { useRegions } from '../../../state/regions';
import { useSession } from '../../../state/session';
import type { Located } from './GridField';

function PinMap({ onPin }: { onPin: (lat: number, lng: number) => void }) {
  const { meta } = useSession();
  const grids = useAsync((signal) => gridsApi.geojson(null, undefined, signal), []);
  const [pin, setPin] = useState<[number, number] | null>(null);
  return (
    <div className="gw-pin-map">
      <GridMap
        collection={grids.data}
        config={meta?.map ?? null}
        focus={null}
        selectedGridId={null}
        marker={pin}
        onGridClick={(_, at) => {
          setPin([at.lng, at.lat]);
          onPin(at.lat, at.lng);
        }}
      />
    </div>
  );
}

export function MapPinPicker({ onLocated }: { onLocated: (l: Located) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { index } = useRegions();
  const [open, setOpen] = useState(false);
  const onPin = async (lat: number, lng: number) => {
    try {
      const { grid } = await gridsApi.locate(lat, lng);
      if (!grid) return void message.info(t('intake.locatedNone'));
      if (!index.byId.get(grid.id)?.inScope) return void message.warning(t('intake.locatedOutside', { name: grid.name }));
      message.success(t('intake.located', { name: grid.name }));
      onLocated({ gridId: grid.id, lat, lng });
      setOpen(false);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="case-form-pin">
        {t('desk.pin.button')}
      </Button>
      <Modal open={open} title={t('desk.pin.title')} footer={null} onCancel={() => setOpen(false)} width={720} destroyOnHidden>
        <p className="gw-muted">{t('desk.pin.hint')}</p>
        <PinMap onPin={(lat, lng) => void onPin(lat, lng)} />
      </Modal>
    </>
  );
}
