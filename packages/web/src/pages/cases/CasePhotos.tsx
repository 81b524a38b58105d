/**
 * 现场照片: a case's photos as a gallery with preview, taken with the phone's camera or picked from
 * the album (shrunk first when large), and the intake form's photo field. The server's rules hold:
 * JPEG/PNG/WebP, at most 10 MB each and 9 per case.
 */
import { App, Button, Image } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../api/cases';
import { MAX_PHOTOS, photosApi, photoUrl } from '../../api/photos';
import type { Id } from '../../api/types';
import { newSubmissionKey } from '../../lib/caseFormat';
import { errorMessage, isApiError } from '../../lib/errors';
import { preparePhoto } from './photoPrepare';
import './photos.css';

export function photoErrorText(t: TFunction, e: unknown): string {
  if (isApiError(e, 'PAYLOAD_TOO_LARGE')) return t('casePhotos.tooLarge');
  if (isApiError(e, 'UNSUPPORTED_MEDIA_TYPE')) return t('casePhotos.badType');
  if (isApiError(e, 'PHOTO_LIMIT_REACHED')) return t('casePhotos.full', { max: MAX_PHOTOS });
  return t('casePhotos.failed', { message: errorMessage(t, e) });
}

/**
 * Uploads one at a time (phones on a poor network), each with its own Idempotency-Key derived from
 * `keyPrefix`, so resending the same batch never stores a photo twice. Returns the failures.
 */
export async function uploadCasePhotos(caseId: Id, files: File[], keyPrefix: string): Promise<unknown[]> {
  const failures: unknown[] = [];
  for (const [i, file] of files.entries()) {
    try {
      await photosApi.addToCase(caseId, await preparePhoto(file), `${keyPrefix}-photo-${i}`);
    } catch (e) {
      failures.push(e);
    }
  }
  return failures;
}

/** Two ways in: the camera directly (capture) and the album (several at once). */
function PickButtons({ disabled, loading, onFiles }: { disabled?: boolean; loading?: boolean; onFiles: (files: File[]) => void }) {
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
      <input ref={album} type="file" accept="image/jpeg,image/png,image/webp,image/*" multiple hidden onChange={picked} data-testid="photo-album-input" />
      <Button disabled={disabled} loading={loading} onClick={() => camera.current?.click()}>{t('casePhotos.camera')}</Button>
      <Button disabled={disabled || loading} onClick={() => album.current?.click()}>{t('casePhotos.album')}</Button>
    </div>
  );
}

/** The case detail's gallery; adding reloads the case (its photo list and timeline). */
export function CasePhotos({ c, onChanged }: { c: CaseRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const photos = c.photos ?? [];
  const room = MAX_PHOTOS - photos.length;

  const add = async (files: File[]) => {
    const batch = files.slice(0, Math.max(0, room));
    if (files.length > batch.length) message.warning(t('casePhotos.full', { max: MAX_PHOTOS }));
    if (batch.length === 0) return;
    setBusy(true);
    const failures = await uploadCasePhotos(c.id, batch, newSubmissionKey());
    setBusy(false);
    for (const e of failures) message.error(photoErrorText(t, e));
    if (batch.length > failures.length) message.success(t('casePhotos.added', { count: batch.length - failures.length }));
    onChanged();
  };

  return (
    <div className="gw-case-photos" data-testid="case-photos">
      {photos.length === 0 ? (
        <div className="gw-muted">{t('casePhotos.empty')}</div>
      ) : (
        <Image.PreviewGroup>
          <div className="gw-photo-grid">
            {photos.map((p, i) => (
              <Image key={p.id} src={photoUrl(p.id)} width={88} height={88} alt={`${t('casePhotos.title')} ${i + 1}`} className="gw-photo-thumb" />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {c.abilities.addPhoto && (
        <div className="gw-photo-add">
          <span className="gw-muted">{t('casePhotos.count', { count: photos.length, max: MAX_PHOTOS })}</span>
          <PickButtons disabled={room <= 0} loading={busy} onFiles={(f) => void add(f)} />
        </div>
      )}
    </div>
  );
}

/** Intake: photos chosen before the case exists; they are uploaded right after it is filed. */
export function IntakePhotoField({ value, onChange }: { value?: File[]; onChange?: (files: File[]) => void }) {
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
    <div className="gw-case-photos" data-testid="case-form-photos">
      {files.length > 0 && (
        <div className="gw-photo-grid">
          {files.map((f, i) => (
            <div key={urls[i]} className="gw-photo-pending">
              <img src={urls[i]} alt={f.name} className="gw-photo-thumb" />
              <Button size="small" type="link" danger onClick={() => onChange?.(files.filter((_, j) => j !== i))}>{t('casePhotos.remove')}</Button>
            </div>
          ))}
        </div>
      )}
      <PickButtons disabled={files.length >= MAX_PHOTOS} onFiles={add} />
    </div>
  );
}
