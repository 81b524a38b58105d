/**
 * Exact point-in-polygon on flat coordinate arrays (A8.3 grid map, contract "locate").
 *
 * The same crossing rule as `point-in-polygon-hao` (which `@turf/boolean-point-in-polygon` uses),
 * with an exact orientation sign, so the answers agree with turf while running on a
 * `Float64Array` instead of nested arrays (measured in `bench/locate.bench.ts`). Points on an edge
 * or a vertex, of the outer ring or of a hole, are on the boundary.
 */
import { det2Sign } from './orient';
import { polygonsOf, type BBox, type Polygonal } from './geometry';

/** A Polygon or MultiPolygon flattened for fast tests. */
export interface FlatShape {
  /** x0, y0, x1, y1, ... of every ring, each ring closed (first position repeated at its end). */
  coords: Float64Array;
  /** Start of ring r in `coords` (in numbers, not positions); `rings[r + 1]` is its end. */
  rings: Uint32Array;
  /** First ring of polygon p; `polys[p + 1]` is one past its last ring. */
  polys: Uint32Array;
  bbox: BBox;
}

export const OUTSIDE = 0;
export const INSIDE = 1;
export const ON_BOUNDARY = 2;
export type PointPlacement = typeof OUTSIDE | typeof INSIDE | typeof ON_BOUNDARY;

export function flattenPolygonal(geometry: Polygonal): FlatShape {
  const coords: number[] = [];
  const rings: number[] = [0];
  const polys: number[] = [0];
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      if (ring.length === 0) continue;
      for (const [x, y] of ring) coords.push(x, y);
      const [fx, fy] = ring[0];
      const [lx, ly] = ring[ring.length - 1];
      if (fx !== lx || fy !== ly) coords.push(fx, fy);
      rings.push(coords.length);
    }
    polys.push(rings.length - 1);
  }
  for (let i = 0; i < coords.length; i += 2) {
    bbox[0] = Math.min(bbox[0], coords[i]);
    bbox[1] = Math.min(bbox[1], coords[i + 1]);
    bbox[2] = Math.max(bbox[2], coords[i]);
    bbox[3] = Math.max(bbox[3], coords[i + 1]);
  }
  return { coords: Float64Array.from(coords), rings: Uint32Array.from(rings), polys: Uint32Array.from(polys), bbox };
}

/**
 * Crossings of one ring with a horizontal ray from (x, y), or -1 when the point is on the ring.
 * Same decisions as point-in-polygon-hao; edges wholly on one side of the point skip the
 * orientation test (their answer is known from the signs alone).
 */
function ringCrossings(c: Float64Array, start: number, end: number, x: number, y: number): number {
  let k = 0;
  let u1 = c[start] - x;
  let v1 = c[start + 1] - y;
  for (let i = start + 2; i < end; i += 2) {
    const u2 = c[i] - x;
    const v2 = c[i + 1] - y;
    if ((v1 > 0 && v2 > 0) || (v1 < 0 && v2 < 0)) {
      // the edge is wholly above or below the point
    } else if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return -1;
    } else if (u1 < 0 && u2 < 0) {
      if ((v2 > 0 && v1 <= 0) || (v2 <= 0 && v1 > 0)) k++;
    } else if (u1 <= 0 || u2 <= 0) {
      const f = det2Sign(u2, u1, v2, v1); // sign of u2·v1 − u1·v2
      if (f === 0) return -1;
      if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) k++;
    }
    u1 = u2;
    v1 = v2;
  }
  return k;
}

/** Where (x, y) lies relative to the shape: OUTSIDE, INSIDE or ON_BOUNDARY (of any ring). */
export function placePoint(shape: FlatShape, x: number, y: number): PointPlacement {
  const { coords, rings, polys } = shape;
  for (let p = 0; p + 1 < polys.length; p++) {
    let crossings = 0;
    for (let r = polys[p]; r < polys[p + 1]; r++) {
      const k = ringCrossings(coords, rings[r], rings[r + 1], x, y);
      if (k < 0) return ON_BOUNDARY;
      crossings += k;
    }
    if (crossings % 2 === 1) return INSIDE;
  }
  return OUTSIDE;
}

/** True when (x, y) is inside the shape or on its boundary. */
export function pointInShape(shape: FlatShape, x: number, y: number): boolean {
  return placePoint(shape, x, y) !== OUTSIDE;
}
