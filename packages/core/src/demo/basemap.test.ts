import { describe, expect, it } from 'vitest';
import { readBasemapFile } from '../regions/geo/basemap-file';
import { bboxOf, type Polygonal } from '../regions/geo/geometry';
import { INSIDE, flattenPolygonal, placePoint } from '../regions/geo/point-in-polygon';
import { buildDemoBasemap } from './basemap';
import { buildDemoGeometry, DEMO_SEED } from './geometry';

const geometry = buildDemoGeometry();
const maps = buildDemoBasemap(geometry, DEMO_SEED);
const region = (key: string) => geometry.regions.find((r) => r.key === key)!;

describe('demo base map (issue 11 item 10)', () => {
  it('one map for the street and one for the town, each a valid base-map file within its area', () => {
    expect(maps.map((m) => m.areaKey)).toEqual(['xingfu', 'qingshan']);
    for (const m of maps) {
      const area = bboxOf(region(m.areaKey).geometry as Polygonal);
      const read = readBasemapFile({ type: 'FeatureCollection', features: m.features }, area);
      expect(read.problems).toEqual([]);
      expect(read.features).toEqual(m.features);
    }
  });

  it('named roads run along every grid edge line, past both ends of the area; the street has 14, the town 8', () => {
    const roads = (key: string) => maps.find((m) => m.areaKey === key)!.features.filter((f) => f.properties.kind.endsWith('road'));
    expect(roads('xingfu')).toHaveLength(14);
    expect(roads('qingshan')).toHaveLength(8);
    const names = roads('xingfu').map((f) => f.properties.name);
    expect(new Set(names).size).toBe(14);
    expect(names).toContain('幸福大道');
    const vertices = new Set(roads('xingfu').flatMap((f) => (f.geometry.coordinates as number[][]).map((p) => p.join(','))));
    for (const g of geometry.regions.filter((r) => r.type === 'grid' && r.key.startsWith('xingfu/'))) {
      for (const p of (g.geometry as { coordinates: number[][][] }).coordinates[0]) expect(vertices.has(p.join(','))).toBe(true);
    }
    const outline = bboxOf(region('xingfu').geometry as Polygonal);
    const road = roads('xingfu')[0].geometry.coordinates as number[][];
    expect(road[0][0]).toBeLessThan(outline[0]);
  });

  it('every compound and building of the demo has a footprint, inside its grid and named after it', () => {
    for (const m of maps) {
      const named = new Map(
        m.features.filter((f) => f.properties.name && f.geometry.type === 'Polygon').map((f) => [f.properties.name, f]),
      );
      const places = geometry.regions.filter((r) => r.point && r.key.startsWith(`${m.areaKey}/`));
      expect(places.length).toBeGreaterThan(10);
      for (const p of places) {
        const f = named.get(p.name);
        expect(f, p.name).toBeDefined();
        const grid = flattenPolygonal(region(p.parentKey!).geometry as Polygonal);
        for (const [x, y] of (f!.geometry.coordinates as number[][][])[0]) expect(placePoint(grid, x, y)).toBe(INSIDE);
      }
    }
  });

  it('is the same every time for the same seed', () => {
    expect(buildDemoBasemap(buildDemoGeometry(), DEMO_SEED)).toEqual(maps);
  });
});

describe('base-map files (issue 11 item 10)', () => {
  const area: [number, number, number, number] = [116, 39, 116.05, 39.05];
  const road = (coordinates: unknown, props: Record<string, unknown> = { kind: 'road', name: '一号路' }) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates } }],
  });
  const codes = (input: unknown) => readBasemapFile(input, area).problems.map((p) => p.code);

  it('refuses what is not a file of roads and footprints near the area, naming each problem', () => {
    expect(codes({ type: 'Feature' })).toEqual(['NOT_A_FEATURE_COLLECTION']);
    expect(codes({ type: 'FeatureCollection', features: [] })).toEqual(['NO_FEATURES']);
    expect(codes(road([[116.01, 39.01]]))).toEqual(['COORDINATES_INVALID']);
    expect(
      codes(
        road([
          [116.01, 39.01],
          [116.02, 'x'],
        ]),
      ),
    ).toEqual(['COORDINATE_NOT_NUMBER']);
    expect(
      codes(
        road([
          [116.01, 39.01],
          [117, 39.01],
        ]),
      ),
    ).toEqual(['COORDINATE_OUT_OF_RANGE']);
    expect(
      codes(
        road(
          [
            [116.01, 39.01],
            [116.02, 39.01],
          ],
          { kind: 'river' },
        ),
      ),
    ).toEqual(['FEATURE_INVALID']);
    expect(
      codes(
        road(
          [
            [116.01, 39.01],
            [116.02, 39.01],
          ],
          { kind: 'road', name: 'x'.repeat(61) },
        ),
      ),
    ).toEqual(['FEATURE_INVALID']);
    expect(
      codes(
        road(
          [
            [116.01, 39.01],
            [116.02, 39.01],
          ],
          { kind: 'building' },
        ),
      ),
    ).toEqual(['GEOMETRY_TYPE_INVALID']);
    const open = [
      [116.01, 39.01],
      [116.02, 39.01],
      [116.02, 39.02],
      [116.01, 39.02],
    ];
    const building = { type: 'Feature', properties: { kind: 'building' }, geometry: { type: 'Polygon', coordinates: [open] } };
    expect(codes({ type: 'FeatureCollection', features: [building] })).toEqual(['RING_NOT_CLOSED']);
  });

  it('reads a good file: names trimmed, a missing name is null', () => {
    const read = readBasemapFile(
      road(
        [
          [116.01, 39.01],
          [116.02, 39.01, 12],
        ],
        { kind: 'major-road', name: ' 长安街 ' },
      ),
      area,
    );
    expect(read.problems).toEqual([]);
    expect(read.features[0]).toEqual({
      type: 'Feature',
      properties: { kind: 'major-road', name: '长安街' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [116.01, 39.01],
          [116.02, 39.01],
        ],
      },
    });
  });
});
