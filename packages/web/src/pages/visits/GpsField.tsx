/** "记录位置": the phone's position for a visit (navigator.geolocation), shown with its accuracy. */
import { Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface GpsFix {
  lat: number;
  lng: number;
  accuracy: number | null;
}

interface Props {
  value?: GpsFix | null;
  onChange?: (v: GpsFix | null) => void;
  /** Ask for the position as soon as the field shows (the visit form: captured when it opens). */
  autoLocate?: boolean;
}

export function canLocate(): boolean {
  return 'geolocation' in navigator && window.isSecureContext;
}

export function GpsField({ value, onChange, autoLocate = false }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(canLocate() ? null : t('visitForm.gpsUnavailable'));

  const locate = () => {
    setBusy(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setBusy(false);
        onChange?.({
          lat: coords.latitude,
          lng: coords.longitude,
          accuracy: Number.isFinite(coords.accuracy) ? Math.round(coords.accuracy) : null,
        });
      },
      () => {
        setBusy(false);
        setProblem(t('visitForm.gpsDenied'));
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const asked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form opens
  useEffect(() => {
    if (autoLocate && !asked.current && !value && canLocate()) {
      asked.current = true;
      locate();
    }
  }, [autoLocate]);

  return (
    <div className="gw-gps-field">
      <Space wrap>
        <Button onClick={locate} loading={busy} disabled={!canLocate()} data-testid="visit-form-gps">
          ◎ {busy ? t('visitForm.gpsBusy') : t('visitForm.gps')}
        </Button>
        {value && (
          <Button type="link" onClick={() => onChange?.(null)}>
            {t('visitForm.gpsClear')}
          </Button>
        )}
      </Space>
      {value && (
        <div className="gw-gps-fix" data-testid="visit-form-gps-fix">
          <span className="gw-mono">
            {value.lat.toFixed(6)}, {value.lng.toFixed(6)}
          </span>{' '}
          {value.accuracy !== null && <span className="gw-muted">{t('visitForm.gpsDone', { accuracy: value.accuracy })}</span>}
        </div>
      )}
      {problem && !value && <div className="gw-muted gw-gps-problem">{problem}</div>}
    </div>
  );
}
