import { describe, expect, it } from 'vitest';
import type { GeoProblem } from './geojson-problems';
import { multi, rect, rectRing } from './geo-fixtures';
import type { Polygonal, Position } from './geometry';
import { checkRings } from './ring-validity';
import { SegmentSet } from './segment-set';

const X = 116.4;
const Y = 39.9;
const D = 0.001;
const p = (i: number, j: number): Position => [X + i * D, Y + j * D];
const ring = (...points: Position[]): Position[] => [...points, points[0]];
const polygon = (...rings: Position[][]): Polygonal => ({ type: 'Polygon', coordinates: rings });

function problemsOf(shape: Polygonal): Array<Pick<GeoProblem, 'code' | 'path'> & { message: string }> {
  const found: Array<Pick<GeoProblem, 'code' | 'path'> & { message: string }> = [];
  const ok = checkRings(new SegmentSet(shape), 'geometry', (path, code, message) => found.push({ path, code, message }));
  expect(ok).toBe(found.length === 0);
  return found;
}

describe('ring checks: rings must not cross, holes inside their outline, polygons apart', () => {
  it.each<[string, Polygonal]>([
    ['a rectangle', rect(X, Y, X + D, Y + D)],
    ['a clockwise rectangle', polygon(rectRing(X, Y, X + D, Y + D).reverse())],
    ['a position repeated', polygon(ring(p(0, 0), p(1, 0), p(1, 0), p(1, 1), p(0, 1)))],
    ['a ring touching itself at a vertex', polygon(ring(p(0, 0), p(4, 0), p(4, 4), p(2, 2), p(3, 1), p(1, 1), p(2, 2), p(0, 4)))],
    ['a hole', rect(X, Y, X + 4 * D, Y + 4 * D, [rectRing(X + D, Y + D, X + 2 * D, Y + 2 * D)])],
    ['a hole touching the outline at a vertex', polygon(rectRing(X, Y, X + 4 * D, Y + 4 * D), ring(p(0, 2), p(1, 1), p(2, 2), p(1, 3)))],
    [
      'two holes touching at a vertex',
      polygon(rectRing(X, Y, X + 4 * D, Y + 4 * D), ring(p(1, 1), p(2, 1), p(2, 2), p(1, 2)), ring(p(2, 2), p(3, 2), p(3, 3), p(2, 3))),
    ],
    ['polygons side by side sharing an edge', multi(rect(X, Y, X + D, Y + D), rect(X + D, Y, X + 2 * D, Y + D))],
    ['a hole along part of its outline', polygon(rectRing(X, Y, X + 4 * D, Y + 4 * D), ring(p(1, 0), p(2, 0), p(2, 1), p(1, 1)))],
    [
      "an island in another polygon's hole",
      multi(
        rect(X, Y, X + 4 * D, Y + 4 * D, [rectRing(X + D, Y + D, X + 3 * D, Y + 3 * D)]),
        rect(X + 1.5 * D, Y + 1.5 * D, X + 2.5 * D, Y + 2.5 * D),
      ),
    ],
  ])('accepts %s', (_label, shape) => {
    expect(problemsOf(shape)).toEqual([]);
  });

  it('a ring crossing itself (bow tie) → RING_SELF_INTERSECTION at the first edge, naming the other', () => {
    const found = problemsOf(polygon(ring(p(0, 0), p(2, 2), p(2, 0), p(0, 2))));
    expect(found).toEqual([
      {
        path: 'geometry.coordinates[0][0]',
        code: 'RING_SELF_INTERSECTION',
        message: expect.stringMatching(/position 0 .* crosses .* position 2/),
      },
    ]);
  });

  it('a spike (an edge folding back along the one before) → RING_SELF_INTERSECTION', () => {
    const found = problemsOf(polygon(ring(p(0, 0), p(2, 0), p(3, 0), p(2, 0), p(2, 2), p(0, 2))));
    expect(found.map((f) => f.code)).toEqual(['RING_SELF_INTERSECTION']);
    expect(found[0].message).toContain('runs along');
  });

  it('a hole crossing its outline, in a MultiPolygon → RINGS_INTERSECT naming both rings', () => {
    const shape = multi(
      rect(X + 10 * D, Y, X + 11 * D, Y + D),
      rect(X, Y, X + 2 * D, Y + 2 * D, [rectRing(X + D, Y + D, X + 3 * D, Y + 1.5 * D)]),
    );
    const found = problemsOf(shape);
    expect(found).toEqual([
      {
        path: expect.stringMatching(/^geometry\.coordinates\[1\]\[[01]\]$/),
        code: 'RINGS_INTERSECT',
        message: expect.stringMatching(/coordinates\[1\]\[[01]\]/),
      },
    ]);
  });

  it('a hole outside its outline → RINGS_INTERSECT', () => {
    const found = problemsOf(rect(X, Y, X + D, Y + D, [rectRing(X + 2 * D, Y, X + 3 * D, Y + D)]));
    expect(found).toEqual([
      {
        path: 'geometry.coordinates[1]',
        code: 'RINGS_INTERSECT',
        message: expect.stringContaining('outside its outer ring geometry.coordinates[0]'),
      },
    ]);
  });

  it('a hole inside another hole → RINGS_INTERSECT', () => {
    const shape = rect(X, Y, X + 4 * D, Y + 4 * D, [
      rectRing(X + D, Y + D, X + 3 * D, Y + 3 * D),
      rectRing(X + 1.5 * D, Y + 1.5 * D, X + 2.5 * D, Y + 2.5 * D),
    ]);
    expect(problemsOf(shape).map((f) => [f.code, f.path])).toEqual([['RINGS_INTERSECT', 'geometry.coordinates[2]']]);
  });

  it('a polygon inside another polygon of the MultiPolygon, or the same polygon twice → RINGS_INTERSECT', () => {
    const nested = problemsOf(multi(rect(X, Y, X + 4 * D, Y + 4 * D), rect(X + D, Y + D, X + 2 * D, Y + 2 * D)));
    expect(nested.map((f) => f.code)).toEqual(['RINGS_INTERSECT']);
    expect(nested[0].message).toContain('inside another polygon');
    const twice = problemsOf(multi(rect(X, Y, X + D, Y + D), rect(X, Y, X + D, Y + D)));
    expect(twice.map((f) => f.code)).toEqual(['RINGS_INTERSECT']);
  });

  it('finds the crossing of a 9,999-position ring built to cross itself thousands of times, comparing only nearby edges', () => {
    const n = 9_998;
    const star: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i * 7) / n;
      star.push([+(X + D * Math.cos(a)).toFixed(7), +(Y + D * Math.sin(a)).toFixed(7)]);
    }
    const started = performance.now();
    expect(problemsOf(polygon([...star, star[0]])).map((f) => f.code)).toEqual(['RING_SELF_INTERSECTION']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
