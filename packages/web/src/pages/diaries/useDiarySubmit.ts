/**
 * Saves a new diary entry through the outbox (lib/offline/useOutboxSubmit.ts): kept on the device,
 * sent with one Idempotency-Key fixed when the form opens (a retry after a lost response records it
 * once), its photos after it; without a connection it waits on the device. A key the server saw with
 * other content (the entry was changed after a failure) offers to send it as a new entry.
 */
import type { Diary, NewDiary } from '../../api/diaries';
import type { Id } from '../../api/types';
import { useOutboxSubmit } from '../../lib/offline/useOutboxSubmit';

export function useDiarySubmit(
  userId: Id,
  onSaved: (d: Diary, body: NewDiary, refusedPhotos: number) => void,
  onQueued: (body: NewDiary, queued: { key: string; recordSaved: boolean }) => void,
) {
  return useOutboxSubmit<NewDiary, Diary>('diary', userId, onSaved, onQueued);
}
