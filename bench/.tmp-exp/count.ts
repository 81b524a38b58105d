import Flatbush from 'flatbush';
import { createRng, jitteredTiling } from '../../packages/core/src/demo/index';
import { flattenPolygonal } from '../../packages/core/src/regions/geo/index';
const side = 100;
const tiling = jitteredTiling({ origin: [116.2, 39.75], colWidths: Array(side).fill(320), rowHeights: Array(side).fill(320), jitter: 0.12, edgeVertexChance: 0.75, rng: createRng(42) });
const shapes = [] as ReturnType<typeof flattenPolygonal>[];
for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) shapes.push(flattenPolygonal({ type: 'Polygon', coordinates: [tiling.cell(c, r)] }));
const N = 100000; const rng = createRng(7);
const b0 = shapes[0].bbox, b1 = shapes[shapes.length-1].bbox;
for (const ns of [4, 8, 16, 32]) {
  const tree = new Flatbush(shapes.length, ns);
  for (const s of shapes) tree.add(s.bbox[0], s.bbox[1], s.bbox[2], s.bbox[3]);
  tree.finish();
  const boxes = tree._boxes as Float64Array, indices = tree._indices, lb = tree._levelBounds, n4 = tree.numItems * 4;
  let visits = 0, checks = 0, cands = 0;
  for (let q = 0; q < N; q++) {
    const x = rng.between(b0[0], b1[2]), y = rng.between(b0[1], b1[3]);
    const stack: number[] = [boxes.length - 4, lb.length - 1];
    while (stack.length) {
      const level = stack.pop()!, nodeIndex = stack.pop()!; visits++;
      const end = Math.min(nodeIndex + ns * 4, lb[level]);
      for (let pos = nodeIndex; pos < end; pos += 4) {
        checks++;
        if (x < boxes[pos] || y < boxes[pos + 1] || x > boxes[pos + 2] || y > boxes[pos + 3]) continue;
        if (nodeIndex >= n4) stack.push(indices[pos >> 2], level - 1); else cands++;
      }
    }
  }
  console.log(ns, 'levels', lb.length, 'visits', visits / N, 'checks', checks / N, 'cands', cands / N);
}
