import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { rect } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Read-only checks of the grid list, locate and export on the fixture; imports and edits are in
// grids-import.test.ts (their own database, so the counts here never depend on test order).
describe.each(DB_KINDS)('grids API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const locate = (query: string, user = 'worker1') => t.call(user, { method: 'GET', url: `/api/v1/grids/locate?${query}` });

  it('A1.1 GET /grids returns exactly the grids in the caller scope', async () => {
    const { g1, g2, c2g1, tg1 } = t.fx.regions;
    const expected: Record<string, number[]> = {
      worker1: [g1.id],
      worker2: [c2g1.id],
      leader: [g1.id],
      station: [g1.id, g2.id],
      lead: [g1.id, g2.id],
      officer: [g1.id, g2.id, c2g1.id],
      townworker: [tg1.id],
      townofficer: [tg1.id],
      admin: [g1.id, g2.id, c2g1.id, tg1.id],
    };
    for (const [user, ids] of Object.entries(expected)) {
      const res = await t.call(user, { method: 'GET', url: '/api/v1/grids' });
      expect(res.statusCode, user).toBe(200);
      expect(
        res
          .json()
          .map((g: { id: number }) => g.id)
          .sort(),
        user,
      ).toEqual([...ids].sort());
    }
  });

  it('grid records have the contract shape, with the preset in force (township for the town)', async () => {
    const res = await t.call('admin', { method: 'GET', url: '/api/v1/grids' });
    const byCode = new Map(res.json().map((g: { code: string }) => [g.code, g]));
    expect(byCode.get('110101001001001')).toEqual({
      id: t.fx.regions.g1.id,
      code: '110101001001001',
      name: '一社区第一网格',
      type: 'grid',
      parentId: t.fx.regions.w1.id,
      preset: 'community',
    });
    expect(byCode.get('110101001002001')).toEqual({
      id: t.fx.regions.c2g1.id,
      code: '110101001002001',
      name: '二社区第一网格',
      type: 'grid',
      parentId: t.fx.regions.c2.id,
      preset: 'community',
    });
    expect(byCode.get('110101101001001')).toEqual({
      id: t.fx.regions.tg1.id,
      code: '110101101001001',
      name: '镇一网格',
      type: 'grid',
      parentId: t.fx.regions.tc1.id,
      preset: 'township',
    });
  });

  it('locate: a point inside a grid, a point outside every grid', async () => {
    const inside = await locate('lat=39.01&lng=116.03');
    expect(inside.statusCode).toBe(200);
    expect(inside.json()).toEqual({ grid: { id: t.fx.regions.c2g1.id, code: '110101001002001', name: '二社区第一网格' } });
    expect((await locate('lat=39.005&lng=116.005')).json().grid.code).toBe('110101001001001');
    expect((await locate('lat=39.005&lng=116.015')).json().grid.code).toBe('110101001001002');
    const outside = await locate('lat=39.5&lng=116.5');
    expect(outside.statusCode).toBe(200);
    expect(outside.json()).toEqual({ grid: null });
    expect((await locate('lat=-33.9&lng=151.2')).json()).toEqual({ grid: null });
  });

  it('locate: a point on the shared edge of g1 and g2 goes to the lowest code; shared corners too', async () => {
    expect((await locate('lat=39.01&lng=116.01')).json().grid.code).toBe('110101001001001');
    // the edge between g2 and c2g1 (lng 116.02): g2 has the lower code
    expect((await locate('lat=39.01&lng=116.02')).json().grid.code).toBe('110101001001002');
    // a corner of g1 and g2 on the street's south edge
    expect((await locate('lat=39&lng=116.01')).json().grid.code).toBe('110101001001001');
  });

  it('locate: lat outside -90..90, lng outside -180..180, missing or non-numeric → 400 VALIDATION_FAILED', async () => {
    const bad: Array<[string, string]> = [
      ['lat=91&lng=116', 'lat'],
      ['lat=-90.5&lng=116', 'lat'],
      ['lat=39&lng=181', 'lng'],
      ['lat=39&lng=-180.01', 'lng'],
      ['lng=116', 'lat'],
      ['lat=39', 'lng'],
      ['lat=abc&lng=116', 'lat'],
      ['lat=39&lng=116&x=1', 'x'],
    ];
    for (const [query, field] of bad) {
      const res = await locate(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.json().error.details), query).toContain(field);
    }
    // the bounds themselves are valid
    expect((await locate('lat=90&lng=180')).statusCode).toBe(200);
    expect((await locate('lat=-90&lng=-180')).json()).toEqual({ grid: null });
  });

  it('GeoJSON export: a FeatureCollection of the grids in scope with code, name and parentCode', async () => {
    const res = await t.call('officer', { method: 'GET', url: '/api/v1/grids/geojson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
      '110101001001001',
      '110101001001002',
      '110101001002001',
    ]);
    const [g1, , c2g1] = fc.features;
    expect(g1).toMatchObject({
      type: 'Feature',
      properties: { code: '110101001001001', name: '一社区第一网格', parentCode: '110101001001W01' },
    });
    expect(g1.geometry).toEqual(rect(116.0, 39.0, 116.01, 39.02));
    expect(c2g1.properties.parentCode).toBe('110101001002');
    // narrowed to a region, and a region outside the caller's scope is 404
    const c2 = await t.call('officer', { method: 'GET', url: `/api/v1/grids/geojson?regionId=${t.fx.regions.c2.id}` });
    expect(c2.json().features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['110101001002001']);
    const outside = await t.call('officer', { method: 'GET', url: `/api/v1/grids/geojson?regionId=${t.fx.regions.town.id}` });
    expect(outside.statusCode).toBe(404);
    const worker = await t.call('worker1', { method: 'GET', url: '/api/v1/grids/geojson' });
    expect(worker.json().features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['110101001001001']);
  });

  it('GeoJSON export with crs=gcj02 converts the coordinates; storage stays WGS-84', async () => {
    const wgs = (await t.call('lead', { method: 'GET', url: '/api/v1/grids/geojson' })).json();
    const gcj = (await t.call('lead', { method: 'GET', url: '/api/v1/grids/geojson?crs=gcj02' })).json();
    const [lng, lat] = wgs.features[0].geometry.coordinates[0][0];
    const [glng, glat] = gcj.features[0].geometry.coordinates[0][0];
    expect([lng, lat]).toEqual([116.0, 39.0]);
    // GCJ-02 shifts Beijing by a few hundred metres, mostly east and north
    expect(glng - lng).toBeGreaterThan(0.004);
    expect(glng - lng).toBeLessThan(0.008);
    expect(glat - lat).toBeGreaterThan(0.0005);
    expect(glat - lat).toBeLessThan(0.003);
    const stored = await t.ctx.db.selectFrom('regions').select('geometry').where('id', '=', t.fx.regions.g1.id).executeTakeFirstOrThrow();
    expect(stored.geometry).toEqual(rect(116.0, 39.0, 116.01, 39.02));
    expect((await t.call('lead', { method: 'GET', url: '/api/v1/grids/geojson?crs=bd09' })).statusCode).toBe(400);
  });
});
