/**
 * The edges of a Polygon or MultiPolygon in flat arrays, oriented so that the shape's interior lies
 * on their left (outer rings counter-clockwise, holes clockwise), with a flatbush index over their
 * bounding boxes. The ring checks (ring-validity.ts) and the shared-area measure (overlay-area.ts)
 * compare only edges whose boxes meet, never every pair; a point is placed by the edges its
 * leftward ray can meet. Zero-length edges (a position repeated) are left out.
 */
import Flatbush from 'flatbush';
import { det2Sign } from './orient';
import { polygonsOf, type BBox, type Polygonal } from './geometry';
import { INSIDE, ON_BOUNDARY, OUTSIDE, type PointPlacement } from './point-in-polygon';

export interface RingRef {
  polygon: number;
  /** 0 for the outer ring, then the holes. */
  ring: number;
  /** Its edges are `start` ≤ i < `end`. */
  start: number;
  end: number;
}

export class SegmentSet {
  /** Edge i runs from (xy[4i], xy[4i+1]) to (xy[4i+2], xy[4i+3]). */
  readonly xy: Float64Array;
  /** The ring (index in `rings`) of each edge. */
  readonly ringOf: Int32Array;
  /** The position in its ring (as given) where each edge starts. */
  readonly positionOf: Int32Array;
  readonly rings: RingRef[] = [];
  readonly bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  readonly multi: boolean;
  private readonly tree: Flatbush | null;

  constructor(geometry: Polygonal) {
    this.multi = geometry.type === 'MultiPolygon';
    const polygons = polygonsOf(geometry);
    let capacity = 0;
    for (const polygon of polygons) for (const ring of polygon) capacity += Math.max(0, ring.length - 1);
    const xy = new Float64Array(4 * capacity);
    const ringOf = new Int32Array(capacity);
    const positionOf = new Int32Array(capacity);
    let n = 0;
    polygons.forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const start = n;
        const reverse = ring.length > 3 && ringSignedArea(ring) > 0 !== (r === 0);
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x1, y1] = ring[i];
          const [x2, y2] = ring[i + 1];
          if (x1 === x2 && y1 === y2) continue;
          const at = 4 * n;
          xy[at] = reverse ? x2 : x1;
          xy[at + 1] = reverse ? y2 : y1;
          xy[at + 2] = reverse ? x1 : x2;
          xy[at + 3] = reverse ? y1 : y2;
          ringOf[n] = this.rings.length;
          positionOf[n++] = i;
        }
        this.rings.push({ polygon: p, ring: r, start, end: n });
      }),
    );
    this.xy = xy.subarray(0, 4 * n);
    this.ringOf = ringOf.subarray(0, n);
    this.positionOf = positionOf.subarray(0, n);
    this.tree = n > 0 ? new Flatbush(n) : null;
    const box = this.bbox;
    for (let i = 0; i < 4 * n; i += 4) {
      const x0 = Math.min(xy[i], xy[i + 2]),
        y0 = Math.min(xy[i + 1], xy[i + 3]);
      const x1 = Math.max(xy[i], xy[i + 2]),
        y1 = Math.max(xy[i + 1], xy[i + 3]);
      this.tree!.add(x0, y0, x1, y1);
      if (x0 < box[0]) box[0] = x0;
      if (y0 < box[1]) box[1] = y0;
      if (x1 > box[2]) box[2] = x1;
      if (y1 > box[3]) box[3] = y1;
    }
    this.tree?.finish();
  }

  get size(): number {
    return this.ringOf.length;
  }

  /** `[minX, minY, maxX, maxY]` of edge i. */
  box(i: number): BBox {
    const { xy } = this;
    const [x1, y1, x2, y2] = [xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3]];
    return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
  }

  /** Calls `visit` for each edge whose box meets the given box; `visit` returns true to stop early. */
  forEachNear(minX: number, minY: number, maxX: number, maxY: number, visit: (edge: number) => unknown): void {
    let stop = false;
    this.tree?.search(minX, minY, maxX, maxY, (i) => {
      if (!stop && visit(i) === true) stop = true;
      return false;
    });
  }

  /**
   * Crossings of a leftward ray from (x, y) with the edges of the rings `counts` accepts (all by
   * default), or -1 when the point lies on one of those edges. Same rule as point-in-polygon.ts.
   */
  crossingsLeft(x: number, y: number, counts: (ring: number) => boolean = () => true): number {
    let k = 0;
    let on = false;
    const { xy } = this;
    this.forEachNear(this.bbox[0], y, x, y, (i) => {
      if (!counts(this.ringOf[i])) return false;
      const c = edgeCrossing(xy[4 * i] - x, xy[4 * i + 1] - y, xy[4 * i + 2] - x, xy[4 * i + 3] - y);
      if (c < 0) on = true;
      else k += c;
      return on;
    });
    return on ? -1 : k;
  }

  /** Where (x, y) lies: OUTSIDE, INSIDE or ON_BOUNDARY (even-odd over every ring). */
  place(x: number, y: number): PointPlacement {
    if (x < this.bbox[0] || y < this.bbox[1] || x > this.bbox[2] || y > this.bbox[3]) return OUTSIDE;
    const k = this.crossingsLeft(x, y);
    return k < 0 ? ON_BOUNDARY : k % 2 === 1 ? INSIDE : OUTSIDE;
  }
}

/**
 * Whether the edge (u1, v1) → (u2, v2), relative to the point, crosses the leftward ray from the
 * point: 1 or 0, or -1 when the point is on the edge (the decisions of `ringCrossings`).
 */
export function edgeCrossing(u1: number, v1: number, u2: number, v2: number): number {
  if ((v1 > 0 && v2 > 0) || (v1 < 0 && v2 < 0)) return 0;
  if (v1 === 0 && v2 === 0) return (u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0) ? -1 : 0;
  if (u1 < 0 && u2 < 0) return (v2 > 0 && v1 <= 0) || (v2 <= 0 && v1 > 0) ? 1 : 0;
  if (u1 > 0 && u2 > 0) return 0;
  const f = det2Sign(u2, u1, v2, v1);
  if (f === 0) return -1;
  return (f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0) ? 1 : 0;
}

/** Planar signed area of a ring (degrees², counter-clockwise positive), taken about its first position. */
export function ringSignedArea(ring: ArrayLike<ArrayLike<number>>): number {
  const [x0, y0] = [ring[0][0], ring[0][1]];
  let sum = 0;
  for (let i = 1; i + 1 < ring.length; i++) {
    sum += (ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0);
  }
  return sum / 2;
}
