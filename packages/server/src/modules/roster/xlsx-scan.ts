/**
 * Measures an xlsx upload as a stream before anything loads it whole: the zip's central directory
 * (entries, declared sizes), then every entry inflated chunk by chunk; worksheets and the shared
 * strings go through a streaming XML parser (saxes) that counts rows, cells, merged and validated
 * areas and strings. The scan stops at the first limit passed, so a few hundred KiB that inflate to
 * millions of rows cost only the rows up to the limit.
 */
import { DomainError } from '@gridwork/core';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { inflateEntry, zipEntries, ZipFormatError, type ZipEntry } from './xlsx-zip';

const MiB = 1024 * 1024;

export interface XlsxLimits {
  /** Data rows per sheet (rows holding a value, less the header row). */
  maxRows: number;
  /** `<row>` elements in all sheets, empty ones included. */
  maxRowElements: number;
  /** Cells in all sheets: `<c>` elements, merged areas and column ranges (each becomes an object). */
  maxCells: number;
  /** Cell addresses under data validations (the reader keeps one entry per address). */
  maxValidatedCells: number;
  maxSharedStrings: number;
  maxSharedStringBytes: number;
  /** All entries inflated together. */
  maxInflatedBytes: number;
  maxEntries: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxRows: 20_000,
  maxRowElements: 100_000,
  maxCells: 500_000,
  maxValidatedCells: 1_000_000,
  maxSharedStrings: 500_000,
  maxSharedStringBytes: 32 * MiB,
  maxInflatedBytes: 64 * MiB,
  maxEntries: 1_000,
};

export interface XlsxScan {
  entries: number;
  inflatedBytes: number;
  /** Rows holding a value, per worksheet entry. */
  rows: Record<string, number>;
  cells: number;
  sharedStrings: number;
}

/** The same entry names the spreadsheet reader parses as worksheets and shared strings. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

export const notXlsx = (reason?: string) =>
  new DomainError(
    'ROSTER_NOT_XLSX',
    'the upload is not an xlsx workbook (save the roster as Excel .xlsx)',
    reason ? { reason } : undefined,
  );
const tooLarge = (limit: string, max: number) =>
  new DomainError(
    'ROSTER_TOO_LARGE',
    `the workbook holds more than a roster can (${limit} over ${max}); split the file or remove other sheets`,
    { limit, max },
  );
const tooManyRows = (maxRows: number) =>
  new DomainError('ROSTER_TOO_MANY_ROWS', `a roster holds at most ${maxRows} rows; split the file`, { maxRows });

const COLUMN = /^\$?([A-Za-z]{1,10})\$?(\d{1,15})$/;
function cellOf(ref: string): [number, number] | null {
  const m = COLUMN.exec(ref);
  if (!m) return null;
  const col = [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return [col, Number(m[2])];
}

/** The number of cells in `A1`, `A1:C3` or a space-separated list of them (unreadable parts count as one). */
export function areaOf(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b = a] = part.split(':').map(cellOf);
    total += a && b ? (Math.abs(b[0] - a[0]) + 1) * (Math.abs(b[1] - a[1]) + 1) : 1;
  }
  return total;
}

const localName = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/** Counts one worksheet's rows and cells into `tally`, throwing at the first limit passed. */
function worksheetCounter(limits: XlsxLimits, tally: { rowElements: number; cells: number; validated: number }) {
  let valueRows = 0;
  let rowHasValue = false;
  const addCells = (n: number) => {
    tally.cells += n;
    if (tally.cells > limits.maxCells) throw tooLarge('cells', limits.maxCells);
  };
  const open = (tag: SaxesTagPlain) => {
    const name = localName(tag);
    if (name === 'row') {
      rowHasValue = false;
      if (++tally.rowElements > limits.maxRowElements) throw tooManyRows(limits.maxRows);
    } else if (name === 'c') addCells(1);
    else if (name === 'v' || name === 'is' || name === 'f') rowHasValue = true;
    else if (name === 'mergeCell') addCells(areaOf(String(tag.attributes.ref ?? '')));
    else if (name === 'col') addCells(Math.abs(Number(tag.attributes.max) - Number(tag.attributes.min)) + 1 || 1);
    else if (name === 'dataValidation') {
      tally.validated += areaOf(String(tag.attributes.sqref ?? ''));
      if (tally.validated > limits.maxValidatedCells) throw tooLarge('validated-cells', limits.maxValidatedCells);
    }
  };
  const close = (tag: SaxesTagPlain) => {
    if (localName(tag) === 'row' && rowHasValue && ++valueRows - 1 > limits.maxRows) throw tooManyRows(limits.maxRows);
  };
  return { open, close, rows: () => valueRows };
}

/** Feeds the entry's inflated bytes to a streaming XML parser; a DOCTYPE (entity expansion) is refused. */
async function parseXml(
  b: Buffer,
  entry: ZipEntry,
  open: (tag: SaxesTagPlain) => void,
  close: (tag: SaxesTagPlain) => void,
): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', open);
  parser.on('closetag', close);
  parser.on('doctype', () => {
    throw notXlsx(`${entry.name} declares a DOCTYPE`);
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflateEntry(b, entry)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

async function drain(b: Buffer, entry: ZipEntry): Promise<void> {
  for await (const _chunk of inflateEntry(b, entry)) void _chunk;
}

/** Scans the whole archive; throws ROSTER_NOT_XLSX, ROSTER_TOO_LARGE or ROSTER_TOO_MANY_ROWS. */
export async function scanXlsx(b: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxScan> {
  try {
    const entries = zipEntries(b, limits.maxEntries);
    const declared = entries.reduce((n, e) => n + e.size, 0);
    if (declared > limits.maxInflatedBytes) throw tooLarge('inflated-bytes', limits.maxInflatedBytes);
    const scan: XlsxScan = { entries: entries.length, inflatedBytes: declared, rows: {}, cells: 0, sharedStrings: 0 };
    const tally = { rowElements: 0, cells: 0, validated: 0 };
    for (const entry of entries) {
      const name = entry.name.replace(/^\//, '');
      if (WORKSHEET.test(name)) {
        const counter = worksheetCounter(limits, tally);
        await parseXml(b, entry, counter.open, counter.close);
        scan.rows[name] = counter.rows();
      } else if (name === SHARED_STRINGS) {
        if (entry.size > limits.maxSharedStringBytes) throw tooLarge('shared-string-bytes', limits.maxSharedStringBytes);
        await parseXml(
          b,
          entry,
          (tag) => {
            if (localName(tag) === 'si' && ++scan.sharedStrings > limits.maxSharedStrings)
              throw tooLarge('shared-strings', limits.maxSharedStrings);
          },
          () => undefined,
        );
      } else await drain(b, entry);
    }
    scan.cells = tally.cells;
    return scan;
  } catch (e) {
    if (e instanceof DomainError) throw e;
    if (e instanceof ZipFormatError) throw notXlsx(e.message);
    throw notXlsx(`unreadable XML: ${(e as Error).message.split('\n')[0].slice(0, 200)}`);
  }
}
