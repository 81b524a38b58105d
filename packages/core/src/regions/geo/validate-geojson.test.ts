import { describe, expect, it } from 'vitest';
import { collectParentCodes, validateGridCollection, type GridValidationContext } from './validate-geojson';
import { collection, gridFeature, multi, rect, rectRing } from './geo-fixtures';
import type { GeoProblem } from './geojson-problems';

const COMMUNITY = '110105001001';
const WS = `${COMMUNITY}W01`;
const g = (n: number): string => `${COMMUNITY}${String(n).padStart(3, '0')}`;
const ctx: GridValidationContext = {
  parents: new Map([
    [COMMUNITY, null],
    [WS, null],
  ]),
  existing: [],
};
// 0.001° × 0.001° cells near Beijing (~85 m × 111 m)
const cell = (i: number) => rect(116.4 + i * 0.001, 39.9, 116.401 + i * 0.001, 39.901);
const good = (i: number, extra: Record<string, unknown> = {}) =>
  gridFeature(cell(i), { code: g(i + 1), name: `第${i + 1}网格`, parentCode: WS, ...extra });
const brief = (problems: GeoProblem[]) => problems.map(({ feature, code, path }) => ({ feature, code, path }));
const codesOf = (input: unknown) => validateGridCollection(input, ctx).problems.map((p) => p.code);

describe('validateGridCollection: a good file', () => {
  it('accepts Polygons (with holes) and MultiPolygons sharing edges, and returns the parsed features', () => {
    const withHole = rect(116.402, 39.9, 116.403, 39.901, [rectRing(116.4024, 39.9004, 116.4026, 39.9006).reverse()]);
    const two = multi(rect(116.403, 39.9, 116.404, 39.901), rect(116.405, 39.9, 116.406, 39.901));
    const input = collection([
      good(0),
      good(1, { parentCode: COMMUNITY }),
      gridFeature(withHole, { code: g(3), name: ' 三 ', parentCode: WS }),
      gridFeature(two, { code: g(4), name: '四', parentCode: WS, extra: 1 }),
    ]);
    const result = validateGridCollection(input, ctx);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.features.map((f) => [f.index, f.code, f.name, f.parentCode])).toEqual([
      [0, g(1), '第1网格', WS],
      [1, g(2), '第2网格', COMMUNITY],
      [2, g(3), '三', WS],
      [3, g(4), '四', WS],
    ]);
    expect(result.features[3].geometry.type).toBe('MultiPolygon');
  });

  it('lists the parent codes a caller must load first', () => {
    expect(collectParentCodes(collection([good(0), good(1), good(2, { parentCode: COMMUNITY }), 5]))).toEqual([WS, COMMUNITY]);
    expect(collectParentCodes(null)).toEqual([]);
  });
});

describe('validateGridCollection: the file as a whole', () => {
  it.each([null, 42, 'text', [], { type: 'Feature' }, { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: {} }])(
    'rejects %j as NOT_A_FEATURE_COLLECTION (feature -1)',
    (input) => {
      const result = validateGridCollection(input, ctx);
      expect(result.ok).toBe(false);
      expect(brief(result.problems)).toEqual([{ feature: -1, code: 'NOT_A_FEATURE_COLLECTION', path: '' }]);
      expect(result.features).toEqual([]);
    },
  );

  it('rejects an empty collection', () => {
    expect(codesOf(collection([]))).toEqual(['NO_FEATURES']);
  });
});

describe('validateGridCollection: each kind of broken feature', () => {
  const geometryCases: Array<[string, unknown, string, string]> = [
    ['no geometry', undefined, 'GEOMETRY_MISSING', 'features[0].geometry'],
    ['null geometry', null, 'GEOMETRY_MISSING', 'features[0].geometry'],
    ['a Point', { type: 'Point', coordinates: [116.4, 39.9] }, 'GEOMETRY_TYPE_INVALID', 'features[0].geometry.type'],
    [
      'a LineString',
      {
        type: 'LineString',
        coordinates: [
          [116.4, 39.9],
          [116.5, 39.9],
        ],
      },
      'GEOMETRY_TYPE_INVALID',
      'features[0].geometry.type',
    ],
    ['a GeometryCollection', { type: 'GeometryCollection', geometries: [] }, 'GEOMETRY_TYPE_INVALID', 'features[0].geometry.type'],
    ['a string', 'POLYGON((0 0))', 'GEOMETRY_TYPE_INVALID', 'features[0].geometry.type'],
    ['coordinates not an array', { type: 'Polygon', coordinates: 'x' }, 'COORDINATES_INVALID', 'features[0].geometry.coordinates'],
    ['no rings', { type: 'Polygon', coordinates: [] }, 'GEOMETRY_EMPTY', 'features[0].geometry.coordinates'],
    ['no polygons', { type: 'MultiPolygon', coordinates: [] }, 'GEOMETRY_EMPTY', 'features[0].geometry.coordinates'],
    [
      'a polygon without rings in a MultiPolygon',
      { type: 'MultiPolygon', coordinates: [[]] },
      'GEOMETRY_EMPTY',
      'features[0].geometry.coordinates[0]',
    ],
    ['a ring that is not an array', { type: 'Polygon', coordinates: [5] }, 'COORDINATES_INVALID', 'features[0].geometry.coordinates[0]'],
    [
      'a position that is not an array',
      { type: 'Polygon', coordinates: [[[116.4, 39.9], 'p', [116.41, 39.91], [116.4, 39.9]]] },
      'POSITION_INVALID',
      'features[0].geometry.coordinates[0][1]',
    ],
    [
      'a position with one number',
      { type: 'Polygon', coordinates: [[[116.4, 39.9], [116.41], [116.41, 39.91], [116.4, 39.9]]] },
      'POSITION_INVALID',
      'features[0].geometry.coordinates[0][1]',
    ],
    [
      'a non-numeric coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.41, '39.9'],
            [116.41, 39.91],
            [116.4, 39.9],
          ],
        ],
      },
      'COORDINATE_NOT_NUMBER',
      'features[0].geometry.coordinates[0][1][1]',
    ],
    [
      'a NaN coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [Number.NaN, 39.9],
            [116.41, 39.91],
            [116.4, 39.9],
          ],
        ],
      },
      'COORDINATE_NOT_NUMBER',
      'features[0].geometry.coordinates[0][1][0]',
    ],
    [
      'a longitude out of range',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [216.41, 39.9],
            [116.41, 39.91],
            [116.4, 39.9],
          ],
        ],
      },
      'COORDINATE_OUT_OF_RANGE',
      'features[0].geometry.coordinates[0][1][0]',
    ],
    [
      'a latitude out of range',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.41, -90.5],
            [116.41, 39.91],
            [116.4, 39.9],
          ],
        ],
      },
      'COORDINATE_OUT_OF_RANGE',
      'features[0].geometry.coordinates[0][1][1]',
    ],
    [
      'a ring of 3 positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.41, 39.9],
            [116.4, 39.9],
          ],
        ],
      },
      'RING_TOO_SHORT',
      'features[0].geometry.coordinates[0]',
    ],
    [
      'a ring that is not closed',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.41, 39.9],
            [116.41, 39.91],
            [116.4, 39.91],
          ],
        ],
      },
      'RING_NOT_CLOSED',
      'features[0].geometry.coordinates[0]',
    ],
    [
      'a hole that is not closed',
      { type: 'Polygon', coordinates: [rectRing(116.4, 39.9, 116.41, 39.91), rectRing(116.402, 39.902, 116.404, 39.904).slice(0, 4)] },
      'RING_NOT_CLOSED',
      'features[0].geometry.coordinates[1]',
    ],
    [
      'a flat ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.41, 39.9],
            [116.42, 39.9],
            [116.4, 39.9],
          ],
        ],
      },
      'RING_DEGENERATE',
      'features[0].geometry.coordinates[0]',
    ],
    [
      'a ring crossing itself',
      {
        type: 'Polygon',
        coordinates: [
          [
            [116.4, 39.9],
            [116.42, 39.91],
            [116.42, 39.9],
            [116.4, 39.92],
            [116.4, 39.9],
          ],
        ],
      },
      'RING_SELF_INTERSECTION',
      'features[0].geometry.coordinates[0][0]',
    ],
    [
      'a hole outside its outline',
      { type: 'Polygon', coordinates: [rectRing(116.4, 39.9, 116.401, 39.901), rectRing(116.402, 39.9, 116.403, 39.901)] },
      'RINGS_INTERSECT',
      'features[0].geometry.coordinates[1]',
    ],
    [
      'a ring of 10,001 positions',
      { type: 'Polygon', coordinates: [Array(10_001).fill([116.4, 39.9])] },
      'GEOMETRY_TOO_LARGE',
      'features[0].geometry.coordinates[0]',
    ],
    [
      'a bad ring inside a MultiPolygon',
      {
        type: 'MultiPolygon',
        coordinates: [
          rect(116.4, 39.9, 116.401, 39.901).coordinates,
          [
            [
              [116.5, 39.9],
              [116.51, 39.9],
              [116.5, 39.9],
            ],
          ],
        ],
      },
      'RING_TOO_SHORT',
      'features[0].geometry.coordinates[1][0]',
    ],
  ];

  it.each(geometryCases)('geometry: %s → %s', (_label, geometry, code, path) => {
    const result = validateGridCollection(collection([gridFeature(geometry, { code: g(1), name: '一', parentCode: WS })]), ctx);
    expect(result.ok).toBe(false);
    expect(brief(result.problems)).toEqual([{ feature: 0, code, path }]);
    expect(result.problems[0].message.length).toBeGreaterThan(10);
    expect(result.features).toEqual([]);
  });

  // A symmetric bow tie: its two loops turn opposite ways, so the shoelace sum is 0 although no position lies on one line.
  const ring = (...points: number[][]) => ({ type: 'Polygon', coordinates: [[...points, points[0]]] });
  const bowTie = ring([116.4, 39.9], [116.41, 39.91], [116.41, 39.9], [116.4, 39.91]);
  const figureEight = ring([116.4, 39.9], [116.41, 39.9], [116.41, 39.91], [116.4, 39.9], [116.39, 39.89], [116.39, 39.9]);
  it.each([
    ['a symmetric bow tie', bowTie],
    ['a figure eight whose loops touch at a position and cancel out', figureEight],
  ])('B1 %s → RING_SELF_INTERSECTION, not RING_DEGENERATE (the ring crosses itself, it is not collinear)', (_label, geometry) => {
    const result = validateGridCollection(collection([gridFeature(geometry, { code: g(1), name: '一', parentCode: WS })]), ctx);
    expect(brief(result.problems)).toEqual([{ feature: 0, code: 'RING_SELF_INTERSECTION', path: 'features[0].geometry.coordinates[0]' }]);
    expect(result.problems[0].message).not.toContain('one line');
  });

  it('B1 positions all on one slanted line → RING_DEGENERATE', () => {
    const flat = ring([116.4, 39.9], [116.42, 39.92], [116.41, 39.91]);
    expect(codesOf(collection([gridFeature(flat, { code: g(1), name: '一', parentCode: WS })]))).toEqual(['RING_DEGENERATE']);
  });

  it('hints at swapped [lat, lng]', () => {
    const swapped = {
      type: 'Polygon',
      coordinates: [
        [
          [39.9, 116.4],
          [39.9, 116.41],
          [39.91, 116.41],
          [39.9, 116.4],
        ],
      ],
    };
    const { problems } = validateGridCollection(collection([gridFeature(swapped, { code: g(1), name: '一', parentCode: WS })]), ctx);
    expect(problems).toHaveLength(4); // every position reported
    expect(problems.every((p) => p.code === 'COORDINATE_OUT_OF_RANGE' && p.message.includes('swapped'))).toBe(true);
  });

  const propertyCases: Array<[string, unknown, string, string]> = [
    ['no properties', null, 'PROPERTIES_MISSING', 'features[0].properties'],
    ['no code', { name: '一', parentCode: WS }, 'CODE_MISSING', 'features[0].properties.code'],
    ['an empty code', { code: '', name: '一', parentCode: WS }, 'CODE_MISSING', 'features[0].properties.code'],
    ['a 14-digit code', { code: '11010500100100', name: '一', parentCode: WS }, 'CODE_INVALID', 'features[0].properties.code'],
    ['a numeric code', { code: 110105001001001, name: '一', parentCode: WS }, 'CODE_INVALID', 'features[0].properties.code'],
    ['a code with letters', { code: '11010500100100A', name: '一', parentCode: WS }, 'CODE_INVALID', 'features[0].properties.code'],
    ['no name', { code: g(1), parentCode: WS }, 'NAME_MISSING', 'features[0].properties.name'],
    ['a blank name', { code: g(1), name: '  ', parentCode: WS }, 'NAME_MISSING', 'features[0].properties.name'],
    ['no parentCode', { code: g(1), name: '一' }, 'PARENT_CODE_MISSING', 'features[0].properties.parentCode'],
    [
      'an unknown parentCode',
      { code: g(1), name: '一', parentCode: '110105001009' },
      'PARENT_NOT_FOUND',
      'features[0].properties.parentCode',
    ],
  ];

  it.each(propertyCases)('properties: %s → %s', (_label, properties, code, path) => {
    const feature = { type: 'Feature', properties, geometry: cell(0) };
    const result = validateGridCollection(collection([feature]), ctx);
    expect(brief(result.problems)).toEqual([{ feature: 0, code, path }]);
  });

  it('a grid whose parent is not its community nor one of its workstations → CODE_PARENT_MISMATCH', () => {
    const other = '110105001002';
    const parents = new Map([
      [other, null],
      [`${other}W01`, null],
    ]);
    for (const parentCode of [other, `${other}W01`]) {
      const { problems } = validateGridCollection(collection([good(0, { parentCode })]), { parents, existing: [] });
      expect(brief(problems)).toEqual([{ feature: 0, code: 'CODE_PARENT_MISMATCH', path: 'features[0].properties.parentCode' }]);
    }
  });

  it('a feature that is not a Feature', () => {
    expect(brief(validateGridCollection(collection(['x']), ctx).problems)).toEqual([
      { feature: 0, code: 'FEATURE_INVALID', path: 'features[0]' },
    ]);
    const wrongType = { ...good(0), type: 'Polygon' };
    expect(brief(validateGridCollection(collection([wrongType]), ctx).problems)).toEqual([
      { feature: 0, code: 'FEATURE_INVALID', path: 'features[0].type' },
    ]);
  });

  it('duplicate codes: every later use is reported, naming the first', () => {
    const { problems } = validateGridCollection(collection([good(0), good(1, { code: g(1) }), good(2), good(3, { code: g(1) })]), ctx);
    expect(brief(problems)).toEqual([
      { feature: 1, code: 'CODE_DUPLICATE', path: 'features[1].properties.code' },
      { feature: 3, code: 'CODE_DUPLICATE', path: 'features[3].properties.code' },
    ]);
    expect(problems[0].message).toContain('feature 0');
    expect(problems.map((p) => p.params)).toEqual([{ firstFeature: 0 }, { firstFeature: 0 }]);
  });
});

describe('validateGridCollection: several problems at once', () => {
  it('reports every problem of every feature with its index, in feature order', () => {
    const input = collection([
      good(0),
      gridFeature(
        {
          type: 'Polygon',
          coordinates: [
            [
              [116.401, 39.9],
              [116.402, 39.9],
              [116.402, 39.901],
            ],
          ],
        },
        { code: '123', name: '', parentCode: WS },
      ),
      good(2),
      gridFeature({ type: 'Point', coordinates: [116.4, 39.9] }, { code: g(1), name: '重复', parentCode: 'nope' }),
      gridFeature(
        {
          type: 'Polygon',
          coordinates: [
            [
              [116.404, 39.9],
              [190, 39.9],
              [116.405, 'x'],
              [116.404, 39.9],
            ],
          ],
        },
        { code: g(5), name: '五', parentCode: WS },
      ),
      good(5),
    ]);
    const result = validateGridCollection(input, ctx);
    expect(result.ok).toBe(false);
    expect(brief(result.problems)).toEqual([
      { feature: 1, code: 'CODE_INVALID', path: 'features[1].properties.code' },
      { feature: 1, code: 'NAME_MISSING', path: 'features[1].properties.name' },
      { feature: 1, code: 'RING_TOO_SHORT', path: 'features[1].geometry.coordinates[0]' },
      { feature: 1, code: 'RING_NOT_CLOSED', path: 'features[1].geometry.coordinates[0]' },
      { feature: 3, code: 'PARENT_NOT_FOUND', path: 'features[3].properties.parentCode' },
      { feature: 3, code: 'GEOMETRY_TYPE_INVALID', path: 'features[3].geometry.type' },
      { feature: 3, code: 'CODE_DUPLICATE', path: 'features[3].properties.code' },
      { feature: 4, code: 'COORDINATE_OUT_OF_RANGE', path: 'features[4].geometry.coordinates[0][1][0]' },
      { feature: 4, code: 'COORDINATE_NOT_NUMBER', path: 'features[4].geometry.coordinates[0][2][1]' },
    ]);
    expect(result.features.map((f) => f.index)).toEqual([0, 2, 5]);
  });

  it('stops listing at maxProblems and says so', () => {
    const bad = Array.from({ length: 10 }, (_, i) => gridFeature(null, { code: g(i + 1), name: 'x', parentCode: WS }));
    const { problems } = validateGridCollection(collection(bad), { ...ctx, maxProblems: 3 });
    expect(problems.map((p) => p.code)).toEqual(['TOO_MANY_PROBLEMS', 'GEOMETRY_MISSING', 'GEOMETRY_MISSING', 'GEOMETRY_MISSING']);
    expect(problems[0].feature).toBe(-1);
  });
});
