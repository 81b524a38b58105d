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

/**
 * A Polygon or MultiPolygon encoded in one flat array, for fast, cache-friendly tests:
 * `[polygonCount, (ringCount, (numberCount, x0, y0, x1, y1, ...)...)...]`, every ring closed
 * (its first position repeated at the end). Many shapes can share one array (`offset`).
 */
export interface FlatShape {
  data: Float64Array;
  offset: number;
  bbox: BBox;
}

export const OUTSIDE = 0;
export const INSIDE = 1;
export const ON_BOUNDARY = 2;
export type PointPlacement = typeof OUTSIDE | typeof INSIDE | typeof ON_BOUNDARY;

/** Appends the encoding of a geometry to `out` and returns its bounding box. */
export function encodePolygonal(geometry: Polygonal, out: number[]): BBox {
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = polygonsOf(geometry);
  out.push(polygons.length);
  for (const polygon of polygons) {
    const rings = polygon.filter((ring) => ring.length > 0);
    out.push(rings.length);
    for (const ring of rings) {
      const closed = ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
      out.push(2 * (ring.length + (closed ? 0 : 1)));
      for (const [x, y] of closed ? ring : [...ring, ring[0]]) {
        out.push(x, y);
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
    }
  }
  return bbox;
}

export function flattenPolygonal(geometry: Polygonal): FlatShape {
  const out: number[] = [];
  const bbox = encodePolygonal(geometry, out);
  return { data: Float64Array.from(out), offset: 0, bbox };
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

/** Where (x, y) lies relative to the shape encoded at `offset` of `data`: OUTSIDE, INSIDE or ON_BOUNDARY. */
export function placeEncoded(data: Float64Array, offset: number, x: number, y: number): PointPlacement {
  let pos = offset + 1;
  for (let p = data[offset]; p > 0; p--) {
    let crossings = 0;
    for (let r = data[pos++]; r > 0; r--) {
      const end = pos + 1 + data[pos];
      const k = ringCrossings(data, pos + 1, end, x, y);
      if (k < 0) return ON_BOUNDARY;
      crossings += k;
      pos = end;
    }
    if (crossings % 2 === 1) return INSIDE;
  }
  return OUTSIDE;
}

/** Where (x, y) lies relative to the shape: OUTSIDE, INSIDE or ON_BOUNDARY (of any ring). */
export function placePoint(shape: FlatShape, x: number, y: number): PointPlacement {
  return placeEncoded(shape.data, shape.offset, x, y);
}

/** True when (x, y) is inside the shape or on its boundary. */
export function pointInShape(shape: FlatShape, x: number, y: number): boolean {
  return placeEncoded(shape.data, shape.offset, x, y) !== OUTSIDE;
}
