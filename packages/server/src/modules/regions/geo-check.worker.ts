/**
 * A shape check worker thread (started and kept by geo-check.ts): answers each packed check it is
 * sent with the problems found (core `checkGridShapes`), one at a time, until it is ended.
 */
import { parentPort } from 'node:worker_threads';
import { checkGridShapes, unpackShapeCheck, type GeoProblem, type PackedShapeCheck } from '@gridwork/core/geo';

export type CheckReply = { ok: true; problems: GeoProblem[] } | { ok: false; message: string };

parentPort!.on('message', (packed: PackedShapeCheck) => {
  let reply: CheckReply;
  try {
    reply = { ok: true, problems: checkGridShapes(unpackShapeCheck(packed)) };
  } catch (e) {
    reply = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
