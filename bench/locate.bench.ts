/**
 * Locate benchmark (issue 2 item 12): 10,000 synthetic grid polygons, 1,000,000 random points.
 * Side by side in one run:
 *   (a) the spatial index `locate` (flatbush + exact point-in-polygon) over all points;
 *   (b) a plain loop over all polygons (in code order, first hit wins) with the same exact test,
 *       on a 10,000-point sample (it is slow), scaled to points/s;
 *   (c) the bare index lookup (bbox candidates, no polygon test) over all points: the ceiling;
 *   (d) for reference, the same tree walk with turf's booleanPointInPolygon, 100,000-point sample.
 * Each of (a), (c), (d) runs `rounds` times after a warm-up and its best round counts.
 * Targets: (a) ≥ 1M points/s, ≥ 100× (b), ≥ 50% of (c). Prints a table, then JSON as the last line.
 * Run: node --import tsx bench/locate.bench.ts
 */
import { pathToFileURL } from 'node:url';
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import {
  GridSpatialIndex,
  composeGridCode,
  flattenPolygonal,
  pointInShape,
  type IndexedGrid,
  type Polygon,
} from '../packages/core/src/regions/geo/index';
import { PointWalker } from '../packages/core/src/regions/geo/rtree-walk';
import { createRng, jitteredTiling } from '../packages/core/src/demo/index';

export interface LocateBenchOptions {
  side?: number; // grids per side (default 100 → 10,000 grids)
  points?: number; // default 1,000,000
  loopSample?: number; // default 10,000
  turfSample?: number; // default 100,000
  rounds?: number; // timed rounds of (a), (c), (d); the best counts (default 5)
  seed?: number;
  print?: boolean;
}

export interface LocateBenchResult {
  name: 'locate';
  grids: number;
  avgVertices: number;
  points: number;
  loopSample: number;
  pointsPerSecond: { index: number; loop: number; bare: number; turfIndex: number };
  ratios: { indexToLoop: number; indexToBare: number };
  hitRate: number;
  mismatchesOnSample: number;
  targets: { indexPointsPerSecond: boolean; indexToLoop: boolean; indexToBare: boolean };
  pass: boolean;
}

function syntheticGrids(side: number, seed: number): IndexedGrid[] {
  const tiling = jitteredTiling({
    origin: [116.2, 39.75],
    colWidths: Array.from({ length: side }, (_, i) => 280 + ((i * 37) % 90)),
    rowHeights: Array.from({ length: side }, (_, i) => 270 + ((i * 53) % 100)),
    jitter: 0.12,
    edgeVertexChance: 0.75,
    rng: createRng(seed),
  });
  const grids: IndexedGrid[] = [];
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const i = r * side + c;
      const code = composeGridCode({
        admin: '110199',
        street: 1 + Math.floor(i / 99_900),
        community: 1 + (Math.floor(i / 100) % 999),
        seq: 1 + (i % 100),
      });
      grids.push({ id: i + 1, code, name: `grid ${i + 1}`, geometry: { type: 'Polygon', coordinates: [tiling.cell(c, r)] } });
    }
  }
  return grids;
}

function randomPoints(n: number, grids: IndexedGrid[], seed: number): { xs: Float64Array; ys: Float64Array } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of grids) {
    const { bbox } = flattenPolygonal(g.geometry);
    [minX, minY, maxX, maxY] = [Math.min(minX, bbox[0]), Math.min(minY, bbox[1]), Math.max(maxX, bbox[2]), Math.max(maxY, bbox[3])];
  }
  const mx = (maxX - minX) * 0.01;
  const my = (maxY - minY) * 0.01;
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = rng.between(minX - mx, maxX + mx);
    ys[i] = rng.between(minY - my, maxY + my);
  }
  return { xs, ys };
}

/** Runs `fn` over points [0, n) and returns points per second. */
function rate(n: number, fn: (i: number) => number, sink: { value: number }): number {
  const start = performance.now();
  let acc = 0;
  for (let i = 0; i < n; i++) acc += fn(i);
  const seconds = (performance.now() - start) / 1000;
  sink.value += acc;
  return n / seconds;
}

export function main(options: LocateBenchOptions = {}): LocateBenchResult {
  const { side = 100, points = 1_000_000, loopSample = 10_000, turfSample = 100_000, rounds = 5, seed = 42, print = true } = options;
  const grids = syntheticGrids(side, seed);
  const { xs, ys } = randomPoints(points, grids, seed + 1);
  const index = new GridSpatialIndex(grids);
  index.prepare();
  // Plain loop: all polygons in code order, the first that holds the point wins (same rule as the index).
  const byCode = [...grids].sort((a, b) => (a.code < b.code ? -1 : 1));
  const shapes = byCode.map((g) => flattenPolygonal(g.geometry));
  const loopLocate = (x: number, y: number): number => {
    for (let k = 0; k < shapes.length; k++) if (pointInShape(shapes[k], x, y)) return byCode[k].id;
    return 0;
  };
  const turfLocate = turfLocator(grids);
  const sink = { value: 0 };
  const indexOne = (i: number): number => index.locate(xs[i], ys[i])?.id ?? 0;
  const bareOne = (i: number): number => index.bareLookup(xs[i], ys[i]).length;
  const loopAnswers = new Float64Array(loopSample);
  const loopOne = (i: number): number => (loopAnswers[i] = loopLocate(xs[i], ys[i]));
  const turfOne = (i: number): number => turfLocate(xs[i], ys[i]);
  // Warm-up (JIT) on a slice of each, then interleaved rounds: the best round counts (the machine is shared).
  for (let round = 0; round < 3; round++) {
    rate(100_000, indexOne, sink);
    rate(100_000, bareOne, sink);
    rate(200, loopOne, sink);
    rate(10_000, turfOne, sink);
  }
  let [indexed, bare, turf] = [0, 0, 0];
  for (let round = 0; round < rounds; round++) {
    bare = Math.max(bare, rate(points, bareOne, sink));
    indexed = Math.max(indexed, rate(points, indexOne, sink));
    turf = Math.max(turf, rate(Math.min(turfSample, points), turfOne, sink));
  }
  const loop = rate(loopSample, loopOne, sink);

  let mismatches = 0;
  let hits = 0;
  for (let i = 0; i < loopSample; i++) {
    const a = indexOne(i);
    if (a !== loopAnswers[i] || a !== turfOne(i)) mismatches++;
    if (a !== 0) hits++;
  }
  const result = summarize({ grids, points, loopSample, indexed, loop, bare, turf, mismatches, hitRate: hits / loopSample });
  if (print) printReport(result, sink.value);
  return result;
}

/** The same tree walk with turf's point-in-polygon instead of ours: what the index would cost with turf. */
function turfLocator(grids: IndexedGrid[]): (x: number, y: number) => number {
  const byCode = [...grids].sort((a, b) => (a.code < b.code ? -1 : 1));
  const tree = new Flatbush(byCode.length, 4);
  for (const g of byCode) {
    const { bbox } = flattenPolygonal(g.geometry);
    tree.add(bbox[0], bbox[1], bbox[2], bbox[3]);
  }
  tree.finish();
  const walker = new PointWalker(tree);
  const pt: [number, number] = [0, 0];
  const test = (i: number): boolean => booleanPointInPolygon(pt, byCode[i].geometry);
  return (x, y) => {
    pt[0] = x;
    pt[1] = y;
    const best = walker.lowest(x, y, test);
    return best < 0 ? 0 : byCode[best].id;
  };
}

function summarize(m: {
  grids: IndexedGrid[];
  points: number;
  loopSample: number;
  indexed: number;
  loop: number;
  bare: number;
  turf: number;
  mismatches: number;
  hitRate: number;
}): LocateBenchResult {
  const vertices = m.grids.reduce((n, g) => n + (g.geometry as Polygon).coordinates[0].length - 1, 0);
  const ratios = { indexToLoop: m.indexed / m.loop, indexToBare: m.indexed / m.bare };
  const targets = {
    indexPointsPerSecond: m.indexed >= 1_000_000,
    indexToLoop: ratios.indexToLoop >= 100,
    indexToBare: ratios.indexToBare >= 0.5,
  };
  return {
    name: 'locate',
    grids: m.grids.length,
    avgVertices: vertices / m.grids.length,
    points: m.points,
    loopSample: m.loopSample,
    pointsPerSecond: { index: Math.round(m.indexed), loop: Math.round(m.loop), bare: Math.round(m.bare), turfIndex: Math.round(m.turf) },
    ratios,
    hitRate: m.hitRate,
    mismatchesOnSample: m.mismatches,
    targets,
    pass: targets.indexPointsPerSecond && targets.indexToLoop && targets.indexToBare && m.mismatches === 0,
  };
}

function printReport(r: LocateBenchResult, checksum: number): void {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(12);
  const ok = (b: boolean): string => (b ? 'ok' : 'MISSED');
  console.log(
    `locate: ${r.grids} grids (avg ${r.avgVertices.toFixed(1)} vertices), ${r.points.toLocaleString('en-US')} points, ` +
      `${(r.hitRate * 100).toFixed(1)}% inside a grid`,
  );
  console.log('method                                  points/s');
  console.log(`(a) index locate (exact)            ${fmt(r.pointsPerSecond.index)}`);
  console.log(`(b) plain loop, ${r.loopSample} sample        ${fmt(r.pointsPerSecond.loop)}`);
  console.log(`(c) bare index lookup (bbox only)   ${fmt(r.pointsPerSecond.bare)}`);
  console.log(`(d) index with turf's pip (ref.)    ${fmt(r.pointsPerSecond.turfIndex)}`);
  console.log(
    `index ≥ 1M points/s: ${ok(r.targets.indexPointsPerSecond)}; index/loop ${r.ratios.indexToLoop.toFixed(0)}× (≥ 100×: ` +
      `${ok(r.targets.indexToLoop)}); index/bare ${(r.ratios.indexToBare * 100).toFixed(0)}% (≥ 50%: ${ok(r.targets.indexToBare)})`,
  );
  console.log(
    `answers index = loop = turf on the sample: ${r.mismatchesOnSample === 0 ? 'yes' : `NO (${r.mismatchesOnSample} differ)`} (checksum ` +
      `${checksum})`,
  );
  console.log(JSON.stringify(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
