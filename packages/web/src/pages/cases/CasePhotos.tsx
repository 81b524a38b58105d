/**
 * 现场照片: a case's photos as a gallery with preview, taken with the phone's camera or picked from
 * the album (shrunk first when large), and the intake form's photo field. The server's rules hold:
 * JPEG/PNG/WebP, at most 10 MB each and 9 per case. Shared parts: components/Photos.tsx.
 */
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../api/cases';
import { MAX_PHOTOS, photosApi } from '../../api/photos';
import type { Id } from '../../api/types';
import { PendingPhotoField, PhotoGallery, PickButtons } from '../../components/Photos';
import { newSubmissionKey } from '../../lib/caseFormat';
import { photoErrorText, uploadPhotos } from '../../lib/photoUpload';
import './photos.css';

/** A case's photos, each with its own Idempotency-Key derived from `keyPrefix`. Returns the failures. */
export async function uploadCasePhotos(caseId: Id, files: File[], keyPrefix: string): Promise<unknown[]> {
  return [...(await uploadPhotos(files, keyPrefix, (image, key) => photosApi.addToCase(caseId, image, key))).values()];
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
        <PhotoGallery photos={photos} label={t('casePhotos.title')} />
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
export function IntakePhotoField(props: { value?: File[]; onChange?: (files: File[]) => void }) {
  return <PendingPhotoField {...props} testId="case-form-photos" />;
}
