/** Saves a visit with one Idempotency-Key per form: a retry after a lost response records it once. */
import { useCallback, useRef, useState } from 'react';
import { visitsApi, type NewVisit, type VisitRecord } from '../../api/visits';
import { newSubmissionKey } from '../../lib/caseFormat';
import { isApiError } from '../../lib/errors';

export function useVisitSubmit(onSaved: (visit: VisitRecord, body: NewVisit) => void) {
  // generated once when the form opens (crypto.randomUUID where the page is a secure context)
  const key = useRef(newSubmissionKey());
  const last = useRef<NewVisit | null>(null);
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = useCallback(async (body: NewVisit) => {
    last.current = body;
    setBusy(true);
    setError(null);
    try {
      const visit = await visitsApi.create(body, key.current);
      savedRef.current(visit, body);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  const retry = useCallback(() => last.current && void send(last.current), [send]);
  const submitAsNew = useCallback(() => {
    key.current = newSubmissionKey();
    if (last.current) void send(last.current);
  }, [send]);
  const networkFailed = isApiError(error) && (error.status === 0 || error.status >= 500);
  const keyReused = isApiError(error, 'IDEMPOTENCY_KEY_REUSED');
  return { busy, error, setError, networkFailed, keyReused, send, retry, submitAsNew };
}
