/**
 * Hostile xlsx files for the upload tests (not a test file itself): a small zip writer whose
 * headers may lie, and deflated XML built as a stream, so a few hundred KiB can inflate to
 * millions of rows without the test holding them.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface Deflated {
  compressed: Buffer;
  size: number;
  crc: number;
}

export interface BombEntry {
  name: string;
  /** Plain bytes (deflated here) or bytes deflated already. */
  data: Buffer | string | Deflated;
  /** An uncompressed size to declare instead of the true one. */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

const deflated = (data: BombEntry['data']): Deflated => {
  if (typeof data === 'object' && 'compressed' in data) return data;
  const bytes = Buffer.from(data);
  return { compressed: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
};

/** A zip archive of the entries (deflate), headers as given: the central directory repeats the local header. */
export function zipOf(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const d = deflated(entry.data);
    const name = Buffer.from(entry.name);
    const fields = (b: Buffer, at: number) => {
      b.writeUInt16LE(entry.flags ?? 0, at);
      b.writeUInt16LE(8, at + 2);
      b.writeUInt32LE(d.crc >>> 0, at + 8);
      b.writeUInt32LE(d.compressed.length, at + 12);
      b.writeUInt32LE(entry.declaredSize ?? d.size, at + 16);
      b.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, d.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + d.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `head`, then `unit` `count` times, then `tail`, deflated as a stream (the plain text is never held whole). */
export async function deflatedRepeat(head: string, unit: string, count: number, tail: string): Promise<Deflated> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    return deflate.write(b) ? Promise.resolve() : new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head));
  const perChunk = Math.max(1, Math.floor((1 << 20) / unit.length));
  const chunk = Buffer.from(unit.repeat(perChunk));
  for (let left = count; left > 0; left -= perChunk) await write(left >= perChunk ? chunk : Buffer.from(unit.repeat(left)));
  await write(Buffer.from(tail));
  deflate.end();
  await done;
  return { compressed: Buffer.concat(out), size, crc: crc >>> 0 };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts around a sheet that make the archive look like a workbook. */
export function workbookParts(sheet: BombEntry['data'], extra: BombEntry[] = []): BombEntry[] {
  const rels = (target: string, type: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships ` +
    `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
    `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ' +
        'Extension="xml" ContentType="application/xml"/></Types>',
    },
    { name: '_rels/.rels', data: rels('xl/workbook.xml', 'officeDocument') },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ` +
        `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="户籍花名册" sheetId="1" ` +
        `r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: rels('worksheets/sheet1.xml', 'worksheet') },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...extra,
  ];
}
