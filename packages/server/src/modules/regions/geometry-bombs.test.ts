/**
 * security: shapes built to cost (issue "Security first", found by the adversarial run: a 30,000-position
 * self-crossing ring held the event loop for minutes). Caps on positions, rings, polygons and
 * features are checked from array lengths first; what passes the caps is checked in a worker with a
 * time limit, with no transaction open; the event loop stays free and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { rect } from '../../testing/fixture';
import { watchLoop } from '../../testing/loop-watch';
import { createTestApp, type TestApp } from '../../testing/test-app';

const MAX_LOOP_DELAY_MS = Number(process.env.GRIDWORK_BOMB_MAX_LOOP_DELAY_MS ?? 500);
/** A fourth community east of the fixture's, with room for the shapes below. */
const C4 = '110101001004';
const [W, S, E, N] = [116.2, 39.0, 116.3, 39.1];

type Ring = number[][];
const close = (ring: Ring): Ring => [...ring, ring[0]];

/** A regular polygram {n/k}: every edge crosses most others (n odd, k about n/2). */
function polygram(n: number, k = (n - 1) / 2): Ring {
  const [cx, cy, r] = [(W + E) / 2, (S + N) / 2, 0.04];
  return close(
    Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i * k) / n), cy + r * Math.sin((2 * Math.PI * i * k) / n)]),
  );
}

/** A comb of `teeth` teeth (4 positions each), upright or lying: an upright and a lying comb cross teeth² times. */
function comb(teeth: number, lying: boolean): Ring {
  const [a0, a1, b0, b1] = [W + 0.01, E - 0.01, S + 0.01, N - 0.01];
  const step = (a1 - a0) / teeth;
  const ring: Ring = [
    [a0, b0],
    [a1, b0],
  ];
  for (let i = teeth - 1; i >= 0; i--) {
    const x = a0 + i * step;
    ring.push([x + step / 2, b0 + 0.002], [x + step / 2, b1], [x, b1], [x, b0 + 0.002]);
  }
  const closed = close(ring);
  return lying ? closed.map(([x, y]) => [W + (y - S), S + (x - W)]) : closed;
}

const polygon = (ring: Ring) => ({ type: 'Polygon', coordinates: [ring] });
const feature = (i: number, geometry: unknown) => ({
  type: 'Feature',
  properties: { code: `${C4}${String(i + 1).padStart(3, '0')}`, name: `炸弹${i}`, parentCode: C4 },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe.each(DB_KINDS)('security: geometry bombs on %s', (kind) => {
  let t: TestApp;
  let gridId: number;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const c = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'community', parentId: t.fx.regions.street.id, code: C4, name: '四社区', geometry: rect(W, S, E, N) },
    });
    expect(c.statusCode, c.body).toBe(201);
    const g = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'grid', parentId: c.json().id, code: `${C4}900`, name: '四社区网格', geometry: rect(W, S, W + 0.001, S + 0.001) },
    });
    expect(g.statusCode, g.body).toBe(201);
    gridId = g.json().id;
  });
  afterAll(() => t.close());

  const importFile = (body: unknown) => t.call('officer', { method: 'POST', url: '/api/v1/grids/geojson', payload: body as object });
  const snapshot = async () => ({
    regions: await t.ctx.db.selectFrom('regions').select(['id', 'version', 'name']).orderBy('id').execute(),
    audit: Number(
      (
        await t.ctx.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const codes = (body: string) => (JSON.parse(body).error.details ?? []).map((p: { code: string }) => p.code) as string[];

  it('security: over the caps (a 40,000-position star, a 5,000-part MultiPolygon, 5,001 features) → 400 naming the cap', async () => {
    // … at once
    const before = await snapshot();
    const tiny = rect(W, S, W + 0.0001, S + 0.0001).coordinates;
    const cases: Array<[string, unknown, string]> = [
      ['40,000-position ring', collection(feature(0, polygon(polygram(40_001)))), 'GEOMETRY_TOO_LARGE'],
      [
        '5,000-part MultiPolygon',
        collection(feature(0, { type: 'MultiPolygon', coordinates: Array(5_000).fill(tiny) })),
        'GEOMETRY_TOO_LARGE',
      ],
      ['5,001 features', collection(...Array.from({ length: 5_001 }, (_, i) => feature(i % 999, polygon(tiny[0])))), 'TOO_MANY_FEATURES'],
    ];
    for (const [what, body, code] of cases) {
      const started = performance.now();
      const res = await importFile(body);
      const ms = performance.now() - started;
      expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(400);
      expect(codes(res.body), what).toContain(code);
      expect(ms, what).toBeLessThan(5_000);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('security: within the caps, a self-crossing 9,999-position ring and 12 crossing combs of 3,500 positions: a clear 4xx', async () => {
    // … the event loop free, nothing written
    const before = await snapshot();
    const combs = collection(...Array.from({ length: 12 }, (_, i) => feature(i, polygon(comb(874, i % 2 === 1)))));
    const { result, maxDelayMs, ms } = await watchLoop(async () => [
      await importFile(collection(feature(0, polygon(polygram(9_999))))),
      await t.call('officer', {
        method: 'PATCH',
        url: `/api/v1/regions/${gridId}`,
        payload: { expectedVersion: 1, geometry: polygon(polygram(9_999)) },
      }),
      await importFile(combs),
    ]);
    console.log(
      `[geometry bombs ${kind}] star import, star PATCH, 12 combs: ` +
        `${result.map((r) => `${r.statusCode} ${codes(r.body)[0]}`).join(', ')} in ${Math.round(ms)} ms, event loop max delay ` +
        `${Math.round(maxDelayMs)} ms`,
    );
    const [star, patched, crossing] = result;
    expect(star.statusCode, star.body.slice(0, 300)).toBe(400);
    expect(codes(star.body)).toContain('RING_SELF_INTERSECTION');
    expect(patched.statusCode, patched.body.slice(0, 300)).toBe(400);
    expect(codes(patched.body)).toContain('RING_SELF_INTERSECTION');
    expect([400, 413], crossing.body.slice(0, 300)).toContain(crossing.statusCode);
    expect(crossing.json().error.code).toMatch(/^GEOJSON_(INVALID|TOO_COMPLEX)$/);
    if (crossing.statusCode === 400)
      expect(codes(crossing.body).some((c) => c === 'GRIDS_OVERLAP' || c === 'GEOMETRY_TOO_COMPLEX')).toBe(true);
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    expect(await snapshot()).toEqual(before);
  });

  it('security: a file of 600 grids is written with the event loop free (the embedded database answers on it)', async () => {
    const squares = Array.from({ length: 600 }, (_, i) => {
      const [x, y] = [W + 0.002 + (i % 24) * 0.004, S + 0.002 + Math.floor(i / 24) * 0.0038];
      return feature(100 + i, rect(x, y, x + 0.003, y + 0.003));
    });
    const { result: res, maxDelayMs, ms } = await watchLoop(() => importFile(collection(...squares)));
    console.log(`[geometry bombs ${kind}] 600 grids written in ${Math.round(ms)} ms, event loop max delay ${Math.round(maxDelayMs)} ms`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json()).toMatchObject({ created: 600 });
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
  });

  it('security: costly files at once from one account: one is checked, the others 429 at once (one check per account)', async () => {
    // … and another account is not held behind them; a good grid goes in afterwards
    const heavy = collection(...Array.from({ length: 4 }, (_, i) => feature(i, polygon(comb(874, i % 2 === 1)))));
    const flood = Promise.all(Array.from({ length: 6 }, () => importFile(heavy)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const other = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/grids/geojson?dryRun=true',
      payload: collection(feature(0, rect(W + 0.01, N - 0.003, W + 0.02, N - 0.0005))),
    });
    const otherMs = performance.now() - started;
    const answers = await flood;
    const statuses = answers.map((r) => r.statusCode);
    console.log(
      `[geometry bombs ${kind}] 6 at once: ${answers.map((r) => `${r.statusCode} ${r.json().error?.code}`).join(', ')}; another ` +
        `account's check answered in ${Math.round(otherMs)} ms`,
    );
    expect(other.statusCode, other.body).toBe(200);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(1);
    for (const r of answers) expect([400, 413, 429], r.body.slice(0, 200)).toContain(r.statusCode);
    for (const r of answers.filter((a) => a.statusCode === 429))
      expect(['TOO_MANY_UPLOADS', 'GEOJSON_CHECK_BUSY']).toContain(r.json().error.code);
    const good = await importFile(collection(feature(0, rect(W + 0.01, N - 0.003, W + 0.02, N - 0.0005))));
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ created: 1 });
  });
});
