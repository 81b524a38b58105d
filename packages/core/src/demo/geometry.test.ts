import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { buildDemoGeometry, type DemoRegion } from './geometry';
import { bboxOf, bboxesTouch, type Geometry, type Polygonal } from '../regions/geo/geometry';
import { isGridCode, isPlaceCode, isWorkstationCode, isCommunityCode, isStreetCode } from '../regions/geo/grid-code';
import { sharedArea } from '../regions/geo/grid-overlap';
import { INSIDE, flattenPolygonal, placePoint } from '../regions/geo/point-in-polygon';
import { GridSpatialIndex } from '../regions/geo/spatial-index';
import { validateGridCollection } from '../regions/geo/validate-geojson';

const { regions } = buildDemoGeometry();
const byKey = new Map(regions.map((r) => [r.key, r]));
const ofType = (type: DemoRegion['type']) => regions.filter((r) => r.type === type);
const grids = ofType('grid');
const places = regions.filter((r) => r.point);
const under = (key: string) => grids.filter((g) => g.key.startsWith(`${key}/`));
const geo = (r: DemoRegion) => r.geometry as Polygonal;

describe('demo geometry (issue 2 item 8)', () => {
  it('has one street with 3 communities, 6 workstations and 36 grids, and one town with 2 communities and 8 grids', () => {
    const street = ofType('street');
    const town = ofType('town');
    expect(street).toHaveLength(1);
    expect(town).toHaveLength(1);
    expect(street[0]).toMatchObject({ name: '幸福街道', preset: 'community' });
    expect(town[0]).toMatchObject({ name: '青山镇', preset: 'township' });
    expect(ofType('community').filter((c) => c.parentKey === street[0].key)).toHaveLength(3);
    expect(ofType('community').filter((c) => c.parentKey === town[0].key)).toHaveLength(2);
    expect(ofType('workstation')).toHaveLength(6);
    expect(grids).toHaveLength(36 + 8);
    expect(under(street[0].key)).toHaveLength(36);
    expect(under(town[0].key)).toHaveLength(8);
    for (const ws of ofType('workstation')) expect(grids.filter((g) => g.parentKey === ws.key)).toHaveLength(6);
  });

  it('has about 90 compounds and buildings in the street, 2-3 per grid', () => {
    const streetPlaces = places.filter((p) => p.key.startsWith('xingfu/'));
    expect(streetPlaces.length).toBeGreaterThanOrEqual(80);
    expect(streetPlaces.length).toBeLessThanOrEqual(100);
    for (const grid of under('xingfu')) {
      const n = places.filter((p) => p.parentKey === grid.key).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
    }
    expect(new Set(places.map((p) => p.type))).toEqual(new Set(['compound', 'building']));
  });

  it('lists parents first, with unique keys and codes following the code scheme', () => {
    const seen = new Set<string>();
    for (const r of regions) {
      if (r.parentKey !== null) expect(seen.has(r.parentKey), r.key).toBe(true);
      seen.add(r.key);
    }
    expect(seen.size).toBe(regions.length);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
    for (const r of ofType('street').concat(ofType('town'))) expect(isStreetCode(r.code)).toBe(true);
    for (const r of ofType('community')) expect(isCommunityCode(r.code) && r.code.startsWith(byKey.get(r.parentKey!)!.code)).toBe(true);
    for (const r of ofType('workstation')) expect(isWorkstationCode(r.code) && r.code.startsWith(byKey.get(r.parentKey!)!.code)).toBe(true);
    for (const g of grids) {
      expect(isGridCode(g.code)).toBe(true);
      expect(g.code.slice(0, 12)).toBe(byKey.get(g.parentKey!)!.code.slice(0, 12));
      expect(g.name).toMatch(/^(和平|友谊|团结|青山)社区第.+网格$|^柳溪村第.+网格$/);
    }
    for (const p of places) expect(isPlaceCode(p.code) && p.code.startsWith(byKey.get(p.parentKey!)!.code)).toBe(true);
  });

  it('has grids about 300-600 m across, the town about 10 km from the street', () => {
    for (const g of grids) {
      const [x0, y0, x1, y1] = bboxOf(geo(g));
      const w = (x1 - x0) * 111_320 * Math.cos((39.9 * Math.PI) / 180);
      const h = (y1 - y0) * 110_574;
      expect(Math.min(w, h)).toBeGreaterThan(300);
      expect(Math.max(w, h)).toBeLessThan(800);
    }
    const [sx] = bboxOf(geo(ofType('street')[0]));
    const [tx] = bboxOf(geo(ofType('town')[0]));
    expect((tx - sx) * 85_000).toBeGreaterThan(8_000);
  });

  it('B1 no overlaps: any two grids share at most 1 m²', () => {
    let neighbours = 0;
    for (let i = 0; i < grids.length; i++) {
      for (let j = i + 1; j < grids.length; j++) {
        if (!bboxesTouch(bboxOf(geo(grids[i])), bboxOf(geo(grids[j])))) continue;
        neighbours++;
        expect(sharedArea(geo(grids[i]), geo(grids[j])), `${grids[i].key} × ${grids[j].key}`).toBeLessThanOrEqual(1);
      }
    }
    expect(neighbours).toBeGreaterThan(60);
  });

  it('B1 no gaps: the grids of each area add up to its shape (within 0.1%)', () => {
    for (const parent of regions.filter((r) => ['street', 'town', 'community', 'workstation'].includes(r.type))) {
      const children = parent.type === 'workstation' ? grids.filter((g) => g.parentKey === parent.key) : under(parent.key);
      const sum = children.reduce((s, g) => s + area(geo(g)), 0);
      expect(Math.abs(sum - area(geo(parent))) / area(geo(parent)), parent.key).toBeLessThan(0.001);
    }
    const district = ofType('district')[0];
    expect(Math.abs(grids.reduce((s, g) => s + area(geo(g)), 0) - area(geo(district))) / area(geo(district))).toBeLessThan(0.001);
  });

  it('A8.3 puts every compound and building strictly inside its own grid', () => {
    const index = new GridSpatialIndex(grids.map((g) => ({ id: g.key, code: g.code, name: g.name, geometry: geo(g) })));
    for (const p of places) {
      const grid = byKey.get(p.parentKey!)!;
      const [x, y] = p.point!;
      expect(placePoint(flattenPolygonal(geo(grid)), x, y), p.key).toBe(INSIDE);
      expect(index.locate(x, y)?.id).toBe(grid.key);
    }
  });

  it('is deterministic: two calls are deep-equal; another seed gives another map', () => {
    expect(buildDemoGeometry()).toEqual(buildDemoGeometry());
    expect(buildDemoGeometry(7)).toEqual(buildDemoGeometry(7));
    expect(buildDemoGeometry(7)).not.toEqual(buildDemoGeometry());
  });

  it('passes validateGridCollection as one GeoJSON file (parents: workstations and communities with shapes)', () => {
    const input = {
      type: 'FeatureCollection',
      features: grids.map((g) => ({
        type: 'Feature',
        properties: { code: g.code, name: g.name, parentCode: byKey.get(g.parentKey!)!.code },
        geometry: g.geometry,
      })),
    };
    const parents = new Map<string, Geometry | null>(
      regions.filter((r) => r.type === 'workstation' || r.type === 'community').map((r) => [r.code, r.geometry ?? null]),
    );
    const result = validateGridCollection(JSON.parse(JSON.stringify(input)), { parents, existing: [] });
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(44);
  });
});
