/**
 * How two edges meet: not at all, crossing at one point inside both, touching (an end point of one
 * lies on the other), or running along each other for a length. Orientation signs are exact
 * (orient.ts) for the coordinates of one area, whose differences are exact doubles. A sink hears
 * where each edge must be cut so that no piece of it crosses or touches the other in between.
 */
import { det2Sign } from './orient';

export const APART = 0;
export const CROSS = 1;
export const TOUCH = 2;
export const OVERLAP = 3;
export type Contact = typeof APART | typeof CROSS | typeof TOUCH | typeof OVERLAP;

export interface ContactSink {
  /** A point strictly inside edge `side` (0: the first edge, 1: the second). */
  cut(side: 0 | 1, x: number, y: number): void;
  /** Both edges run along each other where their main-axis coordinate is between lo and hi. */
  share(lo: number, hi: number, sameDirection: boolean): void;
}

const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): number =>
  det2Sign(qx - px, qy - py, rx - px, ry - py);

/** 0 when the edge runs more along x than y (its main axis), else 1. */
export const mainAxis = (x1: number, y1: number, x2: number, y2: number): 0 | 1 => (Math.abs(x2 - x1) >= Math.abs(y2 - y1) ? 0 : 1);

/** True when the point (on the edge's line) lies strictly between the edge's end points. */
function strictlyInside(x1: number, y1: number, x2: number, y2: number, x: number, y: number): boolean {
  const [a, b, v] = mainAxis(x1, y1, x2, y2) === 0 ? [x1, x2, x] : [y1, y2, y];
  return (a < v && v < b) || (b < v && v < a);
}

/** How edge i of `a` meets edge j of `b` (flat `[x1, y1, x2, y2, ...]` arrays). */
export function meet(a: Float64Array, i: number, b: Float64Array, j: number, sink?: ContactSink): Contact {
  const ax1 = a[4 * i],
    ay1 = a[4 * i + 1],
    ax2 = a[4 * i + 2],
    ay2 = a[4 * i + 3];
  const bx1 = b[4 * j],
    by1 = b[4 * j + 1],
    bx2 = b[4 * j + 2],
    by2 = b[4 * j + 3];
  const o1 = orient(ax1, ay1, ax2, ay2, bx1, by1);
  const o2 = orient(ax1, ay1, ax2, ay2, bx2, by2);
  if (o1 * o2 > 0) return APART;
  if (o1 === 0 && o2 === 0) return alongside(ax1, ay1, ax2, ay2, bx1, by1, bx2, by2, sink);
  const o3 = orient(bx1, by1, bx2, by2, ax1, ay1);
  const o4 = orient(bx1, by1, bx2, by2, ax2, ay2);
  if (o3 * o4 > 0) return APART;
  if (o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
    if (sink) {
      const dax = ax2 - ax1,
        day = ay2 - ay1,
        dbx = bx2 - bx1,
        dby = by2 - by1;
      const t = ((bx1 - ax1) * dby - (by1 - ay1) * dbx) / (dax * dby - day * dbx);
      const x = ax1 + t * dax;
      const y = ay1 + t * day;
      sink.cut(0, x, y);
      sink.cut(1, x, y);
    }
    return CROSS;
  }
  if (sink) {
    if (o1 === 0 && strictlyInside(ax1, ay1, ax2, ay2, bx1, by1)) sink.cut(0, bx1, by1);
    if (o2 === 0 && strictlyInside(ax1, ay1, ax2, ay2, bx2, by2)) sink.cut(0, bx2, by2);
    if (o3 === 0 && strictlyInside(bx1, by1, bx2, by2, ax1, ay1)) sink.cut(1, ax1, ay1);
    if (o4 === 0 && strictlyInside(bx1, by1, bx2, by2, ax2, ay2)) sink.cut(1, ax2, ay2);
  }
  return TOUCH;
}

/** Two edges on one line: apart, touching end to end, or sharing a stretch. */
function alongside(
  ax1: number,
  ay1: number,
  ax2: number,
  ay2: number,
  bx1: number,
  by1: number,
  bx2: number,
  by2: number,
  sink?: ContactSink,
): Contact {
  const x = mainAxis(ax1, ay1, ax2, ay2) === 0;
  const [a1, a2, b1, b2] = x ? [ax1, ax2, bx1, bx2] : [ay1, ay2, by1, by2];
  const lo = Math.max(Math.min(a1, a2), Math.min(b1, b2));
  const hi = Math.min(Math.max(a1, a2), Math.max(b1, b2));
  if (hi < lo) return APART;
  if (hi === lo) return TOUCH;
  if (sink) {
    const inA = (v: number) => (a1 < v && v < a2) || (a2 < v && v < a1);
    const inB = (v: number) => (b1 < v && v < b2) || (b2 < v && v < b1);
    if (inA(b1)) sink.cut(0, bx1, by1);
    if (inA(b2)) sink.cut(0, bx2, by2);
    if (inB(a1)) sink.cut(1, ax1, ay1);
    if (inB(a2)) sink.cut(1, ax2, ay2);
    sink.share(lo, hi, (ax2 - ax1) * (bx2 - bx1) + (ay2 - ay1) * (by2 - by1) > 0);
  }
  return OVERLAP;
}
