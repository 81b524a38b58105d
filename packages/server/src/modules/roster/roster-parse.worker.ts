/**
 * The worker thread of a roster import (started by roster-read.ts): parses the file it is given
 * and posts the rows, or the DomainError's code, message and details. Anything else that goes
 * wrong inside exceljs on a strange file is the file's fault: ROSTER_NOT_XLSX.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '@gridwork/core';
import { parseRoster } from './roster-parse';

export type ParseReply =
  | { ok: true; rows: Awaited<ReturnType<typeof parseRoster>> }
  | { ok: false; error: { code: string; message: string; details?: unknown } };

async function reply(file: Uint8Array): Promise<ParseReply> {
  try {
    return { ok: true, rows: await parseRoster(Buffer.from(file.buffer, file.byteOffset, file.byteLength)) };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
    return { ok: false, error: { code: 'ROSTER_NOT_XLSX', message: 'the workbook could not be read (save the roster again as Excel .xlsx)' } };
  }
}

parentPort!.postMessage(await reply((workerData as { file: Uint8Array }).file));
