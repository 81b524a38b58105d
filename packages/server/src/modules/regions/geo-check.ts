/**
 * Runs the shape checks of grids and regions (core `checkGridShapes`: rings, every grid inside its
 * parent, no overlaps) off the event loop, in worker threads (geo-check.worker.ts) kept warm between
 * checks (starting one takes about half a second) and ended after a minute idle. Checks run one per
 * core beyond the first (at least one, at most two: the event loop keeps a core) and eight wait,
 * one per account (running or waiting); beyond that 429 GEOJSON_CHECK_BUSY. A check over its time or heap limit ends its worker and is
 * answered 413 GEOJSON_TOO_COMPLEX. The job crosses packed (core shape-pack.ts). Callers hold no
 * database transaction while they wait.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError } from '@gridwork/core';
import { packShapeCheck, type GeoProblem, type PackedShapeCheck, type ShapeCheck } from '@gridwork/core/geo';
import { WorkSlots } from '../../lib/work-slots';
import type { CheckReply } from './geo-check.worker';

export interface GeoCheckLimits {
  timeoutMs: number;
}
/** Far above what a real grid map takes (a 1,000-grid street: well under a second). */
export const GEO_CHECK_LIMITS: GeoCheckLimits = { timeoutMs: 20_000 };
const HEAP_MB = 512;
const IDLE_MS = 60_000;

/** A plain-JavaScript entry that registers tsx in the worker (see the file). */
const WORKER_ENTRY = new URL('./geo-check.worker-entry.mjs', import.meta.url);

const CHECKS_AT_ONCE = Math.min(2, Math.max(1, availableParallelism() - 1));
export const geoCheckSlots = new WorkSlots(
  CHECKS_AT_ONCE,
  8,
  () =>
    new DomainError('GEOJSON_CHECK_BUSY', 'other shapes are being checked (or yours already are): try again in a minute', {
      retryAfterSeconds: 30,
    }),
  1,
);

const tooComplex = (limit: 'time' | 'memory', max: number) =>
  new DomainError(
    'GEOJSON_TOO_COMPLEX',
    `checking the shapes took more ${limit} than allowed (${max} ${limit === 'time' ? 's' : 'MB'}): simplify the shapes or split the file`,
    { limit, max },
  );

interface Idle {
  worker: Worker;
  timer: NodeJS.Timeout;
  onExit: () => void;
}
const idle: Idle[] = [];

function takeWorker(): Worker {
  const kept = idle.pop();
  if (!kept) return new Worker(WORKER_ENTRY, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
  clearTimeout(kept.timer);
  kept.worker.off('exit', kept.onExit);
  kept.worker.ref();
  return kept.worker;
}

/** Keeps a worker that answered for the next check; it does not keep the process alive. */
function keepWorker(worker: Worker): void {
  worker.unref();
  const forget = () => {
    const at = idle.findIndex((k) => k.worker === worker);
    if (at >= 0) clearTimeout(idle.splice(at, 1)[0].timer);
  };
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  worker.once('exit', forget);
  idle.push({ worker, timer, onExit: forget });
}

function runInWorker(packed: PackedShapeCheck, limits: GeoCheckLimits): Promise<GeoProblem[]> {
  const worker = takeWorker();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(false, () => reject(tooComplex('time', limits.timeoutMs / 1000))), limits.timeoutMs);
    const onMessage = (reply: CheckReply) =>
      done(true, () => (reply.ok ? resolve(reply.problems) : reject(new Error(`the shape check failed: ${reply.message}`))));
    const onError = (e: Error & { code?: string }) =>
      done(false, () => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('memory', HEAP_MB) : e));
    const onExit = (code: number) => done(false, () => reject(new Error(`the shape check worker stopped (exit code ${code})`)));
    function done(keep: boolean, finish: () => void) {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) keepWorker(worker);
      else void worker.terminate();
      finish();
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(packed, [packed.data.buffer as ArrayBuffer]);
  });
}

/** The problems of the shapes (empty when they are fine), found in a worker within the limits; `owner` is the account asking. */
export async function checkShapesOffLoop(job: ShapeCheck, owner: number, limits: GeoCheckLimits = GEO_CHECK_LIMITS): Promise<GeoProblem[]> {
  if (job.grids.length === 0) return [];
  const packed = packShapeCheck(job);
  return geoCheckSlots.run(() => runInWorker(packed, limits), owner);
}
