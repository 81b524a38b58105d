/**
 * Assessment benchmark (issue "Team operations"): monthly and yearly team scoring for a district of
 * 1,000 grids and 3,000 members over a year of generated records in PostgreSQL, beside an
 * independently written baseline in the same run.
 *
 * Data (bench/lib/assessment-generate.ts, SQL-side, relative to now): a district of its own with the
 * community preset, its team, a year of diaries, selections, meetings with invitees, trainings with
 * roll call, cases with on-time decisions and feedback steps, rewards, verification tasks and
 * supervision reports. Households and visits only with HOUSEHOLDS=n (the households benchmark's
 * generator over every grid); without them every grid's visit compliance is 1 (0 of 0) on both sides.
 *
 * Measured, as the district's admin (`bmadmin`), for the last full month and for the current year:
 *   (a) GET /api/v1/assessment/scores?regionId=<district>&period=…&level=worker|grid through the
 *       real app (`buildApp`) over loopback HTTP;
 *   (b) the baseline (bench/lib/assessment-baseline.ts): one SQL statement of every fact sent by a
 *       plain `pg` client, summed, scored and ranked in a few lines of JS.
 *   Both rankings are compared subject by subject (score, rank, each part's done/of, value, points)
 *   before anything is timed; differences are counted and the first ones printed, never hidden.
 *   Then rounds alternate (a) and (b) after a warm-up; p50/p95 of each. Target: (a)/(b) ≤ 1.5 (p50).
 *   (c) GET /api/v1/assessment/records for one grid worker (regionId = the district, as the ranking
 *       page drills down), every item of the period in turn, sequential requests after a warm-up;
 *       each answer's part checked against the baseline's and its records against the part.
 *       Target: p95 < 50 ms.
 *   Then where the time goes: the server's own functions called directly (median of 3).
 * Prints a table, then JSON as the last line.
 *
 * Run: npm run bench -- assessment
 *   GRIDS=1000 MEMBERS=3000 CASES=250000 (defaults); GRIDS=100 MEMBERS=300 CASES=25000 for a quick check;
 *   HOUSEHOLDS=100000 adds households and visits; MONTH=YYYY-MM YEAR=YYYY; ROUNDS=10 (ranking),
 *   DRILL=20 (requests per item); KEEP=1 keeps a copy of the database (`<name>_kept`, printed) for EXPLAIN.
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import { PRESETS } from '@gridwork/core/policy';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { listSubjects, subjectFacts } from '../packages/server/src/modules/assessment/assessment.facts';
import { monthEnds, periodFromText } from '../packages/server/src/modules/assessment/assessment.period';
import { drillRecords } from '../packages/server/src/modules/assessment/assessment.records';
import { computeCompliance } from '../packages/server/src/modules/compliance/compliance.service';
import { listMembers } from '../packages/server/src/modules/team/members';
import { compareScores, itemsFor, rawPeriod, rawScores, type ApiScored, type Level, type RawScored } from './lib/assessment-baseline';
import { generateAssessmentData, type AssessmentData } from './lib/assessment-generate';
import {
  DEFAULT_URL,
  fmtLatency,
  ms,
  openBenchDatabase,
  percentile,
  signIn,
  withDatabase,
  type BenchDatabase,
  type Latency,
} from './lib/bench-db';
import { generateHouseholds } from './lib/households-generate';

export interface AssessmentBenchOptions {
  grids?: number;
  members?: number;
  cases?: number;
  households?: number;
  /** Timed rounds of each ranking, alternating (a) and (b) (default 10, after 2 warm-up rounds). */
  rounds?: number;
  /** Timed drill-down requests per item (default 20, after 2 warm-up requests). */
  drill?: number;
  month?: string;
  year?: string;
  keep?: boolean;
  print?: boolean;
}

interface RankingResult {
  level: Level;
  period: string;
  subjects: number;
  mismatches: number;
  firstMismatches: string[];
  api: Latency;
  raw: Latency;
  ratioP50: number;
  ratioP95: number;
  pass: boolean;
}

interface DrillResult {
  period: string;
  items: Record<string, { p50: number; p95: number; records: number }>;
  all: Latency;
  mismatches: string[];
  pass: boolean;
}

interface Breakdown {
  period: string;
  listMembers: number;
  subjectFactsAll: number;
  compliance: number;
  monthEnds: number;
  subjectFactsOne: number;
  drillRecords: number;
}

export interface AssessmentBenchResult {
  name: 'assessment';
  data: Omit<AssessmentData, 'phases'> & { phases: Record<string, number>; households: number };
  worker: { id: number; name: string };
  rankings: RankingResult[];
  drill: DrillResult[];
  breakdown: Breakdown[];
  targets: { ratio: number; drillP95: number };
  pass: boolean;
}

const POLICY_ITEMS = PRESETS.community.assessment!.items;
const DIARY_COUNT = Object.values(PRESETS.community.diary?.obligations ?? {}).find((o) => o.subject === 'team-member')?.count ?? 0;

function summary(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

async function median3(f: () => Promise<unknown>): Promise<number> {
  const t = [await ms(f), await ms(f), await ms(f)].sort((a, b) => a - b);
  return Math.round(t[1] * 10) / 10;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function main(options: AssessmentBenchOptions = {}): Promise<AssessmentBenchResult> {
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const grids = options.grids ?? env('GRIDS', 1000);
  const members = options.members ?? env('MEMBERS', grids * 3);
  const cases = options.cases ?? env('CASES', grids * 250);
  const households = options.households ?? env('HOUSEHOLDS', 0);
  const rounds = options.rounds ?? env('ROUNDS', 10);
  const drillRequests = options.drill ?? env('DRILL', 20);
  const keep = options.keep ?? process.env.KEEP === '1';
  const print = options.print ?? true;
  const today = shanghaiDate(new Date());
  const month = options.month ?? process.env.MONTH ?? addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const year = options.year ?? process.env.YEAR ?? month.slice(0, 4);
  let bench: BenchDatabase | null = null;
  let app: Awaited<ReturnType<typeof buildApp>>['app'] | null = null;
  let client: pg.Client | null = null;
  try {
    bench = await openBenchDatabase({ tag: 'assessment' });
    const { database } = bench;
    client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    const raw = client;
    const data = await generateAssessmentData(raw, { grids, members, cases }, PRESETS.community);
    if (households > 0) {
      const focus = (await raw.query<{ id: number }>(`SELECT id FROM regions WHERE code = 'bm-g00000'`)).rows[0].id;
      const h = await generateHouseholds(raw, {
        households,
        focusGridId: focus,
        focusCount: 0,
        streetVisitor: data.adminId,
        townVisitor: data.adminId,
        today,
      });
      data.phases.households = h.seconds;
      data.seconds = round2(data.seconds + h.seconds);
    }
    const districtHouseholds = Number(
      (await raw.query<{ n: string }>('SELECT count(*) AS n FROM households WHERE grid_path LIKE $1', [`${data.districtPath}%`])).rows[0].n,
    );

    const built = await buildApp({ config: { ...loadConfig({}), demo: false, databaseUrl: bench.url }, database });
    app = built.app;
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { token } = await signIn(base, data.admin);
    const get = async (url: string) => {
      const res = await fetch(`${base}/api/v1${url}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res;
    };
    const scoresUrl = (period: string, level: Level) => `/assessment/scores?regionId=${data.districtId}&period=${period}&level=${level}`;
    const baseline = (period: string, level: Level) => {
      const p = rawPeriod(period, shanghaiDate(new Date()));
      return rawScores(raw, data.districtPath, p, level, {
        items: itemsFor(POLICY_ITEMS, p.kind, level),
        diaryCount: DIARY_COUNT,
        households: districtHouseholds > 0,
      });
    };

    // (a) and (b): the whole district's ranking
    const rankings: RankingResult[] = [];
    const rawWorkers = new Map<string, RawScored[]>();
    for (const period of [month, year])
      for (const level of ['worker', 'grid'] as const) {
        const apiAnswer = (await (await get(scoresUrl(period, level))).json()) as { items: ApiScored[] };
        const rawAnswer = await baseline(period, level);
        if (level === 'worker') rawWorkers.set(period, rawAnswer);
        const cmp = compareScores(apiAnswer.items, rawAnswer);
        const a: number[] = [];
        const b: number[] = [];
        const callApi = async () => (await get(scoresUrl(period, level))).arrayBuffer();
        for (let i = 0; i < 2; i++) {
          await callApi();
          await baseline(period, level);
        }
        for (let i = 0; i < rounds; i++) {
          a.push(await ms(callApi));
          b.push(await ms(() => baseline(period, level)));
        }
        const api = summary(a);
        const rawLatency = summary(b);
        rankings.push({
          level,
          period,
          subjects: cmp.subjects,
          mismatches: cmp.differing,
          firstMismatches: cmp.lines.slice(0, 8),
          api,
          raw: rawLatency,
          ratioP50: round2(api.p50 / rawLatency.p50),
          ratioP95: round2(api.p95 / rawLatency.p95),
          pass: api.p50 / rawLatency.p50 <= 1.5,
        });
      }

    // (c): one grid worker's drill-down, every item of the period
    const workers = (
      await raw.query<{ id: number; name: string }>(
        `SELECT u.id, u.display_name AS name FROM role_assignments a JOIN users u ON u.id = a.user_id JOIN regions r ON r.id = a.region_id
         WHERE a.role = 'grid-worker' AND u.active AND r.path LIKE $1 ORDER BY r.code, u.id`,
        [`${data.districtPath}%`],
      )
    ).rows;
    const worker = workers[Math.floor(workers.length / 2)];
    const drill: DrillResult[] = [];
    for (const period of [month, year]) {
      const items = itemsFor(POLICY_ITEMS, period.length === 4 ? 'year' : 'month', 'worker').map((i) => i.item);
      const rawMine = rawWorkers.get(period)!.find((s) => s.id === worker.id)!;
      const url = (item: string) =>
        `/assessment/records?regionId=${data.districtId}&period=${period}&level=worker&subjectId=${worker.id}&item=${item}`;
      const mismatches: string[] = [];
      const perItem: DrillResult['items'] = {};
      const all: number[] = [];
      for (const item of items) {
        const answer = (await (await get(url(item))).json()) as DrillAnswer;
        const rp = rawMine.parts.find((x) => x.item === item)!;
        const { part } = answer;
        if (part.done !== rp.done || part.of !== rp.of || part.points !== rp.points)
          mismatches.push(`${item}: part api ${part.done}/${part.of} ${part.points} pts, baseline ${rp.done}/${rp.of} ${rp.points} pts`);
        const disagree = recordsDisagree(item, part, answer.records);
        if (disagree) mismatches.push(`${item}: ${disagree}`);
        const call = async () => (await get(url(item))).arrayBuffer();
        for (let i = 0; i < 2; i++) await call();
        const samples: number[] = [];
        for (let i = 0; i < drillRequests; i++) samples.push(await ms(call));
        all.push(...samples);
        const s = summary(samples);
        perItem[item] = { p50: round2(s.p50), p95: round2(s.p95), records: answer.records.length };
      }
      const total = summary(all);
      drill.push({ period, items: perItem, all: total, mismatches, pass: total.p95 < 50 });
    }

    // where the time goes: the server's functions, called directly as the routes call them
    const breakdown: Breakdown[] = [];
    const db = database.db;
    for (const period of [month, year]) {
      const p = periodFromText(period, shanghaiDate(new Date()));
      const everyone = await listMembers(db, data.districtPath);
      const subjects = await listSubjects(db, data.districtPath, 'worker', everyone);
      const one = subjects.filter((s) => s.id === worker.id);
      const mine = everyone.filter((m) => m.userId === worker.id);
      breakdown.push({
        period,
        listMembers: await median3(() => listMembers(db, data.districtPath)),
        subjectFactsAll: await median3(() => subjectFacts(db, data.districtPath, subjects, everyone, p, DIARY_COUNT)),
        compliance: await median3(async () => {
          for (const date of monthEnds(p)) await computeCompliance(db, data.districtPath, date, { groupBy: 'grid' });
        }),
        monthEnds: monthEnds(p).length,
        subjectFactsOne: await median3(() =>
          subjectFacts(db, one[0].path, one, mine, p, DIARY_COUNT, { items: ['case-timeliness'], within: data.districtPath }),
        ),
        drillRecords: await median3(() => drillRecords(db, one[0], everyone, 'case-timeliness', p, DIARY_COUNT, data.districtPath)),
      });
    }

    const result: AssessmentBenchResult = {
      name: 'assessment',
      data: { ...data, households: districtHouseholds },
      worker,
      rankings,
      drill,
      breakdown,
      targets: { ratio: 1.5, drillP95: 50 },
      pass: rankings.every((r) => r.pass && r.mismatches === 0) && drill.every((d) => d.pass && d.mismatches.length === 0),
    };
    if (print) printReport(result, rounds, drillRequests);
    return result;
  } finally {
    await app?.close().catch(() => {});
    await client?.end().catch(() => {});
    if (keep && bench) await keepCopy(bench).catch((e: Error) => console.error(`could not keep the database: ${e.message}`));
    await bench?.drop();
  }
}

/** KEEP=1: a copy of the bench database (`<name>_kept`) for EXPLAIN, made once nothing is connected to it. */
async function keepCopy(bench: BenchDatabase): Promise<void> {
  await bench.database.close();
  const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL?.trim() || DEFAULT_URL });
  await admin.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const left = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [bench.name]);
      if (left.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${bench.name}_kept`);
    await admin.query(`CREATE DATABASE ${bench.name}_kept TEMPLATE ${bench.name}`);
    console.log(`kept a copy: ${withDatabase(bench.url, `${bench.name}_kept`)} (DROP DATABASE ${bench.name}_kept when done)`);
  } finally {
    await admin.end();
  }
}

interface DrillAnswer {
  part: { item: string; done: number; of: number; points: number };
  records: Array<{ counts: 'done' | 'missed' | 'excused' | 'points'; value?: number }>;
}

const COUNTED_ITEMS = new Set(['case-timeliness', 'satisfaction', 'diary-compliance', 'attendance', 'verification']);

/** Do the records make up the part? Counted items: done and done + missed; the others: the sum of the values. */
function recordsDisagree(item: string, part: DrillAnswer['part'], records: DrillAnswer['records']): string | null {
  if (records.length >= 500) return null; // a capped list (LIMIT 500) cannot add up
  if (COUNTED_ITEMS.has(item)) {
    const done = records.filter((r) => r.counts === 'done').length;
    const of = done + records.filter((r) => r.counts === 'missed').length;
    return done === part.done && of === part.of ? null : `records count ${done} of ${of}, the part says ${part.done} of ${part.of}`;
  }
  const sum = records.reduce((s, r) => s + (r.value ?? 0), 0);
  return Math.abs(sum - part.done) < 1e-9 ? null : `records sum to ${sum}, the part says ${part.done}`;
}

function printReport(r: AssessmentBenchResult, rounds: number, drillRequests: number): void {
  const d = r.data;
  const n = (x: number) => x.toLocaleString('en');
  console.log(
    `district of ${n(d.regions.grids)} grids (${d.regions.streets} streets, ${d.regions.communities} communities, ` +
      `${d.regions.workstations} workstations), ${n(d.members)} members (+${d.inactive} inactive, not assessed); ` +
      `generated in ${d.seconds} s (${Object.entries(d.phases)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
  );
  console.log(
    `rows: ${Object.entries(d.rows)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ')}`,
  );
  console.log(
    d.households > 0
      ? `visit compliance: ${n(d.households)} households in the district (baseline: the households benchmark's statement per month-end)`
      : 'visit compliance: no households generated: every grid and worker scores it 1 (0 of 0 households) on both sides',
  );
  const f = fmtLatency;
  console.log(`ranking of the whole district (${rounds} rounds alternating (a) and (b) after 2 warm-up rounds):`);
  for (const x of r.rankings) {
    console.log(`  ${x.level.padEnd(6)} ${x.period.padEnd(7)} ${n(x.subjects)} subjects, ${x.mismatches} differing from the baseline`);
    console.log(`    (a) real API GET /assessment/scores   ${f(x.api)}`);
    console.log(
      `    (b) raw SQL + JS, same scores         ${f(x.raw)}   (a)/(b) p50 ${x.ratioP50.toFixed(2)} p95 ${x.ratioP95.toFixed(2)}`,
    );
    for (const line of x.firstMismatches) console.log(`      differs: ${line}`);
  }
  console.log(`drill-down of worker ${r.worker.id} (${r.worker.name}), regionId = district, ${drillRequests} requests per item:`);
  for (const x of r.drill) {
    console.log(`  ${x.period.padEnd(7)} ${Object.keys(x.items).length} items  ${f(x.all)}   ${x.mismatches.length} mismatches`);
    console.log(
      `    p95 per item: ${Object.entries(x.items)
        .map(([k, v]) => `${k} ${v.p95.toFixed(1)} (${v.records} records)`)
        .join(', ')}`,
    );
    for (const line of x.mismatches) console.log(`      differs: ${line}`);
  }
  console.log('where the time goes (server functions called directly, worker level, median of 3, ms):');
  for (const b of r.breakdown)
    console.log(
      `  ${b.period.padEnd(7)} listMembers ${b.listMembers}, subjectFacts(all workers) ${b.subjectFactsAll} ` +
        `(of which visit compliance at ${b.monthEnds} month-ends ${b.compliance}), subjectFacts(one worker, one item, as the drill-down) ` +
        `${b.subjectFactsOne}, drillRecords(case-timeliness) ${b.drillRecords}`,
    );
  for (const x of r.rankings)
    console.log(
      `target: ${x.level} ${x.period} ranking (a)/(b) p50 ≤ ${r.targets.ratio}: ${x.pass ? 'ok' : 'MISSED'} (${x.ratioP50.toFixed(2)})` +
        `${x.mismatches ? `, ${x.mismatches} MISMATCHES` : ''}`,
    );
  for (const x of r.drill)
    console.log(
      `target: drill-down ${x.period} p95 < ${r.targets.drillP95} ms: ${x.pass ? 'ok' : 'MISSED'} (${x.all.p95.toFixed(1)} ms)` +
        `${x.mismatches.length ? `, ${x.mismatches.length} MISMATCHES` : ''}`,
    );
  console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
