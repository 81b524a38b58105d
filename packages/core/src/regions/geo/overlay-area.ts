/**
 * The area two shapes share, measured without building their intersection. The boundary of A ∩ B
 * is made of the pieces of A's edges inside B, the pieces of B's edges inside A, and the stretches
 * both run along with their interiors on the same side; the area follows from those oriented pieces
 * by the sum @turf/area applies to a ring, so the two agree. Only edges whose boxes meet are
 * compared (segment-set.ts): neighbouring grids cost about the length of their common border.
 *
 * The pieces must close up into rings. When rounding keeps them from it (a crossing at a tiny
 * angle), the answer is null and the caller measures with a clipper instead.
 */
import { bboxesTouch } from './geometry';
import { INSIDE } from './point-in-polygon';
import { mainAxis, meet, type ContactSink } from './segment-contact';
import type { SegmentSet } from './segment-set';

/** The earth radius @turf/area uses (m). */
const EARTH_RADIUS = 6371008.8;
const RAD = Math.PI / 180;
/** Pieces that fail to close by more than this (degrees, ≈ 10 µm) are not trusted. */
const CLOSURE_TOLERANCE = 1e-10;
/** Default bound on the cut points between two shapes (real neighbours have a few per shared vertex). */
export const MAX_CUTS = 200_000;

/** Two outlines cross or touch each other more often than any real pair of grids. */
export class ShapesTooComplexError extends Error {
  constructor(readonly max: number) {
    super(`their outlines cross or touch each other more than ${max.toLocaleString('en')} times`);
    this.name = 'ShapesTooComplexError';
  }
}

/** Where one edge is cut: points `[x, y, ...]`; shared stretches `[lo, hi, same (1|0), ...]` on its main axis. */
interface Cuts {
  points: number[];
  shares: number[];
}

/** Area (m²) shared by the two shapes, or null when the pieces do not close up (see above). */
export function overlapArea(a: SegmentSet, b: SegmentSet, maxCuts = MAX_CUTS): number | null {
  if (a.size === 0 || b.size === 0 || !bboxesTouch(a.bbox, b.bbox)) return 0;
  const cutsA = new Map<number, Cuts>();
  const cutsB = new Map<number, Cuts>();
  let i = 0;
  let j = 0;
  let count = 0;
  const at = (cuts: Map<number, Cuts>, edge: number): Cuts => {
    if (++count > maxCuts) throw new ShapesTooComplexError(maxCuts);
    let c = cuts.get(edge);
    if (!c) cuts.set(edge, (c = { points: [], shares: [] }));
    return c;
  };
  const sink: ContactSink = {
    cut: (side, x, y) => (side === 0 ? at(cutsA, i) : at(cutsB, j)).points.push(x, y),
    share: (lo, hi, same) => {
      at(cutsA, i).shares.push(lo, hi, same ? 1 : 0);
      at(cutsB, j).shares.push(lo, hi, same ? 1 : 0);
    },
  };
  const [minX, minY, maxX, maxY] = b.bbox;
  for (i = 0; i < a.size; i++) {
    const [x0, y0, x1, y1] = a.box(i);
    if (x1 < minX || y1 < minY || x0 > maxX || y0 > maxY) continue;
    b.forEachNear(x0, y0, x1, y1, (edge) => {
      j = edge;
      meet(a.xy, i, b.xy, j, sink);
    });
  }
  const sum = new BoundarySum((a.bbox[1] + a.bbox[3]) / 2);
  addPieces(a, cutsA, b, sum, true);
  addPieces(b, cutsB, a, sum, false);
  return sum.area();
}

/** Adds the pieces of `s`'s edges inside `other` (and, when `keepShared`, its shared stretches running the same way). */
function addPieces(s: SegmentSet, cuts: Map<number, Cuts>, other: SegmentSet, sum: BoundarySum, keepShared: boolean): void {
  const [minX, minY, maxX, maxY] = other.bbox;
  const { xy } = s;
  for (let e = 0; e < s.size; e++) {
    const x1 = xy[4 * e],
      y1 = xy[4 * e + 1],
      x2 = xy[4 * e + 2],
      y2 = xy[4 * e + 3];
    const c = cuts.get(e);
    if (!c) {
      if (Math.max(x1, x2) < minX || Math.max(y1, y2) < minY || Math.min(x1, x2) > maxX || Math.min(y1, y2) > maxY) continue;
      if (other.place((x1 + x2) / 2, (y1 + y2) / 2) === INSIDE) sum.add(x1, y1, x2, y2);
      continue;
    }
    const axis = mainAxis(x1, y1, x2, y2);
    const forward = (axis === 0 ? x2 - x1 : y2 - y1) > 0;
    const order = [...Array(c.points.length / 2).keys()].map((k) => 2 * k);
    order.sort((p, q) => (forward ? 1 : -1) * (c.points[p + axis] - c.points[q + axis]));
    let px = x1;
    let py = y1;
    const piece = (qx: number, qy: number) => {
      if (qx === px && qy === py) return;
      const mid = axis === 0 ? (px + qx) / 2 : (py + qy) / 2;
      const shared = sharedWay(c.shares, mid);
      if (shared === null ? other.place((px + qx) / 2, (py + qy) / 2) === INSIDE : keepShared && shared) sum.add(px, py, qx, qy);
      px = qx;
      py = qy;
    };
    for (const k of order) piece(c.points[k], c.points[k + 1]);
    piece(x2, y2);
  }
}

/** Whether a stretch covers the main-axis coordinate: null if none, else whether it runs the same way. */
function sharedWay(shares: number[], v: number): boolean | null {
  for (let k = 0; k < shares.length; k += 3) if (shares[k] < v && v < shares[k + 1]) return shares[k + 2] === 1;
  return null;
}

/** The ring-area sum of @turf/area over oriented pieces, about a reference latitude for precision. */
class BoundarySum {
  private acc = 0;
  private dx = 0;
  private dy = 0;
  private readonly s0: number;

  constructor(lat: number) {
    this.s0 = Math.sin(lat * RAD);
  }

  add(x1: number, y1: number, x2: number, y2: number): void {
    this.acc += (x2 - x1) * RAD * (Math.sin(y1 * RAD) - this.s0 + (Math.sin(y2 * RAD) - this.s0));
    this.dx += x2 - x1;
    this.dy += y2 - y1;
  }

  /** m², or null when the pieces do not close up or the sum runs the wrong way. */
  area(): number | null {
    if (Math.abs(this.dx) > CLOSURE_TOLERANCE || Math.abs(this.dy) > CLOSURE_TOLERANCE) return null;
    const m2 = (-this.acc * EARTH_RADIUS * EARTH_RADIUS) / 2;
    return m2 < -0.01 ? null : Math.max(0, m2);
  }
}
