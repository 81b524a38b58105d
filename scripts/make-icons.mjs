#!/usr/bin/env node
// Draws the app's icons (packages/web/public/icons): the brand mark, four white squares on blue,
// as PNGs for the web app manifest (192 and 512 px, and a maskable 512 with a wider safe margin).
// Run once when the mark changes; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/web/public/icons');
const BLUE = [0x16, 0x77, 0xff];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** `margin`: the share of the side left blue around the mark (maskable icons keep a safe zone). */
function icon(size, margin, rounded) {
  const raw = Buffer.alloc(size * (1 + size * 4));
  const inner = size * (1 - 2 * margin);
  const cell = inner * 0.44;
  const gap = inner - 2 * cell;
  const r = rounded ? size * 0.18 : 0;
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 4)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      const outside = r > 0 && cx < r && cy < r && (r - cx) ** 2 + (r - cy) ** 2 > r * r;
      const ix = x - size * margin;
      const iy = y - size * margin;
      const inCell = (v) => (v >= 0 && v < cell) || (v >= cell + gap && v < inner);
      const colour = inCell(ix) && inCell(iy) ? WHITE : BLUE;
      const o = y * (1 + size * 4) + 1 + x * 4;
      raw[o] = colour[0];
      raw[o + 1] = colour[1];
      raw[o + 2] = colour[2];
      raw[o + 3] = outside ? 0 : 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png;
}

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'icon-192.png'), icon(192, 0.2, true));
fs.writeFileSync(path.join(out, 'icon-512.png'), icon(512, 0.2, true));
fs.writeFileSync(path.join(out, 'icon-maskable-512.png'), icon(512, 0.28, false));
fs.writeFileSync(path.join(out, 'apple-touch-icon.png'), icon(180, 0.2, false));
console.log(`icons written to ${out}`);
