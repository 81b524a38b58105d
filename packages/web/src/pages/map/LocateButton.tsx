import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridsApi } from '../../api/endpoints';
import type { Id } from '../../api/types';
import { errorMessage } from '../../lib/errors';

/** "Which grid am I in?": the phone's position (WGS-84) through GET /grids/locate. */
export function LocateButton({ onLocated }: { onLocated: (gridId: Id) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!('geolocation' in navigator) || !window.isSecureContext) return null;

  const locate = () => {
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      async ({ coords }) => {
        try {
          const { grid } = await gridsApi.locate(coords.latitude, coords.longitude);
          if (grid) {
            message.success(t('map.locatedIn', { name: grid.name }));
            onLocated(grid.id);
          } else message.info(t('map.locatedNone'));
        } catch (e) {
          message.error(errorMessage(t, e));
        } finally {
          setBusy(false);
        }
      },
      () => {
        setBusy(false);
        message.warning(t('map.locateDenied'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <Button size="small" loading={busy} onClick={locate} data-testid="locate-me">
      {t('map.locate')}
    </Button>
  );
}
