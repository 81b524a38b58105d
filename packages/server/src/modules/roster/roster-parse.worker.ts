/**
 * The worker thread of a roster import (started by roster-read.ts): parses the file it is given
 * and posts the rows, or the DomainError's code, message and details. Anything else that goes
 * wrong inside exceljs on a strange file is the file's fault: ROSTER_NOT_XLSX. The rows go in
 * chunks of CHUNK_ROWS, the next when the main thread asks for it: 20,000 rows in one message take
 * the main thread ~350 ms to receive, a chunk a few milliseconds, with other requests served between.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '@gridwork/core';
import { parseRoster } from './roster-parse';

type Rows = Awaited<ReturnType<typeof parseRoster>>;
export type ParseReply = { ok: true; rows: Rows } | { ok: false; error: { code: string; message: string; details?: unknown } };
/** One message to the main thread: a chunk of rows (`last` on the final one), or the error. */
export type ParseMessage = { ok: true; rows: Rows; last: boolean } | Extract<ParseReply, { ok: false }>;

export const CHUNK_ROWS = 500;

async function reply(file: Uint8Array): Promise<ParseReply> {
  try {
    return { ok: true, rows: await parseRoster(Buffer.from(file.buffer, file.byteOffset, file.byteLength)) };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
    return {
      ok: false,
      error: { code: 'ROSTER_NOT_XLSX', message: 'the workbook could not be read (save the roster again as Excel .xlsx)' },
    };
  }
}

const result = await reply((workerData as { file: Uint8Array }).file);
if (!result.ok) parentPort!.postMessage(result satisfies ParseMessage);
else {
  let at = 0;
  const send = () => {
    const rows = result.rows.slice(at, at + CHUNK_ROWS);
    at += CHUNK_ROWS;
    parentPort!.postMessage({ ok: true, rows, last: at >= result.rows.length } satisfies ParseMessage);
  };
  parentPort!.on('message', send); // the main thread asks for each next chunk
  send();
}
