import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { validateGridCollection, type GridValidationContext } from './validate-geojson';
import { sharedArea } from './grid-overlap';
import { collection, gridFeature, multi, rect } from './geo-fixtures';
import type { Geometry } from './geometry';

const C1 = '110105001001';
const C2 = '110105001002';
const W1 = `${C1}W01`;
const W2 = `${C1}W02`;
const code = (community: string, n: number): string => `${community}${String(n).padStart(3, '0')}`;
const D = 0.001; // ≈ 85 m east-west, 111 m north-south at 39.9°N
const X = 116.4;
const Y = 39.9;
const box = (x0: number, x1: number, y0 = 0, y1 = 1): Geometry => rect(X + x0 * D, Y + y0 * D, X + x1 * D, Y + y1 * D);
const parents = (shapes: Record<string, Geometry | null> = {}): Map<string, Geometry | null> =>
  new Map([[C1, null], [C2, null], [W1, null], [W2, null], ...Object.entries(shapes)]);
const run = (features: unknown[], ctx: Partial<GridValidationContext> = {}) =>
  validateGridCollection(collection(features), { parents: parents(), existing: [], ...ctx });
const feature = (geometry: Geometry, n: number, parentCode = W1) =>
  gridFeature(geometry, { code: code(parentCode.slice(0, 12), n), name: `网格${n}`, parentCode });

describe('B1 no overlaps between grids', () => {
  it('B1 grids sharing edges and corners do not overlap', () => {
    const result = run([feature(box(0, 1), 1), feature(box(1, 2), 2), feature(box(0, 1, 1, 2), 3), feature(box(1, 2, 1, 2), 4)]);
    expect(result.problems).toEqual([]);
  });

  it('B1 sibling grids sharing more than 1 m² are reported on the later feature, naming the other', () => {
    const result = run([feature(box(0, 1), 1), feature(box(2, 3), 2), feature(box(0.9, 1.9), 3)]);
    expect(result.ok).toBe(false);
    expect(result.problems.map(({ feature: f, code: c, path }) => ({ f, c, path }))).toEqual([
      { f: 2, c: 'GRIDS_OVERLAP', path: 'features[2].geometry' },
    ]);
    expect(result.problems[0].message).toMatch(/feature 0 \(110105001001001\) by 9\d\d\.\d m²/);
    expect(result.problems[0].params).toEqual({ otherFeature: 0, otherCode: '110105001001001', area: expect.closeTo(950, -2) });
  });

  it('B1 up to 1 m² of shared area is tolerated', () => {
    const tiny = rect(X + (1 - 1e-5) * D, Y, X + 2 * D, Y + 0.008 * D); // shares ≈ 0.00085 m × 0.9 m
    expect(sharedArea(box(0, 1) as never, tiny)).toBeLessThan(1);
    expect(run([feature(box(0, 1), 1), feature(tiny as Geometry, 2)]).problems).toEqual([]);
    const small = rect(X + 0.99 * D, Y, X + 2 * D, Y + D); // shares ≈ 0.85 m × 111 m ≈ 94 m²
    expect(sharedArea(box(0, 1) as never, small)).toBeGreaterThan(90);
    expect(run([feature(box(0, 1), 1), feature(small as Geometry, 2)]).problems.map((p) => p.code)).toEqual(['GRIDS_OVERLAP']);
  });

  it('B1 grids of two workstations of one community must not overlap either; other communities are left to their parents', () => {
    const sameCommunity = run([feature(box(0, 1), 1, W1), feature(box(0.5, 1.5), 2, W2)]);
    expect(sameCommunity.problems.map((p) => p.code)).toEqual(['GRIDS_OVERLAP']);
    const otherCommunity = run([feature(box(0, 1), 1, C1), feature(box(0.5, 1.5), 1, C2)]);
    expect(otherCommunity.problems).toEqual([]);
  });

  it('B1 overlap with a stored sibling grid is reported; a stored grid the file replaces is not compared', () => {
    const existing = [
      { code: code(C1, 10), parentCode: W1, geometry: box(5, 6) },
      { code: code(C1, 1), parentCode: W1, geometry: box(0, 1) },
    ];
    const result = run([feature(box(5.5, 6.5), 2), feature(box(0.2, 0.8), 1)], { existing });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ feature: 0, code: 'GRIDS_OVERLAP' });
    expect(result.problems[0].message).toContain('existing grid 110105001001010');
    expect(result.problems[0].params).toMatchObject({ otherFeature: -1, otherCode: '110105001001010' });
  });

  it("B1 MultiPolygons and holes count their real area: a grid inside another one's hole does not overlap it", () => {
    const donut = rect(X, Y, X + 3 * D, Y + 3 * D, [
      [
        [X + D, Y + D],
        [X + D, Y + 2 * D],
        [X + 2 * D, Y + 2 * D],
        [X + 2 * D, Y + D],
        [X + D, Y + D],
      ],
    ]);
    const inHole = box(1, 2, 1, 2);
    expect(run([feature(donut, 1), feature(inHole, 2)]).problems).toEqual([]);
    const parts = multi(rect(X + 10 * D, Y, X + 11 * D, Y + D), rect(X + 12 * D, Y, X + 13 * D, Y + D));
    expect(run([feature(parts, 1), feature(box(12.5, 13.5), 2)]).problems.map((p) => p.code)).toEqual(['GRIDS_OVERLAP']);
  });
});

describe('every grid inside its parent when the parent has a shape', () => {
  const parentShape = box(0, 4, 0, 2);

  it('grids inside, or on the edge of, the parent pass', () => {
    const result = run([feature(box(0, 2), 1), feature(box(2, 4, 1, 2), 2)], { parents: parents({ [W1]: parentShape }) });
    expect(result.problems).toEqual([]);
  });

  it('a grid reaching more than 1 m² outside is reported with the area outside', () => {
    const result = run([feature(box(3.5, 4.5), 1), feature(box(10, 11), 2)], { parents: parents({ [W1]: parentShape }) });
    expect(result.problems.map((p) => [p.feature, p.code])).toEqual([
      [0, 'OUTSIDE_PARENT'],
      [1, 'OUTSIDE_PARENT'],
    ]);
    const whole = area(box(10, 11));
    expect(result.problems[1].message).toContain(`${whole.toFixed(1)} m²`);
    expect(result.problems[0].message).toContain(W1);
    expect(result.problems[1].params).toEqual({ parentCode: W1, area: Math.round(whole * 10) / 10 });
  });

  it('up to 1 m² outside is tolerated', () => {
    const sliver = rect(X, Y - 0.000005 * D, X + D, Y + D); // ≈ 85 m × 0.0006 m outside
    expect(run([feature(sliver as Geometry, 1)], { parents: parents({ [W1]: parentShape }) }).problems).toEqual([]);
  });

  it('a parent without a shape does not constrain its grids', () => {
    expect(run([feature(box(100, 101), 1)], { parents: parents({ [W1]: null }) }).problems).toEqual([]);
  });
});
