/**
 * What an upload really is, from its first bytes (magic numbers), not from the declared content
 * type: JPEG, PNG or WebP, with the pixel size when the header gives it cheaply. Pure.
 */
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';
export const PHOTO_TYPES: readonly PhotoType[] = ['image/jpeg', 'image/png', 'image/webp'];

export interface ImageInfo {
  type: PhotoType;
  width: number | null;
  height: number | null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ascii = (b: Uint8Array, at: number, text: string) =>
  b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
/** A pixel size the header gives, or null when it is 0 or beyond what a size can be (PNG allows up to 2^31 - 1). */
const positive = (n: number) => (Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null);

/** The declared content type as one of ours (`image/jpg` is a common alias), or null. */
export function declaredPhotoType(contentType: string | undefined): PhotoType | null {
  const base = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (base === 'image/jpg' || base === 'image/pjpeg') return 'image/jpeg';
  return (PHOTO_TYPES as readonly string[]).includes(base) ? (base as PhotoType) : null;
}

/** JPEG: walk the segments to the first start-of-frame (SOF0..SOF15 except DHT, JPG, DAC). */
function jpegSize(b: Buffer): { width: number | null; height: number | null } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: positive(b.readUInt16BE(at + 5)), width: positive(b.readUInt16BE(at + 7)) };
    }
    if (length < 2) break;
    at += 2 + length;
  }
  return { width: null, height: null };
}

function webpSize(b: Buffer): { width: number | null; height: number | null } {
  if (ascii(b, 12, 'VP8 ') && b.length >= 30)
    return { width: positive(b.readUInt16LE(26) & 0x3fff), height: positive(b.readUInt16LE(28) & 0x3fff) };
  if (ascii(b, 12, 'VP8L') && b.length >= 25 && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8X') && b.length >= 30) return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  return { width: null, height: null };
}

/** The image's type by its magic bytes, or null for anything that is not JPEG, PNG or WebP. */
export function sniffImage(b: Buffer): ImageInfo | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { type: 'image/jpeg', ...jpegSize(b) };
  if (b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v)) {
    const ihdr = b.length >= 24 && ascii(b, 12, 'IHDR');
    return { type: 'image/png', width: ihdr ? positive(b.readUInt32BE(16)) : null, height: ihdr ? positive(b.readUInt32BE(20)) : null };
  }
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return { type: 'image/webp', ...webpSize(b) };
  return null;
}
