/**
 * A jittered tiling: a grid of cells whose corners (and optional extra edge vertices) are shared
 * by the neighbouring cells, so neighbours meet exactly along their edges: no gaps, no overlaps.
 * A block of cells has an outline made of the same vertices, so a community's shape is exactly
 * the union of its grids without a general polygon-union library.
 */
import type { Position } from '../regions/geo/geometry';
import type { Rng } from './prng';

export interface TilingSpec {
  /** South-west corner, WGS-84 `[lng, lat]`. */
  origin: [number, number];
  /** Column widths west → east and row heights south → north, in metres. */
  colWidths: number[];
  rowHeights: number[];
  /** Largest corner displacement, as a share of the smaller neighbouring cell side (keep ≤ 0.15). */
  jitter: number;
  /** Chance that an edge gets an extra vertex (bent outwards or inwards by up to `jitter`). */
  edgeVertexChance: number;
  rng: Rng;
  /** Decimal places kept in the degrees (default 7, about 1 cm). */
  decimals?: number;
}

export interface Tiling {
  cols: number;
  rows: number;
  /** Closed counter-clockwise ring of cell (col, row); row 0 is the southernmost. */
  cell(col: number, row: number): Position[];
  /** Closed counter-clockwise outline of the block of cells [col0, col1) × [row0, row1). */
  outline(col0: number, row0: number, col1: number, row1: number): Position[];
  /** The row line `row` west → east (0: the southern edge), through the same vertices as the cells. */
  rowLine(row: number): Position[];
  /** The column line `col` south → north (0: the western edge). */
  colLine(col: number): Position[];
}

type Pt = [number, number];

export function jitteredTiling(spec: TilingSpec): Tiling {
  const { colWidths, rowHeights, jitter, rng } = spec;
  const cols = colWidths.length;
  const rows = rowHeights.length;
  const xs = prefixSums(colWidths);
  const ys = prefixSums(rowHeights);
  const side = Math.min(...colWidths, ...rowHeights);
  const toDeg = degreeConverter(spec.origin, spec.decimals ?? 7);
  const shake = (): number => rng.between(-1, 1) * jitter * side;
  const corners: Pt[][] = ys.map((y) => xs.map((x) => [x + shake(), y + shake()] as Pt));
  const bend = (a: Pt, b: Pt): Pt | null => {
    if (rng.next() >= spec.edgeVertexChance) return null;
    const t = rng.between(0.35, 0.65);
    const off = shake();
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [a[0] + t * (b[0] - a[0]) - (off * (b[1] - a[1])) / len, a[1] + t * (b[1] - a[1]) + (off * (b[0] - a[0])) / len];
  };
  // hEdge[r][c]: extra vertex on the row line r between corners c and c+1; vEdge[r][c]: on column line c between rows r and r+1.
  const hEdge = ys.map((_, r) => colWidths.map((_, c) => bend(corners[r][c], corners[r][c + 1])));
  const vEdge = rowHeights.map((_, r) => xs.map((_, c) => bend(corners[r][c], corners[r + 1][c])));
  const C = corners.map((row) => row.map(toDeg));
  const H = hEdge.map((row) => row.map((p) => (p ? toDeg(p) : null)));
  const V = vEdge.map((row) => row.map((p) => (p ? toDeg(p) : null)));

  const outline = (c0: number, r0: number, c1: number, r1: number): Position[] => {
    const ring: Position[] = [];
    const put = (p: Position | null): void => {
      if (p) ring.push([p[0], p[1]]);
    };
    for (let c = c0; c < c1; c++) {
      put(C[r0][c]);
      put(H[r0][c]);
    }
    for (let r = r0; r < r1; r++) {
      put(C[r][c1]);
      put(V[r][c1]);
    }
    for (let c = c1; c > c0; c--) {
      put(C[r1][c]);
      put(H[r1][c - 1]);
    }
    for (let r = r1; r > r0; r--) {
      put(C[r][c0]);
      put(V[r - 1][c0]);
    }
    ring.push([ring[0][0], ring[0][1]]);
    return ring;
  };
  const along = (points: Array<Position | null>): Position[] => points.filter((p): p is Position => p !== null).map((p) => [p[0], p[1]]);
  const rowLine = (r: number): Position[] => along(C[r].flatMap((p, c) => [p, c < cols ? H[r][c] : null]));
  const colLine = (c: number): Position[] => along(C.flatMap((row, r) => [row[c], r < rows ? V[r][c] : null]));
  return { cols, rows, outline, cell: (c, r) => outline(c, r, c + 1, r + 1), rowLine, colLine };
}

function prefixSums(sizes: number[]): number[] {
  const out = [0];
  for (const s of sizes) out.push(out[out.length - 1] + s);
  return out;
}

/** Local metres east/north of `origin` → rounded WGS-84 degrees (equirectangular, fine at city scale). */
function degreeConverter([lng0, lat0]: [number, number], decimals: number): (p: Pt) => Position {
  const scale = 10 ** decimals;
  const round = (v: number): number => Math.round(v * scale) / scale;
  const mPerDegLat = 110_574;
  const mPerDegLng = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  return ([x, y]) => [round(lng0 + x / mPerDegLng), round(lat0 + y / mPerDegLat)];
}
