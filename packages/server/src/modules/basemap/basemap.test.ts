import { bboxOf, readBasemapFile, type BBox, type Polygonal } from '@gridwork/core/geo';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/database';
import { ensureDemoData } from '../../demo/seed';
import { createTestDatabase, DB_KINDS } from '../../testing/databases';
import { TEST_APP_DATA_KEY } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../auth/password';

type Fc = { type: string; features: Array<{ type: string; properties: { kind: string; name: string | null }; geometry: unknown }> };

const boxOf = (f: Fc['features'][number]): BBox => {
  const g = f.geometry as { type: string; coordinates: number[][] | number[][][] };
  const points = (g.type === 'LineString' ? g.coordinates : (g.coordinates as number[][][]).flat()) as number[][];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
const touches = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const grow = (b: BBox, m: number): BBox => [b[0] - m, b[1] - m, b[2] + m, b[3] + m];

describe.each(DB_KINDS)('base map (issue 11 item 10) on %s', (kind) => {
  let d: Database;
  let app: FastifyInstance;
  const tokens = new Map<string, string>();
  const call = async (user: string, o: InjectOptions) => {
    if (!tokens.has(user)) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user, password: DEMO_PASSWORD } });
      tokens.set(user, res.json().token);
    }
    return app.inject({ ...o, headers: { ...(o.headers ?? {}), authorization: `Bearer ${tokens.get(user)}` } });
  };
  const read = async (user: string, query = '') => {
    const res = await call(user, { method: 'GET', url: `/api/v1/basemap${query}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    return res.json() as Fc;
  };
  const region = (code: string) =>
    d.db.selectFrom('regions').select(['id', 'geometry', 'bbox']).where('code', '=', code).executeTakeFirstOrThrow();
  const STREET = '110199001';
  const TOWN = '110199101';

  beforeAll(async () => {
    d = await createTestDatabase(kind);
    await ensureDemoData(d.db);
    const config = { ...loadConfig({}), demo: true, dataKey: TEST_APP_DATA_KEY, strictResponses: true };
    app = (await buildApp({ config, database: d })).app;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await d.close();
  });

  it('admin gets the street and the town: named roads and footprints, every feature valid GeoJSON within the demo area', async () => {
    const fc = await read('admin');
    expect(fc.type).toBe('FeatureCollection');
    const street = bboxOf((await region(STREET)).geometry as Polygonal);
    const town = bboxOf((await region(TOWN)).geometry as Polygonal);
    const demoArea: BBox = [
      Math.min(street[0], town[0]),
      Math.min(street[1], town[1]),
      Math.max(street[2], town[2]),
      Math.max(street[3], town[3]),
    ];
    // every feature is a valid base-map feature (LineString roads, closed Polygon footprints, numbers in range) …
    const checked = readBasemapFile(fc, demoArea);
    expect(checked.problems).toEqual([]);
    expect(checked.features).toHaveLength(fc.features.length);
    // … and lies within the demo area (roads run on about 90 m past its edge)
    for (const f of fc.features) {
      const [w, s, e, n] = boxOf(f);
      expect(w).toBeGreaterThanOrEqual(demoArea[0] - 0.0015);
      expect(s).toBeGreaterThanOrEqual(demoArea[1] - 0.0015);
      expect(e).toBeLessThanOrEqual(demoArea[2] + 0.0015);
      expect(n).toBeLessThanOrEqual(demoArea[3] + 0.0015);
    }
    const roads = fc.features.filter((f) => f.properties.kind.endsWith('road'));
    expect(roads).toHaveLength(22);
    expect(roads.every((r) => r.properties.name)).toBe(true);
    expect(roads.map((r) => r.properties.name)).toEqual(expect.arrayContaining(['幸福大道', '青山大道']));
    expect(fc.features.filter((f) => f.properties.kind === 'building').length).toBeGreaterThan(300);
    expect(fc.features.some((f) => f.properties.kind === 'compound' && touches(boxOf(f), town))).toBe(true);
  });

  it('scope: a grid worker gets the roads and buildings around their own grid only; the town officer none of the street', async () => {
    const all = await read('admin');
    const mine = await read('worker1');
    const grid = await d.db
      .selectFrom('regions as g')
      .innerJoin('role_assignments as a', 'a.region_id', 'g.id')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select('g.bbox')
      .where('u.username', '=', 'worker1')
      .executeTakeFirstOrThrow();
    expect(mine.features.length).toBeGreaterThan(3);
    expect(mine.features.length).toBeLessThan(all.features.length / 3);
    for (const f of mine.features) expect(touches(boxOf(f), grow(grid.bbox as BBox, 0.0041))).toBe(true);
    expect(mine.features.some((f) => f.properties.kind.endsWith('road') && f.properties.name)).toBe(true);
    expect(mine.features.some((f) => f.properties.kind === 'building')).toBe(true);

    const street = bboxOf((await region(STREET)).geometry as Polygonal);
    const town = await read('town1');
    expect(town.features.length).toBeGreaterThan(20);
    expect(town.features.some((f) => touches(boxOf(f), street))).toBe(false);
  });

  it("scope: ?regionId narrows to that region; a region outside the caller's area is 404, a bad id 400", async () => {
    const town = await region(TOWN);
    const narrowed = await read('admin', `?regionId=${town.id}`);
    const street = bboxOf((await region(STREET)).geometry as Polygonal);
    expect(narrowed.features.length).toBeGreaterThan(20);
    expect(narrowed.features.some((f) => touches(boxOf(f), street))).toBe(false);
    const outside = await call('worker1', { method: 'GET', url: `/api/v1/basemap?regionId=${town.id}` });
    expect(outside.statusCode).toBe(404);
    expect((await call('worker1', { method: 'GET', url: '/api/v1/basemap?regionId=x' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/basemap' })).statusCode).toBe(401);
  });

  it('demo data seeded before the base map existed gets it at the next start, once', async () => {
    const street = await region(STREET);
    const count = async () =>
      Number(
        (
          await d.db
            .selectFrom('basemap_features')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('top_region_id', '=', street.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await d.db.deleteFrom('basemap_features').where('top_region_id', '=', street.id).execute();
    expect(await ensureDemoData(d.db)).toBeNull();
    expect(await count()).toBe(before);
    await ensureDemoData(d.db);
    expect(await count()).toBe(before);
  });

  it("an administrator replaces the town's base map with a checked file; a bad file or a role below changes nothing", async () => {
    const town = await region(TOWN);
    const [w, s, e, n] = town.bbox as BBox;
    const road = {
      type: 'Feature',
      properties: { kind: 'major-road', name: '新修路' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [w, (s + n) / 2],
          [e, (s + n) / 2],
        ],
      },
    };
    const file = { type: 'FeatureCollection', features: [road] };
    const put = (user: string, body: unknown, q = '') =>
      call(user, { method: 'PUT', url: `/api/v1/basemap?regionId=${town.id}${q}`, payload: body as object });
    const before = await read('town1');

    const bad = await put('admin', {
      ...file,
      features: [
        road,
        {
          ...road,
          geometry: {
            type: 'LineString',
            coordinates: [
              [w, s],
              [w + 2, s],
            ],
          },
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('GEOJSON_INVALID');
    expect(bad.json().error.details[0]).toMatchObject({ feature: 1, code: 'COORDINATE_OUT_OF_RANGE' });
    expect((await put('town1', file)).statusCode).toBe(403);
    expect((await put('worker1', file)).statusCode).toBe(404);
    const dry = await put('admin', file, '&dryRun=true');
    expect(dry.json()).toEqual({ features: 1, kinds: { 'major-road': 1 }, dryRun: true });
    expect(await read('town1')).toEqual(before);

    const ok = await put('admin', file);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await read('town1')).features).toEqual([road]);
    const audit = await d.db.selectFrom('audit_log').select(['after']).where('action', '=', 'basemap.import').execute();
    expect(audit).toHaveLength(1);
    const grid = await d.db
      .selectFrom('regions')
      .select('id')
      .where('type', '=', 'grid')
      .where('code', 'like', `${TOWN}%`)
      .executeTakeFirstOrThrow();
    expect((await call('admin', { method: 'PUT', url: `/api/v1/basemap?regionId=${grid.id}`, payload: file })).statusCode).toBe(400);
  });
});
