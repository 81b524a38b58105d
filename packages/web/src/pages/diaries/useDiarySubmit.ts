/**
 * Saves a new diary entry with one Idempotency-Key, fixed when the form opens: a retry after a lost
 * response records it once. A key the server saw with other content (the entry was changed after a
 * failure) offers to send it as a new entry. The photos picked on the form go up once the entry is
 * saved, each with a key derived from the entry's (lib/useSubmitWithPhotos.ts, shared with the visit form).
 */
import { diariesApi, type Diary, type NewDiary } from '../../api/diaries';
import { photosApi } from '../../api/photos';
import { useSubmitWithPhotos } from '../../lib/useSubmitWithPhotos';

export function useDiarySubmit(onSaved: (d: Diary) => void) {
  return useSubmitWithPhotos<NewDiary, Diary>(diariesApi.create, photosApi.addToDiary, onSaved);
}
