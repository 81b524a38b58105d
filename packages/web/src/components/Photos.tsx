/**
 * Photo parts shared by cases, visits and diary entries: the two ways to pick pictures (the phone's
 * camera directly, or several from the album), a field that holds pictures until their record exists,
 * the warning when some of them did not go up after it was saved, buttons adding to a stored record,
 * and a gallery of stored photos with preview. Upload helpers: lib/photoUpload.ts, lib/offline/outbox.ts.
 */
import { App, Button, Image } from 'antd';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, photoUrl, type PhotoMeta } from '../api/photos';
import { newSubmissionKey } from '../lib/caseFormat';
import { photoErrorText, uploadPhotos } from '../lib/photoUpload';
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

/**
 * Adds photos to a stored record right away (at most MAX_PHOTOS in all, `count` there already): the
 * count and the two pickers; each failure is told, then `onChanged` reloads the record's photos.
 */
export function AddPhotos({
  count,
  send,
  onChanged,
  testId,
}: {
  count: number;
  send: (image: Blob, key: string) => Promise<PhotoMeta>;
  onChanged: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const room = MAX_PHOTOS - count;
  const add = async (files: File[]) => {
    const batch = files.slice(0, Math.max(0, room));
    if (files.length > batch.length) message.warning(t('casePhotos.full', { max: MAX_PHOTOS }));
    if (batch.length === 0) return;
    setBusy(true);
    const failures = [...(await uploadPhotos(batch, newSubmissionKey(), send)).values()];
    setBusy(false);
    for (const e of failures) message.error(photoErrorText(t, e));
    if (batch.length > failures.length) message.success(t('casePhotos.added', { count: batch.length - failures.length }));
    onChanged();
  };
  return (
    <div className="gw-photo-add" data-testid={testId}>
      <span className="gw-muted">{t('casePhotos.count', { count, max: MAX_PHOTOS })}</span>
      <PickButtons disabled={room <= 0} loading={busy} onFiles={(f) => void add(f)} />
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
