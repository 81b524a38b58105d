/**
 * Reads an uploaded roster off the event loop: a worker thread (roster-parse.worker.ts) measures
 * the archive as a stream, loads it with exceljs and reads the rows, under a heap limit and a time
 * limit (past either the worker is ended and the upload answered 413 ROSTER_TOO_LARGE). Parses run
 * one per core beyond the first (at least one, at most two: the event loop keeps a core) and four
 * wait; beyond that 429 ROSTER_IMPORT_BUSY.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError } from '@gridwork/core';
import { WorkSlots } from '../../lib/work-slots';
import type { RawRow } from './roster-parse';
import type { ParseMessage } from './roster-parse.worker';

export { MAX_ROWS, type RawCell, type RawRow } from './roster-parse';

export interface ParseLimits {
  /** The worker's old-generation heap (a 20,000-row, 19-column roster needs about 200 MB). */
  heapMb: number;
  timeoutMs: number;
}
export const PARSE_LIMITS: ParseLimits = { heapMb: 512, timeoutMs: 60_000 };

/** A plain-JavaScript entry that registers tsx in the worker (see the file). */
const WORKER_ENTRY = new URL('./roster-parse.worker-entry.mjs', import.meta.url);

const PARSES_AT_ONCE = Math.min(2, Math.max(1, availableParallelism() - 1));
export const parseSlots = new WorkSlots(
  PARSES_AT_ONCE,
  4,
  () => new DomainError('ROSTER_IMPORT_BUSY', 'other roster imports are being read: try again in a minute', { retryAfterSeconds: 30 }),
);

const tooLarge = (limit: 'time' | 'memory', max: number) =>
  new DomainError(
    'ROSTER_TOO_LARGE',
    `reading the workbook took more ${limit === 'time' ? 'time' : 'memory'} than a roster may (${max} ${limit === 'time' ? 's' : 'MB'}); ` +
      `split the file`,
    { limit, max },
  );

function parseInWorker(file: Buffer, limits: ParseLimits): Promise<RawRow[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { file },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done();
    };
    const timer = setTimeout(() => settle(() => reject(tooLarge('time', limits.timeoutMs / 1000))), limits.timeoutMs);
    const rows: RawRow[] = [];
    worker.on('message', (m: ParseMessage) => {
      if (!m.ok) return settle(() => reject(new DomainError(m.error.code, m.error.message, m.error.details)));
      for (const row of m.rows) rows.push(row);
      if (m.last) return settle(() => resolve(rows));
      setImmediate(() => worker.postMessage('next')); // the next chunk after other work had its turn
    });
    worker.once('error', (e: Error & { code?: string }) =>
      settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge('memory', limits.heapMb) : e)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the roster parser stopped (exit code ${code})`))));
  });
}

/** Every data row of the roster (see roster-parse.ts), read in a worker within the limits. */
export function readRoster(file: Buffer, limits: ParseLimits = PARSE_LIMITS): Promise<RawRow[]> {
  return parseSlots.run(() => parseInWorker(file, limits));
}
