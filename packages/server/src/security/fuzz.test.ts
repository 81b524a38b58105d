import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../testing/databases';
import { TEST_PASSWORD } from '../testing/fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { fuzzRequests, sweepRequests, type FuzzOperation, type FuzzRequest } from './fuzz-requests';
import type { JsonSchema } from './fuzz-values';
import { buildFuzzWorld, fingerprint, type FuzzWorld } from './fuzz-world';

/**
 * Malformed requests generated from the app's own /openapi.json, for every route, signed in as admin,
 * as a grid worker and anonymously: never a 5xx, every error in the contract's shape, and a batch of
 * rejected requests leaves every table as it was. FUZZ_RUNS sets the requests per route and caller
 * (a quarter for anonymous callers of routes that need a session: all are 401); FC_SEED explores other
 * seeds (README).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FC_SEED ?? 20261127);
const NOW = new Date('2026-11-27T02:00:00Z');
const CALLERS = ['admin', 'worker1', null] as const;
/** Fuzzed requests come from their own address, so the per-address sign-in lockout they may trip never locks the suite's own sign-ins. */
const FUZZ_ADDRESS = '192.0.2.10';
/**
 * Tables a rejected request may change: `login_failures` counts refused sign-ins (401), which the
 * contract's lockout (10 per username, 100 per address in 15 minutes) is built on.
 */
const MAY_CHANGE_ON_REJECTION = ['login_failures'];
/** The event stream never ends (a request would hang); its sign-in check is covered by the notification tests. */
const NEVER_ENDS = new Set(['GET /api/v1/notifications/stream']);
/** Routes open without signing in (contract): everything else answers an anonymous caller 401 first. */
const PUBLIC = /^\/(healthz|api\/v1\/meta|api\/v1\/auth\/login|api\/v1\/auth\/logout|api\/v1\/calendar-feeds\/.*|open311\/v2\/.*)$/;
/** Routes whose well-formed requests hash a password or read a workbook (tens of milliseconds each): half the runs. */
const COSTLY = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/users',
  'PATCH /api/v1/users/{id}',
  'POST /api/v1/me/password',
  'POST /api/v1/roster/import',
  'GET /api/v1/roster/template',
]);
const CODE = /^[A-Z][A-Z0-9_]*$/;
const MAX_ERROR_BYTES = 16 * 1024;

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

function operationsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

/** What is wrong with a response to a fuzzed request (null: nothing). */
function problemOf(op: FuzzOperation, caller: string | null, req: FuzzRequest, res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 200)}`;
  if (caller === null && !PUBLIC.test(op.path) && !req.pathMutated && res.statusCode !== 401)
    return `anonymous caller got ${res.statusCode}, not 401`;
  if (res.statusCode < 400) return null;
  if (res.rawPayload.length > MAX_ERROR_BYTES) return `error body of ${res.rawPayload.length} bytes`;
  if (op.path.startsWith('/open311/v2/')) {
    if (/xml/.test(String(res.headers['content-type'])))
      return /^<\?xml[\s\S]*<errors>[\s\S]*<code>\d+<\/code>[\s\S]*<description>/.test(res.body)
        ? null
        : `not an Open311 XML error: ${res.body.slice(0, 200)}`;
    const list = safeJson(res.body) as Array<{ code?: unknown; description?: unknown }> | null;
    return Array.isArray(list) && list.length > 0 && list.every((e) => typeof e.code === 'number' && typeof e.description === 'string')
      ? null
      : `not an Open311 error list: ${res.body.slice(0, 200)}`;
  }
  const body = safeJson(res.body) as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null;
  const e = body?.error;
  if (!e || typeof e.code !== 'string' || !CODE.test(e.code) || typeof e.message !== 'string')
    return `not the contract's error shape: ${res.body.slice(0, 200)}`;
  if (e.code === 'VALIDATION_FAILED') {
    const details = e.details as Array<{ field?: unknown; message?: unknown }> | undefined;
    if (
      !Array.isArray(details) ||
      details.length === 0 ||
      !details.every((d) => typeof d.field === 'string' && typeof d.message === 'string')
    )
      return `VALIDATION_FAILED without [{ field, message }]: ${res.body.slice(0, 200)}`;
  }
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

describe.each(DB_KINDS)('security: fuzzed requests from /openapi.json on %s', (kind) => {
  let t: TestApp;
  let world: FuzzWorld;
  let ops: FuzzOperation[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => NOW });
    world = await buildFuzzWorld(t);
    ops = operationsOf((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json());
  }, 300_000);
  afterAll(() => t?.close());

  /** A live session for the caller (a fuzzed sign-out may have ended the last one). */
  async function signedIn(user: string): Promise<string> {
    const known = tokens.get(user);
    if (
      known &&
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${known}` } })).statusCode === 200
    )
      return known;
    const login = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user, password: TEST_PASSWORD } });
    let res = await login();
    if (res.statusCode === 429) {
      // fuzzed changes of password count wrong current passwords against the caller's sign-in lockout: the suite's own sign-in starts over
      await t.ctx.db.deleteFrom('login_failures').where('username', '=', user).execute();
      res = await login();
    }
    if (res.statusCode !== 200) throw new Error(`sign-in ${user}: ${res.statusCode} ${res.body}`);
    tokens.set(user, res.json().token);
    return res.json().token;
  }

  async function send(caller: string | null, req: FuzzRequest): Promise<LightMyRequestResponse> {
    const headers = caller ? { ...req.headers, authorization: `Bearer ${tokens.get(caller)}` } : req.headers;
    return t.app.inject({ method: req.method as 'GET', url: req.url, headers, payload: req.payload, remoteAddress: FUZZ_ADDRESS });
  }

  it('covers every route in /openapi.json (but the never-ending event stream), each path id a record in scope', () => {
    const fuzzed = ops.filter((op) => !NEVER_ENDS.has(`${op.method} ${op.path}`));
    expect(fuzzed.length).toBeGreaterThanOrEqual(95);
    for (const op of fuzzed)
      for (const caller of CALLERS) {
        expect(Object.values(world.target(caller, op.method, op.path).pathValues).join(), `${op.method} ${op.path}`).not.toMatch(
          /no-record-for/,
        );
      }
  });

  it('the fingerprint sees one changed row in any table, and is the same again once it is undone', async () => {
    const before = await fingerprint(t, MAY_CHANGE_ON_REJECTION);
    const regionId = t.fx.regions.c2g1.id;
    await t.ctx.db.updateTable('regions').set({ name: '二社区第一网格 ' }).where('id', '=', regionId).execute();
    expect(diff(before, await fingerprint(t, MAY_CHANGE_ON_REJECTION))).toEqual(['regions']);
    await t.ctx.db.updateTable('regions').set({ name: t.fx.regions.c2g1.name }).where('id', '=', regionId).execute();
    expect(diff(before, await fingerprint(t, MAY_CHANGE_ON_REJECTION))).toEqual([]);
  });

  it(
    'malformed bodies, queries, paths and headers: never a 5xx, errors in the contract shape, rejected requests change nothing',
    async () => {
      const problems: Problem[] = [];
      const statuses = new Map<number, number>();
      let index = 0;
      for (const op of ops.filter((o) => !NEVER_ENDS.has(`${o.method} ${o.path}`))) {
        for (const caller of CALLERS) problems.push(...(await fuzzBatch(op, caller, SEED + ++index, statuses)));
      }
      const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
      const byStatus = [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([code, n]) => `${code}: ${n}`)
        .join(', ');
      console.info(
        `fuzz on ${kind}: ${sent} requests to ${ops.length - NEVER_ENDS.size} routes (FUZZ_RUNS=${RUNS}, FC_SEED=${SEED}); ${byStatus}`,
      );
      expect(problems.length, report(problems)).toBe(0);
    },
    30 * 60_000,
  );

  /** One route and caller: the generated requests, each answer checked, then the database compared. */
  async function fuzzBatch(op: FuzzOperation, caller: string | null, seed: number, statuses: Map<number, number>): Promise<Problem[]> {
    const route = `${op.method} ${op.path}`;
    const who = caller ?? 'anonymous';
    const runs = Math.ceil((caller || PUBLIC.test(op.path) ? RUNS : RUNS / 4) / (COSTLY.has(route) ? 2 : 1));
    await world.prepare(caller, op.path);
    const target = world.target(caller, op.method, op.path);
    // The sweep (every field × the classes that reached the database) as the callers who get past the 401: admin, and anyone on public
    // routes.
    const sweep = caller === 'admin' || PUBLIC.test(op.path) ? sweepRequests(op, target) : [];
    const requests = [...sweep, ...fc.sample(fuzzRequests(op, target), { numRuns: runs, seed })];
    if (caller) await signedIn(caller);
    const before = await fingerprint(t, MAY_CHANGE_ON_REJECTION);
    const problems: Problem[] = [];
    const rejected: FuzzRequest[] = [];
    let reached = false;
    for (const req of requests) {
      const res = await send(caller, req);
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const problem = problemOf(op, caller, req, res);
      if (problem) problems.push({ route, text: `${who} ${req.method} ${req.url.slice(0, 120)} [${req.label}]: ${problem}` });
      if (res.statusCode >= 400) rejected.push(req);
      if (!req.pathMutated && res.statusCode !== 404) reached = true;
    }
    // The admin's path ids name real records: at least one request must get past the 404 to validation.
    if (caller === 'admin' && !reached)
      problems.push({ route, text: `admin ${route}: every request was a 404 (the path ids name no record)` });
    if (rejected.length < requests.length) return [...problems, ...(await replayRejected(caller, route, rejected))];
    const changed = diff(before, await fingerprint(t, MAY_CHANGE_ON_REJECTION));
    return changed.length ? [...problems, { route, text: `${who} ${route}: rejected requests changed ${changed.join(', ')}` }] : problems;
  }

  /** Some requests of the batch were accepted (and may change state): the rejected ones again, alone, must change nothing. */
  async function replayRejected(caller: string | null, route: string, rejected: FuzzRequest[]): Promise<Problem[]> {
    if (caller) await signedIn(caller);
    const before = await fingerprint(t, MAY_CHANGE_ON_REJECTION);
    let accepted = 0;
    for (const req of rejected) if ((await send(caller, req)).statusCode < 400) accepted += 1;
    if (accepted > 0) return [];
    const changed = diff(before, await fingerprint(t, MAY_CHANGE_ON_REJECTION));
    return changed.length
      ? [{ route, text: `${caller ?? 'anonymous'} ${route}: rejected requests (replayed) changed ${changed.join(', ')}` }]
      : [];
  }
});

interface Problem {
  route: string;
  text: string;
}

/** The problems counted by kind, and the first of each kind per route (the whole list can run to thousands). */
function report(problems: Problem[]): string {
  const kind = (p: Problem) =>
    /\]: 5\d\d /.test(p.text)
      ? '5xx'
      : /rejected requests (\(replayed\) )?changed/.test(p.text)
        ? 'state changed'
        : /anonymous caller got/.test(p.text)
          ? 'not 401 first'
          : /was a 404/.test(p.text)
            ? 'never reached validation'
            : 'error shape';
  const counts = new Map<string, number>();
  const first = new Map<string, string>();
  for (const p of problems) {
    counts.set(kind(p), (counts.get(kind(p)) ?? 0) + 1);
    if (!first.has(`${p.route} ${kind(p)}`)) first.set(`${p.route} ${kind(p)}`, p.text);
  }
  return `seed ${SEED}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}\n${[...first.values()].slice(0, 100).join('\n')}`;
}

function diff(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
}
