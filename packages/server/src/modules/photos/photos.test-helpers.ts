/** Image bytes for the photo tests (not a test file itself): real headers, padded to an exact size. */
import { randomBytes } from 'node:crypto';

function padded(head: Buffer, size: number, tail: Buffer = Buffer.alloc(0)): Buffer {
  if (size < head.length + tail.length) throw new Error(`an image of ${size} bytes cannot hold its ${head.length + tail.length}-byte header`);
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
}

/** A JPEG: SOI, an APP0 (JFIF) segment, a baseline SOF0 with the size, then filler and EOI. */
export function jpegOf(size = 2048, width = 640, height = 480): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof0 = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
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
