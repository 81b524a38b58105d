import Flatbush from 'flatbush';
import { createRng, jitteredTiling } from '/work/main/packages/core/src/demo/index';
import { flattenPolygonal, pointInShape } from '/work/main/packages/core/src/regions/geo/index';
const side = 100;
const tiling = jitteredTiling({ origin: [116.2, 39.75], colWidths: Array(side).fill(320), rowHeights: Array(side).fill(320), jitter: 0.12, edgeVertexChance: 0.75, rng: createRng(42) });
const shapes = [] as ReturnType<typeof flattenPolygonal>[];
for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) shapes.push(flattenPolygonal({ type: 'Polygon', coordinates: [tiling.cell(c, r)] }));
const N = 1_000_000; const rng = createRng(7);
const xs = new Float64Array(N), ys = new Float64Array(N);
const b0 = shapes[0].bbox, b1 = shapes[shapes.length-1].bbox;
for (let i = 0; i < N; i++) { xs[i] = rng.between(b0[0], b1[2]); ys[i] = rng.between(b0[1], b1[3]); }
for (const ns of [4, 8, 16]) {
  const tree = new Flatbush(shapes.length, ns);
  for (const s of shapes) tree.add(s.bbox[0], s.bbox[1], s.bbox[2], s.bbox[3]);
  tree.finish();
  const boxes = tree._boxes as Float64Array, indices = tree._indices, lb = tree._levelBounds, n4 = tree.numItems * 4;
  const stack = new Int32Array(boxes.length / 2 + 8);
  let qx = 0, qy = 0;
  const filt = (i: number) => pointInShape(shapes[i], qx, qy);
  const custom = (x: number, y: number, pip: boolean): number => {
    let sp = 0; let nodeIndex = boxes.length - 4; let level = lb.length - 1; let best = -1; let count = 0;
    for (;;) {
      const end = Math.min(nodeIndex + ns * 4, lb[level]);
      if (nodeIndex >= n4) {
        for (let pos = nodeIndex; pos < end; pos += 4) {
          if (x < boxes[pos] || y < boxes[pos + 1] || x > boxes[pos + 2] || y > boxes[pos + 3]) continue;
          stack[sp++] = indices[pos >> 2]; stack[sp++] = level - 1;
        }
      } else {
        for (let pos = nodeIndex; pos < end; pos += 4) {
          if (x < boxes[pos] || y < boxes[pos + 1] || x > boxes[pos + 2] || y > boxes[pos + 3]) continue;
          const item = indices[pos >> 2];
          if (!pip) { count++; continue; }
          if ((best < 0 || item < best) && pointInShape(shapes[item], x, y)) best = item;
        }
      }
      if (sp === 0) break;
      level = stack[--sp]; nodeIndex = stack[--sp];
    }
    return pip ? best : count;
  };
  const runs: Record<string, () => number> = {
    fbBare: () => { let a = 0; for (let i = 0; i < N; i++) a += tree.search(xs[i], ys[i], xs[i], ys[i]).length; return a; },
    fbFilter: () => { let a = 0; for (let i = 0; i < N; i++) { qx = xs[i]; qy = ys[i]; a += tree.search(qx, qy, qx, qy, filt).length; } return a; },
    customBare: () => { let a = 0; for (let i = 0; i < N; i++) a += custom(xs[i], ys[i], false); return a; },
    customPip: () => { let a = 0; for (let i = 0; i < N; i++) a += custom(xs[i], ys[i], true); return a; },
  };
  for (const [name, fn] of Object.entries(runs)) {
    fn(); let best = Infinity; let res = 0;
    for (let k = 0; k < 3; k++) { const t = performance.now(); res = fn(); best = Math.min(best, performance.now() - t); }
    console.log(ns, name, (N / best * 1000 / 1e6).toFixed(2), 'M/s', res);
  }
}
