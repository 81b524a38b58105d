import Flatbush from 'flatbush';
import { createRng, jitteredTiling } from '../../packages/core/src/demo/index';
import { encodePolygonal, placeEncoded } from '../../packages/core/src/regions/geo/index';
const side = 100;
const tiling = jitteredTiling({ origin: [116.2, 39.75], colWidths: Array(side).fill(320), rowHeights: Array(side).fill(320), jitter: 0.12, edgeVertexChance: 0.75, rng: createRng(42) });
const enc: number[] = []; const offs = new Float64Array(side*side); const bbs = [] as number[][];
for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) { offs[bbs.length] = enc.length; bbs.push(encodePolygonal({ type: 'Polygon', coordinates: [tiling.cell(c, r)] }, enc)); }
const data = Float64Array.from(enc);
const N = 1_000_000; const rng = createRng(7);
const xs = new Float64Array(N), ys = new Float64Array(N);
const b0 = bbs[0], b1 = bbs[bbs.length-1];
for (let i = 0; i < N; i++) { xs[i] = rng.between(b0[0], b1[2]); ys[i] = rng.between(b0[1], b1[3]); }
const runs: Record<string, () => number> = {};
for (const [label, AT] of [['f64', Float64Array], ['f32', Float32Array]] as const) {
  const ns = 8;
  const tree = new Flatbush(bbs.length, ns, AT);
  for (const b of bbs) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  const boxes = tree._boxes, indices = tree._indices, lb = tree._levelBounds, n4 = tree.numItems * 4;
  const stack = new Int32Array(boxes.length / 2 + 8);
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
          if ((best < 0 || item < best) && placeEncoded(data, offs[item], x, y) !== 0) best = item;
        }
      }
      if (sp === 0) break;
      level = stack[--sp]; nodeIndex = stack[--sp];
    }
    return pip ? best : count;
  };
  let qx = 0, qy = 0;
  const filt = (i: number) => placeEncoded(data, offs[i], qx, qy) !== 0;
  runs[label + ' fbBare'] = () => { let a = 0; for (let i = 0; i < N; i++) a += tree.search(xs[i], ys[i], xs[i], ys[i]).length; return a; };
  runs[label + ' fbFilter'] = () => { let a = 0; for (let i = 0; i < N; i++) { qx = xs[i]; qy = ys[i]; a += tree.search(qx, qy, qx, qy, filt).length; } return a; };
  runs[label + ' customBare'] = () => { let a = 0; for (let i = 0; i < N; i++) a += custom(xs[i], ys[i], false); return a; };
  runs[label + ' customPip'] = () => { let a = 0; for (let i = 0; i < N; i++) a += custom(xs[i], ys[i], true); return a; };
}
const best: Record<string, number> = {};
for (let round = 0; round < 5; round++) for (const [name, fn] of Object.entries(runs)) {
  const t = performance.now(); fn(); const ms = performance.now() - t;
  best[name] = Math.min(best[name] ?? Infinity, ms);
}
for (const [k, ms] of Object.entries(best)) console.log(k.padEnd(16), (N / ms / 1000).toFixed(2), 'M/s');
