/**
 * 现场照片: a case's photos as a gallery with preview, taken with the phone's camera or picked from
 * the album (shrunk first when large), and the intake form's photo field. The server's rules hold:
 * JPEG/PNG/WebP, at most 10 MB each and 9 per case. Shared parts: components/Photos.tsx.
 */
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../api/cases';
import { photosApi } from '../../api/photos';
import type { Id } from '../../api/types';
import { AddPhotos, PendingPhotoField, PhotoGallery } from '../../components/Photos';
import { uploadPhotos } from '../../lib/photoUpload';
import './photos.css';

/** A case's photos, each with its own Idempotency-Key derived from `keyPrefix`. Returns the failures. */
export async function uploadCasePhotos(caseId: Id, files: File[], keyPrefix: string): Promise<unknown[]> {
  return [...(await uploadPhotos(files, keyPrefix, (image, key) => photosApi.addToCase(caseId, image, key))).values()];
}

/** The case detail's gallery; adding reloads the case (its photo list and timeline). */
export function CasePhotos({ c, onChanged }: { c: CaseRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const photos = c.photos ?? [];

  return (
    <div className="gw-case-photos" data-testid="case-photos">
      {photos.length === 0 ? (
        <div className="gw-muted">{t('casePhotos.empty')}</div>
      ) : (
        <PhotoGallery photos={photos} label={t('casePhotos.title')} />
      )}
      {c.abilities.addPhoto && (
        <AddPhotos count={photos.length} send={(image, key) => photosApi.addToCase(c.id, image, key)} onChanged={onChanged} />
      )}
    </div>
  );
}

/** Intake: photos chosen before the case exists; they are uploaded right after it is filed. */
export function IntakePhotoField(props: { value?: File[]; onChange?: (files: File[]) => void }) {
  return <PendingPhotoField {...props} testId="case-form-photos" />;
}
