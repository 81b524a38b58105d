/**
 * Photo parts shared by cases and visits: the two ways to pick pictures (the phone's camera
 * directly, or several from the album), a field that holds pictures until their record exists,
 * and a gallery of stored photos with preview. Upload helpers: lib/photoUpload.ts.
 */
import { App, Button, Image } from 'antd';
import { useEffect, useMemo, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, photoUrl, type PhotoMeta } from '../api/photos';
import './photos.css';

export function PickButtons({ disabled, loading, onFiles }: { disabled?: boolean; loading?: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const album = useRef<HTMLInputElement>(null);
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same picture can be chosen again later
    if (files.length) onFiles(files);
  };
  return (
    <div className="gw-photo-buttons">
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden onChange={picked} data-testid="photo-camera-input" />
      <input
        ref={album}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/*"
        multiple
        hidden
        onChange={picked}
        data-testid="photo-album-input"
      />
      <Button disabled={disabled} loading={loading} onClick={() => camera.current?.click()}>
        {t('casePhotos.camera')}
      </Button>
      <Button disabled={disabled || loading} onClick={() => album.current?.click()}>
        {t('casePhotos.album')}
      </Button>
    </div>
  );
}

/** A form field: pictures chosen before their record exists (at most MAX_PHOTOS), each removable. */
export function PendingPhotoField({ value, onChange, testId }: { value?: File[]; onChange?: (files: File[]) => void; testId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const files = useMemo(() => value ?? [], [value]);
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const add = (more: File[]) => {
    const next = [...files, ...more];
    if (next.length > MAX_PHOTOS) message.warning(t('casePhotos.full', { max: MAX_PHOTOS }));
    onChange?.(next.slice(0, MAX_PHOTOS));
  };
  return (
    <div className="gw-photos" data-testid={testId} data-count={files.length}>
      {files.length > 0 && (
        <div className="gw-photo-grid">
          {files.map((f, i) => (
            <div key={urls[i]} className="gw-photo-pending" data-testid="photo-pending">
              <img src={urls[i]} alt={f.name} className="gw-photo-thumb" />
              <Button size="small" type="link" danger onClick={() => onChange?.(files.filter((_, j) => j !== i))}>
                {t('casePhotos.remove')}
              </Button>
            </div>
          ))}
        </div>
      )}
      <PickButtons disabled={files.length >= MAX_PHOTOS} onFiles={add} />
    </div>
  );
}

/** Stored photos as thumbnails; a tap opens the preview (all of them, swipeable). */
export function PhotoGallery({ photos, size = 88, label }: { photos: ReadonlyArray<Pick<PhotoMeta, 'id'>>; size?: number; label: string }) {
  return (
    <Image.PreviewGroup>
      <div className="gw-photo-grid">
        {photos.map((p, i) => (
          <Image
            key={p.id}
            src={photoUrl(p.id)}
            width={size}
            height={size}
            alt={`${label} ${i + 1}`}
            className="gw-photo-thumb"
            style={{ width: size, height: size }}
            data-testid="photo-thumb"
            data-photo-id={p.id}
          />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}
