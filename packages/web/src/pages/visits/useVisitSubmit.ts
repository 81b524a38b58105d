/**
 * Saves a visit through the outbox (lib/offline/useOutboxSubmit.ts): kept on the device first, sent at
 * once with the Idempotency-Key fixed when the form opened, its photos after it, each with a key
 * derived from the visit's; without a connection it waits on the device and goes when the connection returns.
 */
import type { Id } from '../../api/types';
import type { NewVisit, VisitRecord } from '../../api/visits';
import { useOutboxSubmit } from '../../lib/offline/useOutboxSubmit';

export function useVisitSubmit(
  userId: Id,
  onSaved: (visit: VisitRecord, body: NewVisit, refusedPhotos: number) => void,
  onQueued: (body: NewVisit, queued: { key: string; recordSaved: boolean }) => void,
) {
  return useOutboxSubmit<NewVisit, VisitRecord>('visit', userId, onSaved, onQueued);
}
