import { convertPolygonal, wgs84ToGcj02, type Polygon } from '@gridwork/core/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { rect } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A third community east of the fixture's two; each test below uses its own strip of it. */
const C3 = '110101001003';
const C3_SHAPE = rect(116.04, 39.0, 116.1, 39.02);

const feature = (code: string, parentCode: string, geometry: unknown, name = `网格${code.slice(-3)}`) => ({
  type: 'Feature',
  properties: { code, name, parentCode },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe.each(DB_KINDS)('grids GeoJSON import on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const res = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'community', parentId: t.fx.regions.street.id, code: C3, name: '三社区', geometry: C3_SHAPE },
    });
    if (res.statusCode !== 201) throw new Error(`community: ${res.statusCode} ${res.body}`);
  });
  afterAll(() => t.close());

  const importAs = (user: string, body: unknown, query = '') =>
    t.call(user, { method: 'POST', url: `/api/v1/grids/geojson${query}`, payload: body as object });
  const locate = async (lng: number, lat = 39.01) =>
    (await t.call('admin', { method: 'GET', url: `/api/v1/grids/locate?lat=${lat}&lng=${lng}` })).json().grid as {
      id: number;
      code: string;
      name: string;
    } | null;
  /** Everything an import could touch. */
  const snapshot = async () => ({
    regions: await t.ctx.db.selectFrom('regions').selectAll().orderBy('id').execute(),
    audit: Number(
      (
        await t.ctx.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });

  it('A8.3 B1 importing a good file creates the grids; locate finds them at once; a re-import updates them', async () => {
    const file = collection(
      feature(`${C3}001`, C3, rect(116.04, 39.0, 116.05, 39.02), '三社区第一网格'),
      feature(`${C3}002`, C3, rect(116.05, 39.0, 116.06, 39.02), '三社区第二网格'),
    );
    const res = await importAs('officer', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0, dryRun: false });
    expect(await locate(116.045)).toMatchObject({ code: `${C3}001`, name: '三社区第一网格' });
    expect(await locate(116.055)).toMatchObject({ code: `${C3}002`, name: '三社区第二网格' });
    const grids = (await t.call('officer', { method: 'GET', url: '/api/v1/grids' })).json();
    expect(
      grids.filter((g: { code: string }) => g.code.startsWith(C3)).map((g: { name: string; preset: string }) => [g.name, g.preset]),
    ).toEqual([
      ['三社区第一网格', 'community'],
      ['三社区第二网格', 'community'],
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', 'like', 'grid.import%').execute();
    expect(audit).toEqual([
      { action: 'grid.import-create', actor_id: t.fx.users.officer },
      { action: 'grid.import-create', actor_id: t.fx.users.officer },
    ]);

    // the same file with a new name (sent as application/geo+json): updated in place, no new region
    const count = (await snapshot()).regions.length;
    file.features[0] = feature(`${C3}001`, C3, rect(116.04, 39.0, 116.05, 39.02), '阳光网格');
    const again = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/grids/geojson',
      headers: { 'content-type': 'application/geo+json' },
      payload: JSON.stringify(file),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ created: 0, updated: 2, dryRun: false });
    expect((await snapshot()).regions.length).toBe(count);
    expect(await locate(116.045)).toMatchObject({ code: `${C3}001`, name: '阳光网格' });
  });

  it('dryRun=true validates and counts but writes nothing', async () => {
    const before = await snapshot();
    const res = await importAs('officer', collection(feature(`${C3}003`, C3, rect(116.06, 39.0, 116.07, 39.02))), '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 0, dryRun: true });
    expect(await snapshot()).toEqual(before);
    expect(await locate(116.065)).toBeNull();
  });

  it('B1 a broken file → 400 GEOJSON_INVALID listing every problem with its feature index, and nothing changes', async () => {
    const c1 = '110101001001';
    const c2 = '110101001002';
    const town = '110101101001';
    const file = collection(
      /* 0 */ feature('110101001001011', c1, {
        type: 'Polygon',
        coordinates: [
          [
            [116.001, 39.001],
            [116.002, 39.001],
            [116.002, 39.002],
            [116.001, 39.002],
          ],
        ],
      }),
      /* 1 */ feature('110101001001012', c1, {
        type: 'Polygon',
        coordinates: [
          [
            [116.001, 39.001],
            [116.002, 39.001],
            [116.002, 95],
            [116.001, 39.001],
          ],
        ],
      }),
      /* 2 */ feature('12345', c1, rect(116.003, 39.003, 116.004, 39.004)),
      /* 3 */ feature('110101001001013', c1, rect(116.001, 39.001, 116.002, 39.002)), // inside g1
      /* 4 */ feature('110101001002002', c2, rect(116.2, 39.0, 116.21, 39.01)), // outside community 2
      /* 5 */ feature('110101001009001', '110101001009', rect(117.0, 39.0, 117.01, 39.01)),
      /* 6 */ feature('110101101001005', town, rect(117.1, 39.0, 117.11, 39.01)),
      /* 7 */ feature('110101101001005', town, rect(117.2, 39.0, 117.21, 39.01)),
      /* 8 */ feature('110101101001006', town, rect(117.3, 39.0, 117.31, 39.01)), // the only good one
    );
    const before = await snapshot();
    const res = await importAs('admin', file);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('GEOJSON_INVALID');
    const found = error.details.map((p: { feature: number; code: string }) => [p.feature, p.code]);
    expect(found).toEqual([
      [0, 'RING_NOT_CLOSED'],
      [1, 'COORDINATE_OUT_OF_RANGE'],
      [2, 'CODE_INVALID'],
      [3, 'GRIDS_OVERLAP'],
      [4, 'OUTSIDE_PARENT'],
      [5, 'PARENT_NOT_FOUND'],
      [7, 'CODE_DUPLICATE'],
    ]);
    for (const p of error.details) {
      expect(p.path).toMatch(new RegExp(`^features\\[${p.feature}\\]`));
      expect(p.message.length).toBeGreaterThan(10);
    }
    expect(error.details[1].path).toBe('features[1].geometry.coordinates[0][2][1]');
    expect(error.details[3].message).toContain('110101001001001');
    expect(await snapshot()).toEqual(before);
    expect(await locate(117.305, 39.005)).toBeNull();
  });

  it('not a FeatureCollection, no features, or not JSON → 400 and nothing changes', async () => {
    const before = await snapshot();
    const notFc = await importAs('admin', feature(`${C3}009`, C3, rect(116.09, 39.0, 116.1, 39.02)));
    expect(notFc.statusCode).toBe(400);
    expect(notFc.json().error).toMatchObject({ code: 'GEOJSON_INVALID', details: [{ feature: -1, code: 'NOT_A_FEATURE_COLLECTION' }] });
    const empty = await importAs('admin', collection());
    expect(empty.json().error).toMatchObject({ code: 'GEOJSON_INVALID', details: [{ feature: -1, code: 'NO_FEATURES' }] });
    const garbled = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/grids/geojson',
      headers: { 'content-type': 'application/geo+json' },
      payload: '{"type":"FeatureCollection","features":[',
    });
    expect(garbled.statusCode).toBe(400);
    expect(garbled.json().error.code).toBe('INVALID_JSON');
    const badQuery = await importAs('admin', collection(), '?dryRun=maybe');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshot()).toEqual(before);
  });

  it('crs=gcj02: a file drawn on a GCJ-02 base map is stored as WGS-84 and exported back in GCJ-02', async () => {
    const wgs = rect(116.07, 39.0, 116.079, 39.02);
    const gcj = convertPolygonal(wgs, wgs84ToGcj02);
    expect(gcj.coordinates[0][0][0]).not.toBeCloseTo(116.07, 3);
    const res = await importAs('officer', collection(feature(`${C3}004`, C3, gcj)), '?crs=gcj02');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 0, dryRun: false });
    const row = await t.ctx.db.selectFrom('regions').select(['id', 'geometry']).where('code', '=', `${C3}004`).executeTakeFirstOrThrow();
    const closeTo = (actual: Polygon, expected: Polygon) =>
      actual.coordinates[0].forEach(([lng, lat], i) => {
        expect(Math.abs(lng - expected.coordinates[0][i][0])).toBeLessThan(1e-7);
        expect(Math.abs(lat - expected.coordinates[0][i][1])).toBeLessThan(1e-7);
      });
    closeTo(row.geometry as Polygon, wgs);
    expect((await locate(116.075))?.code).toBe(`${C3}004`);
    const exported = (await t.call('officer', { method: 'GET', url: `/api/v1/grids/geojson?regionId=${row.id}&crs=gcj02` })).json();
    expect(exported.features).toHaveLength(1);
    closeTo(exported.features[0].geometry, gcj);
    const plain = (await t.call('officer', { method: 'GET', url: `/api/v1/grids/geojson?regionId=${row.id}` })).json();
    closeTo(plain.features[0].geometry, wgs);
  });

  it("a grid worker or workstation staff cannot import (403); another area's parent is not found (no leak); nothing changes", async () => {
    const file = collection(feature('110101001001021', '110101001001W01', rect(116.001, 39.001, 116.002, 39.002)));
    for (const user of ['worker1', 'leader', 'station']) await t.token(user); // sign-ins are audited: before the snapshot
    const before = await snapshot();
    for (const user of ['worker1', 'leader', 'station']) {
      const res = await importAs(user, file);
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code, user).toBe('FORBIDDEN');
    }
    const town = await importAs('officer', collection(feature('110101101001009', '110101101001', rect(117.4, 39.0, 117.41, 39.01))));
    expect(town.statusCode).toBe(400);
    expect(town.json().error.details).toMatchObject([{ feature: 0, code: 'PARENT_NOT_FOUND' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('locate follows a grid created, reshaped (PATCH) and deleted through the regions API', async () => {
    const created = await t.call('officer', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: {
        type: 'grid',
        parentId: (await t.ctx.db.selectFrom('regions').select('id').where('code', '=', C3).executeTakeFirstOrThrow()).id,
        code: `${C3}005`,
        name: '三社区第五网格',
        geometry: rect(116.08, 39.0, 116.085, 39.02),
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(await locate(116.082)).toMatchObject({ id, code: `${C3}005` });
    expect(await locate(116.088)).toBeNull();
    const patched = await t.call('officer', {
      method: 'PATCH',
      url: `/api/v1/regions/${id}`,
      payload: { expectedVersion: 1, geometry: rect(116.085, 39.0, 116.09, 39.02), name: '改形网格' },
    });
    expect(patched.statusCode).toBe(200);
    expect(await locate(116.082)).toBeNull();
    expect(await locate(116.088)).toEqual({ id, code: `${C3}005`, name: '改形网格' });
    // a reshape that leaves the community is refused and locate keeps the stored shape
    const outside = await t.call('officer', {
      method: 'PATCH',
      url: `/api/v1/regions/${id}`,
      payload: { expectedVersion: 2, geometry: rect(116.085, 39.0, 116.2, 39.02) },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'GEOJSON_INVALID', details: [{ code: 'OUTSIDE_PARENT' }] });
    expect(await locate(116.15)).toBeNull();
    const del = await t.call('officer', { method: 'DELETE', url: `/api/v1/regions/${id}?expectedVersion=2` });
    expect(del.statusCode).toBe(204);
    expect(await locate(116.088)).toBeNull();
  });
});
