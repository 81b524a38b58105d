/**
 * Saves a visit with one Idempotency-Key per form: a retry after a lost response records it once.
 * The photos picked on the form go up after the visit is saved, one at a time, each with its own
 * key derived from the visit's (`<key>-photo-<i>`): a retry stores none of them twice. When some
 * fail, the visit stays saved and the form offers to retry those photos or to go on without them.
 */
import { useCallback, useRef, useState } from 'react';
import { photosApi } from '../../api/photos';
import { visitsApi, type NewVisit, type VisitRecord } from '../../api/visits';
import { newSubmissionKey } from '../../lib/caseFormat';
import { isApiError } from '../../lib/errors';
import { uploadPhotos } from '../../lib/photoUpload';

export function useVisitSubmit(onSaved: (visit: VisitRecord, body: NewVisit) => void) {
  // generated once when the form opens (crypto.randomUUID where the page is a secure context)
  const key = useRef(newSubmissionKey());
  const last = useRef<NewVisit | null>(null);
  const files = useRef<File[]>([]);
  const saved = useRef<VisitRecord | null>(null);
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [photoFailures, setPhotoFailures] = useState<Map<number, unknown> | null>(null);

  /** Uploads the photos (only the given indexes on a retry); done when none failed. */
  const finish = useCallback(async (visit: VisitRecord, only?: number[]) => {
    if (files.current.length > 0) {
      setUploading(true);
      const failures = await uploadPhotos(files.current, key.current, (image, k) => photosApi.addToVisit(visit.id, image, k), only);
      setUploading(false);
      if (failures.size > 0) {
        setPhotoFailures(failures);
        return;
      }
    }
    setPhotoFailures(null);
    savedRef.current(visit, last.current!);
  }, []);

  const send = useCallback(
    async (body: NewVisit, photos?: File[]) => {
      last.current = body;
      if (photos) files.current = photos;
      setBusy(true);
      setError(null);
      try {
        const visit = await visitsApi.create(body, key.current);
        saved.current = visit;
        await finish(visit);
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
    if (saved.current && last.current) savedRef.current(saved.current, last.current);
  }, []);
  const networkFailed = isApiError(error) && (error.status === 0 || error.status >= 500);
  const keyReused = isApiError(error, 'IDEMPOTENCY_KEY_REUSED');
  return { busy, uploading, error, setError, networkFailed, keyReused, photoFailures, send, retry, submitAsNew, retryPhotos, skipPhotos };
}
