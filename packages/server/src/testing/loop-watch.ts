/** Watching the server process while a test's work runs: the event loop's delay and resident memory. */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const MiB = 1024 * 1024;

export interface Watched<T> {
  result: T;
  /** The longest the event loop was held (10 ms resolution). */
  maxDelayMs: number;
  /** The resident set's peak growth over the work. */
  rssGrowthMb: number;
  ms: number;
}

/**
 * Runs `work` while the event loop's delay and the resident memory are sampled. The histogram is
 * read one timer turn after the work ends: a block that ends with the work is only recorded by the
 * timer it delayed.
 */
export async function watchLoop<T>(work: () => Promise<T>): Promise<Watched<T>> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  loop.enable();
  try {
    const result = await work();
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 30));
    return { result, maxDelayMs: loop.max / 1e6, rssGrowthMb: (peak - base) / MiB, ms };
  } finally {
    loop.disable();
    clearInterval(sampler);
  }
}
