/**
 * A throwaway PostgreSQL database for one benchmark run: created as `gw_bench_<tag>_<pid>` on the
 * server at BENCH_DATABASE_URL (default the local server), migrated, optionally holding the demo
 * data, and dropped by `drop()`.
 */
import pg from 'pg';
import { openPostgres, type Database } from '../../packages/server/src/db/database';
import { migrate } from '../../packages/server/src/db/migrate';
import { ensureDemoData } from '../../packages/server/src/demo/seed';
import { DEMO_PASSWORD } from '../../packages/server/src/modules/auth/password';

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  /** Connection string of the bench database. */
  url: string;
  database: Database;
  drop(): Promise<void>;
}

export async function openBenchDatabase(opts: { tag: string; url?: string; poolSize?: number; demo?: boolean }): Promise<BenchDatabase> {
  const serverUrl = opts.url ?? (process.env.BENCH_DATABASE_URL?.trim() || DEFAULT_URL);
  const name = `gw_bench_${opts.tag}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const database = openPostgres(url, opts.poolSize ?? 10);
  const drop = async () => {
    await database.close().catch(() => {});
    // A closed pool's backends leave a moment later: wait for them, so FORCE does not cut live sockets.
    for (let i = 0; i < 50; i++) {
      const left = await admin
        .query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name])
        .catch(() => ({ rows: [{ n: 0 }] }));
      if (left.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin
      .query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      .catch((e: Error) => console.error(`could not drop ${name}: ${e.message}`));
    await admin.end();
  };
  try {
    await migrate(database.db);
    if (opts.demo !== false) await ensureDemoData(database.db);
  } catch (e) {
    await drop();
    throw e;
  }
  return { name, url, database, drop };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Signs a demo account in over HTTP and returns its bearer token and id. */
export async function signIn(baseUrl: string, username: string): Promise<{ token: string; userId: number }> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: string; user: { id: number } };
  return { token: body.token, userId: body.user.id };
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

/** Milliseconds one call of `f` takes. */
export async function ms(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** Latency of `n` sequential calls of `f`, after up to 20 untimed warm-up calls. */
export async function latency(n: number, f: () => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < Math.min(20, n); i++) await f();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await ms(f));
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] };
}

/** Nearest-rank percentile of an ascending array (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `p50 … ms  p95 … ms  max … ms`, aligned for the benches' tables. */
export function fmtLatency(l: Latency): string {
  return `p50 ${l.p50.toFixed(1).padStart(6)} ms  p95 ${l.p95.toFixed(1).padStart(6)} ms  max ${l.max.toFixed(1).padStart(6)} ms`;
}
