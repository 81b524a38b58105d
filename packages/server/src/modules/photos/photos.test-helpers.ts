/**
 * Image bytes for the photo tests (not a test file itself): real images that decode (made with
 * sharp), and fakes with real headers over random bytes, padded to an exact size, for the checks
 * that come before decoding and for bombs.
 */
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const colourOf = (seed: number) => ({ r: (seed * 37) % 256, g: (seed * 91 + 64) % 256, b: (seed * 53 + 128) % 256 });
const canvas = (width: number, height: number, seed: number) =>
  sharp({ create: { width, height, channels: 3, background: colourOf(seed) } });

/** Comment (COM) segments after SOI bringing a JPEG to exactly `size` bytes (random text: two paddings differ). */
function padJpeg(jpeg: Buffer, size: number): Buffer {
  let left = size - jpeg.length;
  if (left < 0 || (left > 0 && left < 4)) throw new Error(`a ${jpeg.length}-byte JPEG cannot be padded to ${size} bytes`);
  const segments: Buffer[] = [];
  while (left > 0) {
    let total = Math.min(left, 65537);
    if (left - total > 0 && left - total < 4) total -= 4;
    const segment = Buffer.concat([Buffer.from([0xff, 0xfe, (total - 2) >> 8, (total - 2) & 0xff]), randomBytes(total - 4)]);
    segments.push(segment);
    left -= total;
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** A real JPEG of one colour (by `seed`), padded with comment segments to `size` bytes when given. */
export async function realJpeg(opts: { width?: number; height?: number; size?: number; seed?: number } = {}): Promise<Buffer> {
  const { width = 640, height = 480, size, seed = 1 } = opts;
  const jpeg = await canvas(width, height, seed).jpeg().toBuffer();
  return size === undefined ? jpeg : padJpeg(jpeg, size);
}

export async function realPng(width = 320, height = 200, seed = 2): Promise<Buffer> {
  return canvas(width, height, seed).png().toBuffer();
}

export async function realWebp(width = 800, height = 600, seed = 3): Promise<Buffer> {
  return canvas(width, height, seed).webp().toBuffer();
}

/**
 * A JPEG carrying what must not be kept: EXIF with a GPS position and an orientation (6: turn 90°
 * clockwise to view), an XMP packet, an ICC profile and a comment.
 */
export async function jpegWithMetadata(width: number, height: number): Promise<Buffer> {
  const jpeg = await canvas(width, height, 4)
    .withIccProfile('p3')
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Orientation: '6', Artist: 'grid worker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 2000/100', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 3000/100' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description ' +
        'rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>resident ' +
        '13812345678</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
    )
    .jpeg()
    .toBuffer();
  const comment = Buffer.from('home of 张三, 13812345678');
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid PNG decompression bomb: `side`×`side` black pixels (1-bit grey), a few KiB that decode to
 * side² pixels (20000 → 400 megapixels, 1.6 GB as RGBA).
 */
export function pngBomb(side = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth 1, colour type 0 (grey)
  const raw = Buffer.alloc((1 + Math.ceil(side / 8)) * side); // filter byte 0 and zero pixels, row by row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function padded(head: Buffer, size: number, tail: Buffer = Buffer.alloc(0)): Buffer {
  if (size < head.length + tail.length)
    throw new Error(`an image of ${size} bytes cannot hold its ${head.length + tail.length}-byte header`);
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
}

/** A JPEG: SOI, an APP0 (JFIF) segment, a baseline SOF0 with the size, then filler and EOI. */
export function jpegOf(size = 2048, width = 640, height = 480): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  return padded(Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof0]), size, Buffer.from([0xff, 0xd9]));
}

/** A PNG: the signature and an IHDR chunk with the size, then filler. */
export function pngOf(size = 2048, width = 320, height = 200): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr[16] = 8;
  ihdr[17] = 2;
  return padded(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]), size);
}

/** A WebP with a VP8X chunk (extended format) carrying the canvas size. */
export function webpOf(size = 2048, width = 800, height = 600): Buffer {
  const head = Buffer.alloc(30);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(size - 8, 4);
  head.write('WEBP', 8, 'ascii');
  head.write('VP8X', 12, 'ascii');
  head.writeUInt32LE(10, 16);
  head.writeUIntLE(width - 1, 24, 3);
  head.writeUIntLE(height - 1, 27, 3);
  return padded(head, size);
}

/** A GIF: a real image format, but not one of ours. */
export function gifOf(size = 512): Buffer {
  return padded(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'), size);
}
