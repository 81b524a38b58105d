/**
 * Saves a new record with one Idempotency-Key per form: a retry after a lost response records it once.
 * The photos picked on the form go up after the record is saved, one at a time, each with its own
 * key derived from the record's (`<key>-photo-<i>`): a retry stores none of them twice. When some
 * fail, the record stays saved and the form offers to retry those photos or to go on without them.
 * The visit form (pages/visits/useVisitSubmit.ts) and the diary form (pages/diaries/useDiarySubmit.ts) use it.
 */
import { useCallback, useRef, useState } from 'react';
import type { PhotoMeta } from '../api/photos';
import type { Id } from '../api/types';
import { newSubmissionKey } from './caseFormat';
import { isApiError } from './errors';
import { uploadPhotos } from './photoUpload';

export function useSubmitWithPhotos<B, R extends { id: Id }>(
  create: (body: B, key: string) => Promise<R>,
  addPhoto: (id: Id, image: Blob, key: string) => Promise<PhotoMeta>,
  onSaved: (record: R, body: B) => void,
) {
  // generated once when the form opens (crypto.randomUUID where the page is a secure context)
  const key = useRef(newSubmissionKey());
  const last = useRef<B | null>(null);
  const files = useRef<File[]>([]);
  const saved = useRef<R | null>(null);
  const api = useRef({ create, addPhoto, onSaved });
  api.current = { create, addPhoto, onSaved };
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [photoFailures, setPhotoFailures] = useState<Map<number, unknown> | null>(null);

  /** Uploads the photos (only the given indexes on a retry); done when none failed. */
  const finish = useCallback(async (record: R, only?: number[]) => {
    if (files.current.length > 0) {
      setUploading(true);
      const send = (image: Blob, k: string) => api.current.addPhoto(record.id, image, k);
      const failures = await uploadPhotos(files.current, key.current, send, only);
      setUploading(false);
      if (failures.size > 0) {
        setPhotoFailures(failures);
        return;
      }
    }
    setPhotoFailures(null);
    api.current.onSaved(record, last.current!);
  }, []);

  const send = useCallback(
    async (body: B, photos?: File[]) => {
      last.current = body;
      if (photos) files.current = photos;
      setBusy(true);
      setError(null);
      try {
        const record = await api.current.create(body, key.current);
        saved.current = record;
        await finish(record);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [finish],
  );

  const retry = useCallback(() => last.current && void send(last.current), [send]);
  const submitAsNew = useCallback(() => {
    key.current = newSubmissionKey();
    if (last.current) void send(last.current);
  }, [send]);
  const retryPhotos = useCallback(async () => {
    if (!saved.current || !photoFailures) return;
    setBusy(true);
    try {
      await finish(saved.current, [...photoFailures.keys()]);
    } finally {
      setBusy(false);
    }
  }, [finish, photoFailures]);
  const skipPhotos = useCallback(() => {
    if (saved.current && last.current) api.current.onSaved(saved.current, last.current);
  }, []);
  const networkFailed = isApiError(error) && (error.status === 0 || error.status >= 500);
  const keyReused = isApiError(error, 'IDEMPOTENCY_KEY_REUSED');
  return { busy, uploading, error, setError, networkFailed, keyReused, photoFailures, send, retry, submitAsNew, retryPhotos, skipPhotos };
}

export type SubmitWithPhotos = ReturnType<typeof useSubmitWithPhotos>;
