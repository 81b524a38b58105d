/**
 * Supervision board benchmark (issue 3 item 12, second half): GET /api/v1/supervision/board over
 * 1,000,000 generated cases in PostgreSQL, for one community and for the whole street, beside its
 * raw ceiling in the same run:
 *   (a) the real app (`buildApp`, demo data, street1's bearer token) over loopback HTTP: auth, scope,
 *       region lookup, the per-child light counts, the urgent-case list, names and the presenter;
 *   (b) an independently written SQL of the same answer (counts of open, yellow and red cases per
 *       child region, and the first 200 yellow or red cases) sent by a plain `pg` client, no HTTP.
 * The cases are generated SQL-side over the demo street's 36 grids: received uniformly over the past
 * 365 days; those of the last 20 days are mostly still open (received, accepted, in progress), older
 * ones mostly closed or archived, with 2% left open and long overdue; deadlines 1 to 20 days after
 * receipt. Requests are sequential (latency, not throughput); p50/p95 of each side after a warm-up.
 * Target: (a) p95 < 100 ms for a community. Prints a table, then JSON as the last line.
 *
 * Run: npm run bench -- supervision-board   (CASES=200000 for a smaller run)
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { latency, openBenchDatabase, signIn, type BenchDatabase, type Latency, fmtLatency } from './lib/bench-db';

export interface BoardBenchOptions {
  cases?: number;
  /** Timed requests per target and region (default 200). */
  requests?: number;
  print?: boolean;
}

export interface BoardBenchResult {
  name: 'supervision-board';
  cases: number;
  openCases: number;
  generateSeconds: number;
  community: { api: Latency; raw: Latency; open: number; red: number };
  street: { api: Latency; raw: Latency; open: number; red: number };
  target: number;
  pass: boolean;
}

/** Fills `cases` with `n` rows over the grids under `streetPath` (SQL-side, one statement). */
export async function generateCases(client: pg.Client, streetPath: string, n: number, userId: number): Promise<void> {
  await client.query(
    `WITH grids AS (
       SELECT row_number() OVER (ORDER BY code) AS k, id, path, top_region_id FROM regions WHERE type = 'grid' AND path LIKE $1 || '%'
     ), cfg AS (
       SELECT (SELECT count(*) FROM grids) AS ngrids,
              (SELECT array_agg(code ORDER BY code) FROM case_categories) AS cats,
              (SELECT p.version FROM policies p JOIN regions r ON r.id = p.region_id WHERE $1 LIKE r.path || '%'
                ORDER BY length(r.path) DESC, p.version DESC LIMIT 1) AS pv,
              (SELECT p.region_id FROM policies p JOIN regions r ON r.id = p.region_id WHERE $1 LIKE r.path || '%'
                ORDER BY length(r.path) DESC, p.version DESC LIMIT 1) AS pr
     ), rows AS (
       SELECT i, now() - random() * interval '365 days' AS received, random() AS u, 1 + floor(random() * 20)::int AS days
         FROM generate_series(1, $2::int) i
     ), shaped AS (
       SELECT r.*, CASE
           WHEN r.received > now() - interval '20 days' AND r.u < 0.9 THEN (ARRAY['received','accepted','in-progress'])[1 + (r.i % 3)]
           WHEN r.received <= now() - interval '20 days' AND r.u < 0.02 THEN 'in-progress'
           WHEN r.u < 0.5 THEN 'closed' ELSE 'archived' END AS status
       FROM rows r
     )
     INSERT INTO cases (top_region_id, grid_id, grid_path, title, description, category, source, case_class, tier, status, version,
                        received_at, clock_start, deadline, deadline_provisional, policy_version, policy_region_id, owner_id, created_by,
                        handling_unit, met_at, on_time, state, created_at, updated_at)
     SELECT g.top_region_id, g.id, g.path, '生成案件 ' || s.i, '基准测试生成的案件', cfg.cats[1 + (s.i % array_length(cfg.cats, 1))], 'field',
       'general', 'grid-worker', s.status, 1,
            s.received, s.received, s.received + s.days * interval '1 day', false, cfg.pv, cfg.pr, $3, $3,
            CASE WHEN s.status IN ('closed','archived') THEN '社区居委会' END,
            CASE WHEN s.status IN ('closed','archived') THEN s.received + (s.days * s.u * 1.2) * interval '1 day' END,
            CASE WHEN s.status IN ('closed','archived') THEN s.u * 1.2 <= 1 END,
            '{}'::jsonb, s.received, s.received
     FROM shaped s CROSS JOIN cfg JOIN grids g ON g.k = 1 + (s.i % cfg.ngrids)`,
    [streetPath, n, userId],
  );
  await client.query('VACUUM ANALYZE cases');
}

/** The raw ceiling: the same answer as the board, written directly in SQL. */
async function rawBoard(client: pg.Client, path: string): Promise<{ open: number; red: number }> {
  const counts = client.query<{ child: string; open: number; yellow: number; red: number }>(
    `SELECT split_part(substr(c.grid_path, length($1) + 1), '/', 1) AS child,
            count(*)::int AS open,
            count(*) FILTER (WHERE c.met_at IS NULL AND c.deadline >= now()
              AND c.clock_start + (c.deadline - c.clock_start) * 0.8 <= now())::int AS yellow,
            count(*) FILTER (WHERE c.met_at IS NULL AND c.deadline < now())::int AS red
     FROM cases c
     WHERE c.grid_path LIKE $1 || '%' AND c.grid_path <> $1 AND c.status NOT IN ('closed','archived','rejected','merged')
     GROUP BY 1`,
    [path],
  );
  const urgent = client.query(
    `SELECT c.id, c.title, c.grid_id, c.status, c.deadline, c.case_class, c.tier, c.handling_unit
     FROM (SELECT top_region_id, id, deadline FROM cases
           WHERE grid_path LIKE $1 || '%' AND status NOT IN ('closed','archived','rejected','merged') AND met_at IS NULL
             AND clock_start + (deadline - clock_start) * 0.8 <= now()
           ORDER BY deadline, id LIMIT 200) u
     JOIN cases c ON c.top_region_id = u.top_region_id AND c.id = u.id
     ORDER BY u.deadline, u.id`,
    [path],
  );
  const rows = (await counts).rows;
  await urgent;
  return { open: rows.reduce((s, r) => s + r.open, 0), red: rows.reduce((s, r) => s + r.red, 0) };
}

export async function main(options: BoardBenchOptions = {}): Promise<BoardBenchResult> {
  const { cases = Number(process.env.CASES ?? 1_000_000), requests = 200, print = true } = options;
  let bench: BenchDatabase | null = null;
  let app: Awaited<ReturnType<typeof buildApp>>['app'] | null = null;
  let raw: pg.Client | null = null;
  try {
    bench = await openBenchDatabase({ tag: 'board' });
    const { database } = bench;
    const street = await database.db
      .selectFrom('regions')
      .select(['id', 'path'])
      .where('type', '=', 'street')
      .where('name', '=', '幸福街道')
      .executeTakeFirstOrThrow();
    const community = await database.db
      .selectFrom('regions')
      .select(['id', 'path'])
      .where('type', '=', 'community')
      .where('path', 'like', `${street.path}%`)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const owner = await database.db.selectFrom('users').select('id').where('username', '=', 'worker1').executeTakeFirstOrThrow();
    const client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    raw = client;
    const started = performance.now();
    await generateCases(client, street.path, cases, owner.id);
    const generateSeconds = (performance.now() - started) / 1000;
    const openCases = Number(
      (await client.query<{ n: string }>("SELECT count(*) AS n FROM cases WHERE status NOT IN ('closed','archived','rejected','merged')"))
        .rows[0].n,
    );

    const built = await buildApp({ config: { ...loadConfig({}), demo: false, databaseUrl: bench.url }, database });
    app = built.app;
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { token } = await signIn(base, 'street1');
    const board = async (regionId: number) => {
      const res = await fetch(`${base}/api/v1/supervision/board?regionId=${regionId}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`board ${regionId}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { totals: { open: number; red: number } };
    };
    const side = async (region: { id: number; path: string }) => {
      const [apiAnswer, rawAnswer] = [await board(region.id), await rawBoard(client, region.path)];
      if (apiAnswer.totals.open !== rawAnswer.open || apiAnswer.totals.red !== rawAnswer.red) {
        throw new Error(`answers differ for region ${region.id}: api ${JSON.stringify(apiAnswer.totals)} raw ${JSON.stringify(rawAnswer)}`);
      }
      const api = await latency(requests, () => board(region.id));
      const rawLatency = await latency(requests, () => rawBoard(client, region.path));
      return { api, raw: rawLatency, open: rawAnswer.open, red: rawAnswer.red };
    };
    const communityResult = await side(community);
    const streetResult = await side(street);
    const result: BoardBenchResult = {
      name: 'supervision-board',
      cases,
      openCases,
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      community: communityResult,
      street: streetResult,
      target: 100,
      pass: communityResult.api.p95 < 100,
    };
    if (print) printReport(result);
    return result;
  } finally {
    await app?.close().catch(() => {});
    await raw?.end().catch(() => {});
    await bench?.drop();
  }
}

function printReport(r: BoardBenchResult): void {
  const f = fmtLatency;
  console.log(`${r.cases.toLocaleString('en')} cases (${r.openCases.toLocaleString('en')} open), generated in ${r.generateSeconds} s`);
  for (const [label, s] of [
    ['community', r.community],
    ['street', r.street],
  ] as const) {
    console.log(`${label.padEnd(9)} (${s.open} open, ${s.red} red)`);
    console.log(`  (a) real API GET /supervision/board  ${f(s.api)}`);
    console.log(`  (b) raw SQL, same answer             ${f(s.raw)}   ratio p95 (a)/(b) ${(s.api.p95 / s.raw.p95).toFixed(2)}`);
  }
  console.log(`target: community p95 < ${r.target} ms: ${r.pass ? 'ok' : 'MISSED'}`);
  console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
