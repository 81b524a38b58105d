/**
 * Saves a new diary entry with one Idempotency-Key, fixed when the form opens: a retry after a lost
 * response records it once. A key the server saw with other content (the entry was changed after a
 * failure) offers to send it as a new entry.
 */
import { useCallback, useRef, useState } from 'react';
import { diariesApi, type Diary, type NewDiary } from '../../api/diaries';
import { newSubmissionKey } from '../../lib/caseFormat';
import { isApiError } from '../../lib/errors';

export function useDiarySubmit(onSaved: (d: Diary) => void) {
  const key = useRef(newSubmissionKey());
  const last = useRef<NewDiary | null>(null);
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = useCallback(async (body: NewDiary) => {
    last.current = body;
    setBusy(true);
    setError(null);
    try {
      savedRef.current(await diariesApi.create(body, key.current));
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
  return { busy, error, networkFailed, keyReused, send, retry, submitAsNew };
}
