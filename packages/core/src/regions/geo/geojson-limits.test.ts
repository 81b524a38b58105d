import { describe, expect, it } from 'vitest';
import { GEOJSON_LIMITS, measureShape } from './geojson-limits';
import { collection, gridFeature, rectRing } from './geo-fixtures';
import type { Position } from './geometry';
import { validateGridCollection } from './validate-geojson';

const COMMUNITY = '110105001001';
const code = (n: number) => `${COMMUNITY}${String(n).padStart(3, '0')}`;
const ctx = { parents: new Map([[COMMUNITY, null]]), existing: [] };
const brief = (input: unknown) =>
  validateGridCollection(input, ctx).problems.map(({ feature, code: c, path }) => ({ feature, code: c, path }));
/** A closed ring of n positions around a small circle. */
const ringOf = (n: number, x = 116.4, y = 39.9): Position[] => {
  const ring = Array.from(
    { length: n - 1 },
    (_, i): Position => [x + 0.001 * Math.cos((2 * Math.PI * i) / (n - 1)), y + 0.001 * Math.sin((2 * Math.PI * i) / (n - 1))],
  );
  return [...ring, ring[0]];
};
const grid = (geometry: unknown, n = 1) => gridFeature(geometry, { code: code(n), name: '网格', parentCode: COMMUNITY });

describe('size caps, checked first and from array lengths alone', () => {
  const { ringPositions, shapePositions, polygons, rings, features, filePositions } = GEOJSON_LIMITS;

  it('a shape right at every cap passes them', () => {
    expect(measureShape({ type: 'Polygon', coordinates: [ringOf(ringPositions), ringOf(shapePositions - ringPositions)] })).toEqual({
      positions: shapePositions,
      problem: null,
    });
    expect(
      measureShape({ type: 'MultiPolygon', coordinates: Array.from({ length: polygons }, () => [rectRing(0, 0, 1, 1)]) }).problem,
    ).toBeNull();
    expect(measureShape({ type: 'Polygon', coordinates: Array.from({ length: rings }, () => rectRing(0, 0, 1, 1)) }).problem).toBeNull();
  });

  it.each<[string, unknown, string]>([
    [
      'a ring over the cap',
      { type: 'Polygon', coordinates: [rectRing(0, 0, 1, 1), ringOf(ringPositions + 1)] },
      'features[0].geometry.coordinates[1]',
    ],
    [
      'a shape over the cap',
      { type: 'Polygon', coordinates: [ringOf(ringPositions), ringOf(ringPositions), rectRing(0, 0, 1, 1)] },
      'features[0].geometry.coordinates',
    ],
    [
      'a MultiPolygon of too many polygons',
      { type: 'MultiPolygon', coordinates: Array.from({ length: polygons + 1 }, () => [rectRing(0, 0, 1, 1)]) },
      'features[0].geometry.coordinates',
    ],
    [
      'a polygon of too many rings',
      { type: 'MultiPolygon', coordinates: [[rectRing(0, 0, 1, 1)], Array.from({ length: rings + 1 }, () => rectRing(0, 0, 1, 1))] },
      'features[0].geometry.coordinates[1]',
    ],
  ])('%s → GEOMETRY_TOO_LARGE at its path, the only problem of the shape', (_label, geometry, path) => {
    expect(brief(collection([grid(geometry)]))).toEqual([{ feature: 0, code: 'GEOMETRY_TOO_LARGE', path }]);
  });

  it('positions beyond a cap are never read: a 20,001-position ring of garbage gives one problem, not 20,001', () => {
    const garbage = { type: 'Polygon', coordinates: [Array.from({ length: ringPositions + 1 }, () => 'x')] };
    const { problems } = validateGridCollection(collection([grid(garbage)]), ctx);
    expect(problems).toEqual([
      {
        feature: 0,
        code: 'GEOMETRY_TOO_LARGE',
        path: 'features[0].geometry.coordinates[0]',
        message: expect.stringContaining(`at most ${ringPositions.toLocaleString('en')}`),
      },
    ]);
  });

  it('a file of too many features, or too many positions in all → one problem of the file (feature -1) and nothing else is checked', () => {
    const bad = gridFeature(null, { code: 'bad' });
    expect(brief(collection(Array.from({ length: features + 1 }, () => bad)))).toEqual([
      { feature: -1, code: 'TOO_MANY_FEATURES', path: 'features' },
    ]);
    const big = grid({ type: 'Polygon', coordinates: [ringOf(ringPositions)] });
    const count = Math.floor(filePositions / ringPositions) + 1;
    expect(brief(collection([...Array.from({ length: count }, () => big), bad]))).toEqual([
      { feature: -1, code: 'FILE_TOO_LARGE', path: 'features' },
    ]);
  });
});
