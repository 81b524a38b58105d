/**
 * Client side of photo uploads (cases and visits, server modules/photos): large pictures (phone
 * cameras give 4000 px, 5-12 MB) are drawn smaller into a JPEG first, so uploads are quick on a poor
 * network. The server's limits (JPEG/PNG/WebP, 10 MiB, 9 per case or visit) stay the rule; a picture
 * the browser cannot decode goes as it is.
 */
import type { TFunction } from 'i18next';
import { MAX_PHOTOS, type PhotoMeta } from '../api/photos';
import { errorMessage, isApiError } from './errors';

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_EDGE = 2560;
const SHRINK_ABOVE_BYTES = 2 * 1024 * 1024;

export async function preparePhoto(file: File): Promise<Blob> {
  const accepted = ACCEPTED.includes(file.type);
  if (accepted && file.size <= SHRINK_ABOVE_BYTES) return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const g = canvas.getContext('2d');
    if (!g) return file;
    g.fillStyle = '#fff'; // transparent PNG areas become white, not black, in a JPEG
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (blob && (!accepted || blob.size < file.size)) return blob;
  } catch {
    // not decodable here (e.g. HEIC on some browsers): the server answers with its own code
  }
  return file;
}

/** Each picture is prepared once: a retry sends the same bytes under the same key (the server's replay). */
const prepared = new WeakMap<File, Promise<Blob>>();
export function preparedOnce(file: File): Promise<Blob> {
  let p = prepared.get(file);
  if (!p) prepared.set(file, (p = preparePhoto(file)));
  return p;
}

/** The Idempotency-Key of the `index`-th photo sent with the record whose key is `keyPrefix`. */
export const photoKey = (keyPrefix: string, index: number) => `${keyPrefix}-photo-${index}`;

/**
 * Uploads one at a time (phones on a poor network), each with its own Idempotency-Key, so resending
 * the same batch never stores a photo twice. `only` limits a retry to the indexes that failed.
 * Returns the failures by index (empty when all went up).
 */
export async function uploadPhotos(
  files: readonly File[],
  keyPrefix: string,
  send: (image: Blob, key: string) => Promise<PhotoMeta>,
  only?: readonly number[],
): Promise<Map<number, unknown>> {
  const failures = new Map<number, unknown>();
  for (const [i, file] of files.entries()) {
    if (only && !only.includes(i)) continue;
    try {
      await send(await preparedOnce(file), photoKey(keyPrefix, i));
    } catch (e) {
      failures.set(i, e);
    }
  }
  return failures;
}

export function photoErrorText(t: TFunction, e: unknown): string {
  if (isApiError(e, 'PAYLOAD_TOO_LARGE')) return t('casePhotos.tooLarge');
  if (isApiError(e, 'UNSUPPORTED_MEDIA_TYPE')) return t('casePhotos.badType');
  if (isApiError(e, 'PHOTO_LIMIT_REACHED')) return t('casePhotos.full', { max: MAX_PHOTOS });
  return t('casePhotos.failed', { message: errorMessage(t, e) });
}
