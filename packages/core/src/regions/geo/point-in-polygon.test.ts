import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { createRng } from '../../demo/prng';
import { jitteredTiling } from '../../demo/tiling';
import { INSIDE, ON_BOUNDARY, OUTSIDE, flattenPolygonal, placePoint, pointInShape } from './point-in-polygon';
import { multi, rect, rectRing } from './geo-fixtures';
import type { Polygon, Position } from './geometry';

describe('exact point-in-polygon', () => {
  const withHole = flattenPolygonal(rect(0, 0, 10, 10, [rectRing(4, 4, 6, 6).reverse()]));

  it('tells inside, outside and boundary apart, holes included', () => {
    expect(placePoint(withHole, 1, 1)).toBe(INSIDE);
    expect(placePoint(withHole, 5, 5)).toBe(OUTSIDE); // in the hole
    expect(placePoint(withHole, 11, 5)).toBe(OUTSIDE);
    expect(placePoint(withHole, -0.0001, 5)).toBe(OUTSIDE);
    for (const [x, y] of [
      [0, 5],
      [10, 5],
      [5, 0],
      [5, 10],
      [0, 0],
      [10, 10],
      [4, 5],
      [6, 4.5],
      [5, 6],
      [4, 4],
    ]) {
      expect(placePoint(withHole, x, y), `${x},${y}`).toBe(ON_BOUNDARY);
      expect(pointInShape(withHole, x, y)).toBe(true);
    }
    // on the line of an edge but beyond it: outside
    expect(placePoint(withHole, 12, 0)).toBe(OUTSIDE);
    expect(placePoint(withHole, 0, 12)).toBe(OUTSIDE);
  });

  it('handles MultiPolygons and unclosed rings', () => {
    const shape = flattenPolygonal(multi(rect(0, 0, 1, 1), rect(5, 5, 6, 6)));
    expect(pointInShape(shape, 0.5, 0.5)).toBe(true);
    expect(pointInShape(shape, 5.5, 5.5)).toBe(true);
    expect(pointInShape(shape, 3, 3)).toBe(false);
    expect(shape.bbox).toEqual([0, 0, 6, 6]);
    const open: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
        ],
      ],
    };
    expect(placePoint(flattenPolygonal(open), 1, 1)).toBe(INSIDE);
    expect(placePoint(flattenPolygonal(open), 0, 1)).toBe(ON_BOUNDARY);
  });

  it('agrees with turf booleanPointInPolygon on random, vertex and edge points (jittered polygons)', () => {
    const rng = createRng(11);
    const tiling = jitteredTiling({
      origin: [116.3, 39.9],
      colWidths: [400, 300, 500],
      rowHeights: [350, 450],
      jitter: 0.12,
      edgeVertexChance: 0.8,
      rng,
    });
    const polygons: Polygon[] = [];
    for (let r = 0; r < 2; r++) for (let c = 0; c < 3; c++) polygons.push({ type: 'Polygon', coordinates: [tiling.cell(c, r)] });
    polygons.push({ type: 'Polygon', coordinates: [tiling.outline(0, 0, 3, 2), tiling.cell(1, 0).reverse()] }); // hole
    const points: Position[] = [];
    for (let i = 0; i < 3000; i++) points.push([rng.between(116.299, 116.316), rng.between(39.899, 39.908)]);
    for (const p of polygons) {
      const ring = p.coordinates[0];
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        points.push(
          a,
          [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2],
          [a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3],
          [a[0], (a[1] + b[1]) / 2],
          [(a[0] + b[0]) / 2, a[1]],
        );
      }
    }
    let boundary = 0;
    for (const polygon of polygons) {
      const shape = flattenPolygonal(polygon);
      for (const pt of points) {
        const place = placePoint(shape, pt[0], pt[1]);
        expect(place !== OUTSIDE).toBe(booleanPointInPolygon(pt, polygon));
        expect(place === INSIDE).toBe(booleanPointInPolygon(pt, polygon, { ignoreBoundary: true }));
        if (place === ON_BOUNDARY) boundary++;
      }
    }
    expect(boundary).toBeGreaterThan(50);
  });
});
