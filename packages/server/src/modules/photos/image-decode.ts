/**
 * Every photo is decoded before it is stored (sharp: libvips on the libuv pool, never on the event
 * loop). The pixel count is checked from the header first (at most 40 megapixels: a small file
 * declaring 20000×20000 is refused before any pixel is allocated, and libvips enforces the same
 * limit), a file that does not decode is refused, and what is stored is re-encoded from the pixels:
 * the EXIF orientation applied, no metadata kept (EXIF with GPS, XMP, ICC profile, comments).
 * At most two decodes run at once and sixteen wait; beyond that 429 PHOTO_UPLOADS_BUSY.
 */
import { DomainError } from '@gridwork/core';
import sharp, { type Sharp } from 'sharp';
import { WorkSlots } from '../../lib/work-slots';
import type { ImageInfo, PhotoType } from './image-type';

export const MAX_PHOTO_PIXELS = 40_000_000;

// decoded pixels are not kept between uploads
sharp.cache(false);

export const decodeSlots = new WorkSlots(
  2,
  16,
  () => new DomainError('PHOTO_UPLOADS_BUSY', 'many photos are being processed: try again in a moment', { retryAfterSeconds: 5 }),
);

export interface StoredImage {
  data: Buffer;
  type: PhotoType;
  width: number;
  height: number;
}

const tooLarge = (width: number | null, height: number | null) =>
  new DomainError(
    'IMAGE_TOO_LARGE',
    `a photo has at most ${MAX_PHOTO_PIXELS / 1_000_000} megapixels${width && height ? ` (this one has ${width}×${height})` : ''}`,
    { width, height, maxPixels: MAX_PHOTO_PIXELS },
  );

const unreadable = (type: PhotoType) =>
  new DomainError('IMAGE_UNREADABLE', `the file starts like ${type} but does not decode as an image`, { type });

function encode(image: Sharp, type: PhotoType): Sharp {
  if (type === 'image/png') return image.png();
  if (type === 'image/webp') return image.webp({ quality: 85 });
  return image.jpeg({ quality: 85 });
}

/** The stored form of an upload whose magic bytes said `info.type`: 413 IMAGE_TOO_LARGE, 415 IMAGE_UNREADABLE. */
export async function reencodeImage(data: Buffer, info: ImageInfo): Promise<StoredImage> {
  if (info.width !== null && info.height !== null && info.width * info.height > MAX_PHOTO_PIXELS) throw tooLarge(info.width, info.height);
  return decodeSlots.run(async () => {
    try {
      const image = sharp(data, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', sequentialRead: true }).rotate();
      const out = await encode(image, info.type).toBuffer({ resolveWithObject: true });
      return { data: out.data, type: info.type, width: out.info.width, height: out.info.height };
    } catch (e) {
      if (/pixel limit/i.test((e as Error).message)) throw tooLarge(info.width, info.height);
      throw unreadable(info.type);
    }
  });
}
