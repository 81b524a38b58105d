/**
 * The entries of a zip archive (an xlsx file is one), read from its central directory, and each
 * entry's bytes inflated as a stream that never yields more than the entry declares. This is how
 * an upload is measured before a spreadsheet library loads it whole: nothing here holds more than
 * one chunk of inflated data. Encrypted, multi-disk and ZIP64 archives, entries outside the file
 * or overlapping each other, with two names (local and central, or a Unicode path field), methods
 * other than stored/deflate, and entries whose data is longer or shorter than declared or fails its
 * CRC are refused with a `ZipFormatError`.
 */
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  /** The uncompressed size the central directory declares (checked while inflating). */
  size: number;
  crc32: number;
  /** Where the local header starts and where its data starts. */
  headerStart: number;
  dataStart: number;
}

export class ZipFormatError extends Error {}

const END_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const CHUNK = 64 * 1024;

/** The end-of-central-directory record: the last one whose comment reaches exactly to the end of the file. */
function findEnd(b: Buffer): number {
  for (let at = b.length - 22; at >= 0 && at >= b.length - 22 - 0xffff; at--) {
    if (b.readUInt32LE(at) === END_SIG && at + 22 + b.readUInt16LE(at + 20) === b.length) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

function hasUnicodePath(b: Buffer, at: number, length: number): boolean {
  for (let i = at; i + 4 <= at + length; i += 4 + b.readUInt16LE(i + 2)) if (b.readUInt16LE(i) === 0x7075) return true;
  return false;
}

function readEntry(b: Buffer, at: number, centralStart: number, centralSize: number): { entry: ZipEntry; next: number } {
  if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL_SIG) throw new ZipFormatError('broken central directory');
  const flags = b.readUInt16LE(at + 8);
  const method = b.readUInt16LE(at + 10);
  const compressedSize = b.readUInt32LE(at + 20);
  const size = b.readUInt32LE(at + 24);
  const nameLength = b.readUInt16LE(at + 28);
  const extraLength = b.readUInt16LE(at + 30);
  const headerStart = b.readUInt32LE(at + 42);
  const next = at + 46 + nameLength + extraLength + b.readUInt16LE(at + 32);
  if (next > centralStart + centralSize) throw new ZipFormatError('broken central directory');
  if (flags & 0x41) throw new ZipFormatError('encrypted entry');
  if (method !== 0 && method !== 8) throw new ZipFormatError(`compression method ${method}`);
  if (compressedSize === 0xffffffff || size === 0xffffffff || headerStart === 0xffffffff) throw new ZipFormatError('ZIP64 entry');
  if (method === 0 && compressedSize !== size) throw new ZipFormatError('stored entry with two sizes');
  if (headerStart + 30 > centralStart || b.readUInt32LE(headerStart) !== LOCAL_SIG) throw new ZipFormatError('entry outside the file');
  const dataStart = headerStart + 30 + b.readUInt16LE(headerStart + 26) + b.readUInt16LE(headerStart + 28);
  if (dataStart + compressedSize > centralStart) throw new ZipFormatError('entry data outside the file');
  // readers differ in which name they trust (the local one, or a Unicode path field): only one name is allowed
  const centralName = b.subarray(at + 46, at + 46 + nameLength);
  if (b.readUInt16LE(headerStart + 26) !== nameLength || !b.subarray(headerStart + 30, headerStart + 30 + nameLength).equals(centralName)) {
    throw new ZipFormatError('local and central names differ');
  }
  if (hasUnicodePath(b, at + 46 + nameLength, extraLength)) throw new ZipFormatError('an entry with a second (Unicode path) name');
  const name = centralName.toString('utf8');
  return { entry: { name, method, compressedSize, size, crc32: b.readUInt32LE(at + 16), headerStart, dataStart }, next };
}

/** Every entry of the archive; `maxEntries` bounds the work before anything is read. */
export function zipEntries(b: Buffer, maxEntries: number): ZipEntry[] {
  const end = findEnd(b);
  const count = b.readUInt16LE(end + 10);
  const centralSize = b.readUInt32LE(end + 12);
  const centralStart = b.readUInt32LE(end + 16);
  if (b.readUInt16LE(end + 4) !== 0 || b.readUInt16LE(end + 6) !== 0 || b.readUInt16LE(end + 8) !== count)
    throw new ZipFormatError('multi-disk archive');
  if (count === 0xffff || centralStart === 0xffffffff || centralSize === 0xffffffff) throw new ZipFormatError('ZIP64 archive');
  if (centralStart + centralSize > end) throw new ZipFormatError('central directory outside the file');
  if (count > maxEntries) throw new ZipFormatError(`more than ${maxEntries} entries`);
  const entries: ZipEntry[] = [];
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readEntry(b, at, centralStart, centralSize);
    entries.push(entry);
    at = next;
  }
  const byStart = [...entries].sort((x, y) => x.headerStart - y.headerStart);
  for (let i = 1; i < byStart.length; i++) {
    const prev = byStart[i - 1];
    if (byStart[i].headerStart < prev.dataStart + prev.compressedSize) throw new ZipFormatError('overlapping entries');
  }
  return entries;
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
}

/**
 * The entry's bytes, a chunk at a time (zlib's inflateRaw as a stream). More bytes than declared
 * stop the stream at once; fewer, or a wrong CRC, are found at its end. Stopping the iteration
 * early (a consumer's limit) destroys the inflater.
 */
export async function* inflateEntry(b: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = b.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const source =
    entry.method === 0 ? Readable.from(slices(data)) : Readable.from(slices(data)).pipe(createInflateRaw({ chunkSize: CHUNK }));
  let produced = 0;
  let crc = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.size) throw new ZipFormatError(`${entry.name} inflates beyond its declared ${entry.size} bytes`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ZipFormatError) throw e;
    throw new ZipFormatError(`${entry.name} does not inflate: ${(e as Error).message}`);
  } finally {
    source.destroy();
  }
  if (produced !== entry.size) throw new ZipFormatError(`${entry.name} inflates to ${produced} bytes, not the declared ${entry.size}`);
  if (crc >>> 0 !== entry.crc32) throw new ZipFormatError(`${entry.name} fails its CRC`);
}
