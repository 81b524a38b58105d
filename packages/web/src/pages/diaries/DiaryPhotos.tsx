/**
 * 现场照片 of a diary entry (A5.1; GET /diaries/:id/photos, read like a visit's photos): thumbnails that
 * open large on the entry's page; in the edit modal its author adds more (the phone's camera or the
 * album, at most 9). Shared parts: components/Photos.tsx.
 */
import { useTranslation } from 'react-i18next';
import { photosApi, type PhotoMeta } from '../../api/photos';
import type { Id } from '../../api/types';
import { AddPhotos, PhotoGallery } from '../../components/Photos';
import { useAsync } from '../../lib/useAsync';

export const useDiaryPhotos = (diaryId: Id) => useAsync((signal) => photosApi.listForDiary(diaryId, signal), [diaryId]);

/** The entry's photos; nothing without any (or while they load). */
export function DiaryPhotoGallery({
  photos,
  size = 88,
  testId = 'diary-photos',
}: {
  photos: readonly PhotoMeta[] | undefined;
  size?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!photos?.length) return null;
  return (
    <div className="gw-diary-photos" data-testid={testId} data-count={photos.length}>
      <PhotoGallery photos={photos} size={size} label={t('casePhotos.title')} />
    </div>
  );
}

/** The edit modal's part: the stored photos and the pickers adding to them right away. */
export function DiaryPhotoEditor({ diaryId, photos, onChanged }: { diaryId: Id; photos: readonly PhotoMeta[]; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="gw-diary-photo-editor">
      <h4 className="gw-diary-h">{t('casePhotos.title')}</h4>
      <DiaryPhotoGallery photos={photos} size={64} testId="diary-edit-photo-list" />
      <AddPhotos
        count={photos.length}
        send={(image, key) => photosApi.addToDiary(diaryId, image, key)}
        onChanged={onChanged}
        testId="diary-edit-photos"
      />
    </div>
  );
}
