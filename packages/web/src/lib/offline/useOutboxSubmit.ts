/**
 * A form that creates a record (visit, case report, diary entry) saves it through the outbox: the
 * record and its photos are written to the device first, then sent at once with the Idempotency-Key
 * fixed when the form opened (photos `<key>-photo-<i>`).
 * - sent: `onSaved` (with how many photos the server refused: the record is saved without them);
 * - no connection (the phone is offline, or the record is saved and only photos wait): `onQueued`,
 *   the outbox sends it when the connection returns;
 * - a lost response on a connection that seems up: the form stays with "重试" (same key), and the
 *   record also waits in the outbox, so leaving the form loses nothing;
 * - refused (a problem with the content): the form shows it; nothing stays in the outbox.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { Id } from '../../api/types';
import { newSubmissionKey } from '../caseFormat';
import { isApiError } from '../errors';
import { preparedOnce } from '../photoUpload';
import { releaseFromForm, removeItem, saveAndSend, type OutboxItem, type OutboxKind } from './outbox';

export interface SubmitOptions {
  label: string;
  /** A case reported from a visit still waiting on the device: that visit's key. */
  afterKey?: string;
}

export function useOutboxSubmit<B extends object, R extends { id: Id }>(
  kind: OutboxKind,
  userId: Id,
  onSaved: (record: R, body: B, refusedPhotos: number) => void,
  onQueued: (body: B, queued: { key: string; recordSaved: boolean }) => void,
) {
  // generated once when the form opens (crypto.randomUUID where the page is a secure context)
  const key = useRef(newSubmissionKey());
  const last = useRef<{ body: B; photos: File[]; opts: SubmitOptions } | null>(null);
  const handlers = useRef({ onSaved, onQueued });
  handlers.current = { onSaved, onQueued };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => () => releaseFromForm(key.current), []);

  const send = useCallback(
    async (body: B, photos: File[], opts: SubmitOptions) => {
      last.current = { body, photos, opts };
      setBusy(true);
      setError(null);
      try {
        const item: OutboxItem = {
          key: key.current,
          kind,
          userId,
          body: body as Record<string, unknown>,
          // each picture prepared once: a retry sends the same bytes under the same photo key
          photos: await Promise.all(photos.map(preparedOnce)),
          label: opts.label,
          createdAt: new Date().toISOString(),
          state: 'waiting',
          photosSent: [],
          photosRefused: [],
          attempts: 0,
          afterKey: opts.afterKey,
        };
        const out = await saveAndSend(item);
        if (out.kind === 'sent') return handlers.current.onSaved(out.record as unknown as R, body, out.refusedPhotos);
        if (out.kind === 'waitingForLink' || (out.kind === 'offline' && out.stored && (out.recordSaved || !navigator.onLine))) {
          releaseFromForm(key.current);
          return handlers.current.onQueued(body, { key: key.current, recordSaved: out.kind === 'offline' && out.recordSaved });
        }
        if (out.kind === 'refused' && !item.recordId) await removeItem(item.key);
        if (out.kind === 'signedOut') setError(new ApiError(401, 'UNAUTHENTICATED', 'signed out'));
        else setError(out.kind === 'offline' || out.kind === 'refused' ? out.error : null);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [kind, userId],
  );

  const retry = useCallback(() => {
    const l = last.current;
    if (l) void send(l.body, l.photos, l.opts);
  }, [send]);
  const submitAsNew = useCallback(() => {
    releaseFromForm(key.current);
    key.current = newSubmissionKey();
    retry();
  }, [retry]);
  const networkFailed = isApiError(error) && (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500);
  const keyReused = isApiError(error, 'IDEMPOTENCY_KEY_REUSED');
  return { busy, error, setError, networkFailed, keyReused, send, retry, submitAsNew };
}

export type OutboxSubmit = ReturnType<typeof useOutboxSubmit>;
