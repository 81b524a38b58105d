/**
 * Case intake benchmark (issue 3 item 12, first half): POST /api/v1/cases through the real API on
 * PostgreSQL, side by side in the same run with its raw ceiling:
 *   (a) the real app: `buildApp` (demo off) on a fresh, migrated database holding the demo data,
 *       listening on 127.0.0.1; a hotline operator's bearer token; auth, scope, category, policy,
 *       calendar, core `newCase`, the transaction (case, reporter, timeline, audit) and the presenter;
 *   (b) a raw Fastify route written independently: a plain `pg` Pool of the same size, no Kysely,
 *       no core, no validation beyond JSON parsing, that does the same SQL writes in one
 *       transaction (cases with the same columns, case_reporters, the case_timeline intake row,
 *       the audit_log row) and answers 201 with the id.
 * One load generator (a worker thread, so it does not share the servers' event loop) drives both
 * over loopback with N keep-alive connections posting the same realistic body for a fixed time.
 * Rounds alternate (a), (b), (a), (b)... after a warm-up; the best round of each counts (the
 * machine is shared). Target: (a)/(b) ≥ 0.6. Prints a table, then JSON as the last line.
 *
 * Database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is used to
 * create `gw_bench_<pid>`, which is dropped at the end.
 * Run: npm run bench -- cases-intake   (or: node --import tsx bench/cases-intake.bench.ts)
 */
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import type { Database } from '../packages/server/src/db/database';
import { DEFAULT_URL, openBenchDatabase, signIn, type BenchDatabase } from './lib/bench-db';

export interface CasesIntakeBenchOptions {
  /** Admin URL of the PostgreSQL server (default BENCH_DATABASE_URL or the local default). */
  url?: string;
  /** Concurrent keep-alive connections (default 32). */
  connections?: number;
  /** Seconds per timed round (default 5). */
  seconds?: number;
  /** Timed rounds per target (default 3). */
  rounds?: number;
  /** Warm-up seconds per target before the rounds (default 2). */
  warmup?: number;
  /** Connections of each server's pool (default 10, as the app's own PostgreSQL pool). */
  poolSize?: number;
  /** Log requests like production (pino at info, to a discarding stream). Default false. */
  logs?: boolean;
  /** Send a fresh Idempotency-Key with every request (as the web intake does; the raw route ignores it). Default false. */
  idempotency?: boolean;
  /** Drive only one target (for profiling one side with --cpu-prof); the ratio is then not computed. */
  only?: 'api' | 'raw';
  print?: boolean;
}

interface Round {
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface CasesIntakeBenchResult {
  name: 'cases-intake';
  connections: number;
  secondsPerRound: number;
  rounds: number;
  poolSize: number;
  logs: boolean;
  idempotency: boolean;
  api: Round;
  raw: Round;
  apiRounds: number[];
  rawRounds: number[];
  rowsWritten: { api: number; raw: number };
  ratio: number;
  target: number;
  pass: boolean;
}

const HEPING_G01 = '110199001001001'; // the demo grid of worker1 and leader1 (xingfu/heping/g01)

/** A hotline intake as operators enter it: category, class, grid, and a named resident with a phone. */
function intakeBody(gridId: number) {
  return {
    title: '和谐苑3号楼楼道堆放杂物',
    description: '居民来电反映和谐苑3号楼2单元楼道内长期堆放纸箱和旧家具，堵塞疏散通道，存在消防隐患，希望尽快清理。',
    category: 'safety-hazard',
    caseClass: 'general',
    source: 'hotline',
    gridId,
    reporter: { name: '王秀英', phone: '13812345678' },
  };
}

export async function main(options: CasesIntakeBenchOptions = {}): Promise<CasesIntakeBenchResult> {
  const {
    url = process.env.BENCH_DATABASE_URL?.trim() || DEFAULT_URL,
    connections = 32,
    seconds = 5,
    rounds = 3,
    warmup = 2,
    poolSize = 10,
    logs = false,
    idempotency = false,
    only,
    print = true,
  } = options;
  let bench: BenchDatabase | null = null;
  let api: FastifyInstance | null = null;
  let raw: { app: FastifyInstance; pool: pg.Pool } | null = null;
  try {
    bench = await openBenchDatabase({ tag: 'intake', url, poolSize });
    const { database, url: dbUrl } = bench;
    const grid = await database.db
      .selectFrom('regions')
      .select(['id', 'path', 'top_region_id'])
      .where('code', '=', HEPING_G01)
      .executeTakeFirstOrThrow();
    const body = JSON.stringify(intakeBody(grid.id));

    const built = await buildApp({
      // a data key, as production requires: reporter phones are sealed at intake (D10)
      config: { ...loadConfig({}), demo: false, databaseUrl: dbUrl, dataKey: Buffer.alloc(32, 1).toString('base64') },
      database,
      logger: logs ? { level: 'info', stream: { write: () => {} } } : false,
    });
    api = built.app;
    const apiUrl = await api.listen({ host: '127.0.0.1', port: 0 });
    const { token, userId } = await signIn(apiUrl, 'hotline1');
    const headers = { authorization: `Bearer ${token}` };

    raw = await startRaw(dbUrl, poolSize, { userId, gridId: grid.id, gridPath: grid.path, topRegionId: grid.top_region_id! });
    const rawUrl = await raw.app.listen({ host: '127.0.0.1', port: 0 });

    // Both answer the same body with 201 before anything is timed.
    for (const target of [`${apiUrl}/api/v1/cases`, `${rawUrl}/raw/cases`]) {
      const res = await fetch(target, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
      if (res.status !== 201) throw new Error(`${target}: ${res.status} ${await res.text()}`);
    }

    const targets = { api: `${apiUrl}/api/v1/cases`, raw: `${rawUrl}/raw/cases` } as const;
    const drive = (which: keyof typeof targets, warmMs: number, ms: number) =>
      load({ url: targets[which], body, headers, connections, warmupMs: warmMs, durationMs: ms, idempotency });
    const sides = only ? [only] : (['api', 'raw'] as const);
    for (const which of sides) await drive(which, warmup * 1000, 0);
    const results: { api: Round[]; raw: Round[] } = { api: [], raw: [] };
    const written = { api: 0, raw: 0 };
    for (let r = 0; r < rounds; r++) {
      for (const which of sides) {
        const before = await countCases(database);
        const round = await drive(which, 0, seconds * 1000);
        written[which] += (await countCases(database)) - before;
        results[which].push(round);
        if (print) console.log(`  round ${r + 1} ${which.padEnd(3)} ${fmtRound(round)}`);
      }
    }
    const none: Round = { requests: 0, errors: 0, statuses: {}, seconds: 0, rps: NaN, p50: NaN, p95: NaN, p99: NaN };
    const best = (rs: Round[]) => rs.reduce((a, b) => (b.rps > a.rps ? b : a), rs[0] ?? none);
    const [apiBest, rawBest] = [best(results.api), best(results.raw)];
    const ratio = apiBest.rps / rawBest.rps;
    const ok = (rs: Round[]) => rs.reduce((n, r) => n + (r.statuses['201'] ?? 0), 0);
    const result: CasesIntakeBenchResult = {
      name: 'cases-intake',
      connections,
      secondsPerRound: seconds,
      rounds,
      poolSize,
      logs,
      idempotency,
      api: apiBest,
      raw: rawBest,
      apiRounds: results.api.map((r) => Math.round(r.rps)),
      rawRounds: results.raw.map((r) => Math.round(r.rps)),
      rowsWritten: written,
      ratio,
      target: 0.6,
      pass:
        ratio >= 0.6 && apiBest.errors === 0 && rawBest.errors === 0 && written.api === ok(results.api) && written.raw === ok(results.raw),
    };
    if (print) printReport(result, ok(results.api), ok(results.raw));
    return result;
  } finally {
    await api?.close().catch(() => {});
    if (raw) {
      await raw.app.close().catch(() => {});
      await raw.pool.end().catch(() => {});
    }
    await bench?.drop();
  }
}

async function countCases(database: Database): Promise<number> {
  const r = await database.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ─── (b) the raw route ──────────────────────────────────────────────────────────────────────

interface RawFixed {
  userId: number;
  gridId: number;
  gridPath: string;
  topRegionId: number;
}

/**
 * The same writes as an intake, by hand: what was looked up once at start (grid, policy, tier)
 * is fixed, the deadline is receipt + 7 days (no calendar), the state document is written as-is,
 * the reporter's phone is sealed with the raw route's own key.
 */
/** The raw route seals the reporter's phone as the API does (AES-256-GCM, keyed hash, mask), with its own key. */
const RAW_KEY = randomBytes(32);
function sealPhone(phone: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', RAW_KEY, iv);
  return Buffer.concat([iv, cipher.update(phone, 'utf8'), cipher.final(), cipher.getAuthTag()]);
}
function hashPhone(phone: string): string {
  return createHmac('sha256', RAW_KEY)
    .update(`phone:${phone.replace(/\D/g, '')}`)
    .digest('base64url');
}

async function startRaw(url: string, poolSize: number, fixed: RawFixed): Promise<{ app: FastifyInstance; pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {});
  const policy = await pool.query<{ version: number; region_id: number }>(
    'SELECT version, region_id FROM policies WHERE region_id = ANY($1::int[]) ORDER BY array_position($1::int[], region_id) DESC, ' +
      'version DESC LIMIT 1',
    [fixed.gridPath.split('/').filter(Boolean).map(Number)],
  );
  const { version: policyVersion, region_id: policyRegionId } = policy.rows[0];
  const tier = (await pool.query<{ default_tier: string }>("SELECT default_tier FROM case_categories WHERE code = 'safety-hazard'")).rows[0]
    .default_tier;
  const state = JSON.stringify({
    classConfirmed: false,
    extension: null,
    escalations: 0,
    reopenCount: 0,
    respondedBy: null,
    feedback: null,
    verifiedBy: null,
    closure: null,
    mergedInto: null,
    rejectReason: null,
  });
  const app = Fastify({ logger: false });
  app.post('/raw/cases', async (req, reply) => {
    const b = req.body as {
      title: string;
      description: string;
      category: string;
      caseClass: string;
      source: string;
      location?: { lat: number; lng: number };
      reporter?: { name?: string; phone?: string; anonymous?: boolean; confidential?: boolean };
      visitId?: number;
    };
    const now = new Date();
    const deadline = new Date(now.getTime() + 7 * 86_400_000);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO cases (top_region_id, grid_id, grid_path, title, description, category, source, case_class, tier, status, version,
           received_at, clock_start, deadline, deadline_provisional, policy_version, policy_region_id, lat, lng, owner_id, created_by,
           handler_id, handling_unit, met_at, on_time, visit_id, state, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'received', 1, $10, $10, $11, false, $12, $13, $14, $15, $16, $16,
           NULL, NULL, NULL, NULL, $17, $18, $10)
         RETURNING id`,
        [
          fixed.topRegionId,
          fixed.gridId,
          fixed.gridPath,
          b.title,
          b.description,
          b.category,
          b.source,
          b.caseClass,
          tier,
          now,
          deadline,
          policyVersion,
          policyRegionId,
          b.location?.lat ?? null,
          b.location?.lng ?? null,
          fixed.userId,
          b.visitId ?? null,
          state,
        ],
      );
      const id = inserted.rows[0].id;
      const r = b.reporter;
      if (r) {
        const phone = r.anonymous ? null : (r.phone ?? null);
        await client.query(
          'INSERT INTO case_reporters (top_region_id, case_id, name, anonymous, confidential, phone_enc, phone_hash, phone_mask) VALUES ' +
            '($1, $2, $3, $4, $5, $6, $7, $8)',
          [
            fixed.topRegionId,
            id,
            r.anonymous ? null : (r.name ?? null),
            r.anonymous ?? false,
            r.confidential ?? false,
            phone && sealPhone(phone),
            phone && hashPhone(phone),
            phone && `${phone.slice(0, 3)}****${phone.slice(-4)}`,
          ],
        );
      }
      await client.query(
        `INSERT INTO case_timeline (top_region_id, case_id, seq, at, actor_id, action, from_status, to_status, details)
         VALUES ($1, $2, 1, $3, $4, 'intake', NULL, 'received', $5)`,
        [
          fixed.topRegionId,
          id,
          now,
          fixed.userId,
          JSON.stringify({ receivedAt: now, caseClass: b.caseClass, tier, deadline, deadlineProvisional: false, policyVersion }),
        ],
      );
      await client.query(
        `INSERT INTO audit_log (top_region_id, actor_id, action, entity, entity_id, region_id, after, request_id)
         VALUES ($1, $2, 'case.create', 'case', $3, $4, $5, $6)`,
        [
          fixed.topRegionId,
          fixed.userId,
          String(id),
          fixed.gridId,
          JSON.stringify({ ...b, reporter: r ? { confidential: r.confidential ?? false, anonymous: r.anonymous ?? false } : null }),
          req.id,
        ],
      );
      await client.query('COMMIT');
      return reply.status(201).send({
        id,
        version: 1,
        status: 'received',
        tier,
        gridId: fixed.gridId,
        caseClass: b.caseClass,
        receivedAt: now,
        deadline,
        deadlineProvisional: false,
        policyVersion,
      });
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  });
  return { app, pool };
}

// ─── the load generator (one worker thread, plain node:http keep-alive) ─────────────────────

interface LoadSpec {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  warmupMs: number;
  durationMs: number;
  idempotency: boolean;
}

const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { url, body, headers, connections, warmupMs, durationMs, idempotency } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const payload = Buffer.from(body);
const options = { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
  headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length } };
const keyPrefix = Math.random().toString(36).slice(2);
let sent = 0;
const once = () => new Promise((resolve) => {
  const t0 = performance.now();
  const opts = idempotency ? { ...options, headers: { ...options.headers, 'idempotency-key': keyPrefix + '-' + sent++ } } : options;
  const req = http.request(opts, (res) => {
    res.resume();
    res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - t0 }));
  });
  req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
  req.end(payload);
});
async function loop(until, record) {
  while (performance.now() < until) record(await once());
}
(async () => {
  const warmEnd = performance.now() + warmupMs;
  await Promise.all(Array.from({ length: connections }, () => loop(warmEnd, () => {})));
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: connections }, () => loop(t0 + durationMs, (r) => {
    statuses[r.status] = (statuses[r.status] || 0) + 1;
    if (r.status >= 200 && r.status < 300) latencies.push(r.ms); else errors++;
  })));
  const elapsedMs = performance.now() - t0;
  agent.destroy();
  parentPort.postMessage({ latencies, statuses, errors, elapsedMs });
})();
`;

function load(spec: LoadSpec): Promise<Round> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: spec });
    worker.once('error', reject);
    worker.once('message', (m: { latencies: number[]; statuses: Record<string, number>; errors: number; elapsedMs: number }) => {
      void worker.terminate();
      const sorted = Float64Array.from(m.latencies).sort();
      const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
      const seconds = m.elapsedMs / 1000;
      resolve({
        requests: sorted.length,
        errors: m.errors,
        statuses: m.statuses,
        seconds,
        rps: seconds > 0 ? sorted.length / seconds : 0,
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
      });
    });
  });
}

// ─── report ─────────────────────────────────────────────────────────────────────────────────

function fmtRound(r: Round): string {
  const errors = r.errors ? `  ERRORS ${r.errors} ${JSON.stringify(r.statuses)}` : '';
  return (
    `${Math.round(r.rps).toLocaleString('en-US').padStart(7)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ` +
    `${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  (${r.requests} in ${r.seconds.toFixed(1)} s)${errors}`
  );
}

function printReport(r: CasesIntakeBenchResult, apiOk: number, rawOk: number): void {
  const extras = [r.logs ? ', request logs on' : '', r.idempotency ? ', a fresh Idempotency-Key per request' : ''].join('');
  console.log(
    `cases-intake: PostgreSQL, ${r.connections} connections, pools of ${r.poolSize}, ${r.rounds} × ${r.secondsPerRound} s rounds per ` +
      `target, best round counts${extras}`,
  );
  console.log('                                   req/s      p50       p95       p99');
  const row = (label: string, x: Round) =>
    console.log(
      `${label.padEnd(32)}${Math.round(x.rps).toLocaleString('en-US').padStart(8)}  ${x.p50.toFixed(1).padStart(6)} ms ` +
        `${x.p95.toFixed(1).padStart(6)} ms ${x.p99.toFixed(1).padStart(6)} ms`,
    );
  row('(a) real API POST /api/v1/cases', r.api);
  row('(b) raw route, same SQL writes', r.raw);
  console.log(
    `ratio (a)/(b) ${r.ratio.toFixed(2)} (≥ 0.6: ${r.ratio >= 0.6 ? 'ok' : 'MISSED'}); rounds (a) ${r.apiRounds.join(' / ')}, (b) ` +
      `${r.rawRounds.join(' / ')} req/s`,
  );
  console.log(
    `rows written = 201 answers: (a) ${r.rowsWritten.api} = ${apiOk} ${r.rowsWritten.api === apiOk ? 'yes' : 'NO'}; (b) ` +
      `${r.rowsWritten.raw} = ${rawOk} ${r.rowsWritten.raw === rawOk ? 'yes' : 'NO'}`,
  );
  console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = (n: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.split('=')[1];
  await main({
    connections: flag('connections') ? Number(flag('connections')) : undefined,
    seconds: flag('seconds') ? Number(flag('seconds')) : undefined,
    rounds: flag('rounds') ? Number(flag('rounds')) : undefined,
    logs: process.argv.includes('--logs'),
    idempotency: process.argv.includes('--idempotency'),
    only: flag('only') as 'api' | 'raw' | undefined,
  });
}
