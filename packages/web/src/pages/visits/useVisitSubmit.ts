/**
 * Saves a visit with one Idempotency-Key per form and then its photos, each with a key derived from
 * the visit's: the shared flow of lib/useSubmitWithPhotos.ts (retry, send as new, retry or skip failed photos).
 */
import { photosApi } from '../../api/photos';
import { visitsApi, type NewVisit, type VisitRecord } from '../../api/visits';
import { useSubmitWithPhotos } from '../../lib/useSubmitWithPhotos';

export function useVisitSubmit(onSaved: (visit: VisitRecord, body: NewVisit) => void) {
  return useSubmitWithPhotos(visitsApi.create, photosApi.addToVisit, onSaved);
}
