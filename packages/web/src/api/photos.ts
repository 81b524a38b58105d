/** Photos of cases, visits and diary entries (server modules/photos): the image bytes go up as the raw body. */
import { ApiError, api, buildUrl, expectedUserHeader } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export const MAX_PHOTOS = 9;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Up to 10 MB on a slow uplink: generous, but never forever. */
const PHOTO_TIMEOUT_MS = 120_000;

export type PhotoMeta = Reply<'/api/v1/cases/{id}/photos', 'get'>[number];

/** Where a photo's bytes are served (same origin, the session cookie authorises it). */
export const photoUrl = (id: Id) => buildUrl(`/photos/${id}`);

/**
 * One photo's bytes to a record's photo path (also used by the outbox, lib/offline/outbox.ts, which
 * names the record's owner as `userId`; else the page's user).
 */
export async function photoUploadRaw(path: string, image: Blob, key?: string, userId?: Id): Promise<PhotoMeta> {
  let res: Response;
  // a stalled upload on a poor signal gives up (and is retried) instead of holding the outbox forever
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), PHOTO_TIMEOUT_MS);
  try {
    res = await fetch(buildUrl(path), {
      signal: timeout.signal,
      method: 'POST',
      credentials: 'include',
      headers: {
        Accept: 'application/json',
        'Content-Type': image.type || 'application/octet-stream',
        ...(key ? { 'Idempotency-Key': key } : {}),
        ...expectedUserHeader(userId),
      },
      body: image,
    });
  } catch (e) {
    clearTimeout(timer);
    throw new ApiError(0, timeout.signal.aborted ? 'TIMEOUT' : 'NETWORK_ERROR', (e as Error)?.message ?? 'network error');
  }
  const text = await res.text().finally(() => clearTimeout(timer));
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined; // e.g. a proxy's HTML page for a 413
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? `HTTP ${res.status}`, err?.details);
  }
  return body as PhotoMeta;
}

export const photosApi = {
  listForCase: (caseId: Id, signal?: AbortSignal) => api.get<PhotoMeta[]>(`/cases/${caseId}/photos`, { signal }),
  addToCase: (caseId: Id, image: Blob, key?: string) => photoUploadRaw(`/cases/${caseId}/photos`, image, key),
  listForVisit: (visitId: Id, signal?: AbortSignal) => api.get<PhotoMeta[]>(`/visits/${visitId}/photos`, { signal }),
  addToVisit: (visitId: Id, image: Blob, key?: string) => photoUploadRaw(`/visits/${visitId}/photos`, image, key),
  listForDiary: (diaryId: Id, signal?: AbortSignal) => api.get<PhotoMeta[]>(`/diaries/${diaryId}/photos`, { signal }),
  addToDiary: (diaryId: Id, image: Blob, key?: string) => photoUploadRaw(`/diaries/${diaryId}/photos`, image, key),
};

/** Open cases of the same category near a case (server: cases/merge-suggestions.ts). */
export type MergeSuggestion = Reply<'/api/v1/cases/{id}/merge-suggestions', 'get'>[number];
export const MERGE_RADIUS_M = 200;
export const mergeSuggestionsApi = {
  list: (caseId: Id, signal?: AbortSignal) => api.get<MergeSuggestion[]>(`/cases/${caseId}/merge-suggestions`, { signal }),
};
