/** The grid of a new case: a picker over the user's grids plus "定位" (the phone's position → its grid). */
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi } from '../../../api/endpoints';
import type { Id } from '../../../api/types';
import { RegionPicker } from '../../../components/RegionPicker';
import { errorMessage } from '../../../lib/errors';
import { useRegions } from '../../../state/regions';
import { MapPinPicker } from './MapPinPicker';

export interface Located {
  gridId: Id;
  lat: number;
  lng: number;
}

const GRID_ONLY = ['grid'] as const;

function canLocate(): boolean {
  return 'geolocation' in navigator && window.isSecureContext;
}

function useLocate(onLocated: (l: Located) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { index } = useRegions();
  const [busy, setBusy] = useState(false);
  const found = async (lat: number, lng: number) => {
    const { grid } = await gridsApi.locate(lat, lng);
    if (!grid) return message.info(t('intake.locatedNone'));
    if (!index.byId.get(grid.id)?.inScope) return message.warning(t('intake.locatedOutside', { name: grid.name }));
    message.success(t('intake.located', { name: grid.name }));
    onLocated({ gridId: grid.id, lat, lng });
  };
  const locate = () => {
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        void found(coords.latitude, coords.longitude)
          .catch((e: unknown) => message.error(errorMessage(t, e)))
          .finally(() => setBusy(false)),
      () => {
        setBusy(false);
        message.warning(t('intake.locateDenied'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { busy, locate };
}

interface Props {
  value?: Id | null;
  onChange?: (id: Id) => void;
  onLocated: (l: Located) => void;
}

export function GridField({ value, onChange, onLocated }: Props) {
  const { t } = useTranslation();
  const { busy, locate } = useLocate(onLocated);
  return (
    <div className="gw-grid-field">
      <RegionPicker value={value} onChange={onChange} types={GRID_ONLY} placeholder={t('intake.grid')} />
      {canLocate() && (
        <Button onClick={locate} loading={busy} data-testid="case-form-locate">
          ◎ {busy ? t('intake.locating') : t('intake.locate')}
        </Button>
      )}
      <MapPinPicker onLocated={onLocated} />
    </div>
  );
}
