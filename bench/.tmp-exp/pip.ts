import { createRng, jitteredTiling } from '../../packages/core/src/demo/index';
import { flattenPolygonal, pointInShape, det2Sign } from '../../packages/core/src/regions/geo/index';
const tiling = jitteredTiling({ origin: [116.2, 39.75], colWidths: Array(10).fill(320), rowHeights: Array(10).fill(320), jitter: 0.12, edgeVertexChance: 0.75, rng: createRng(42) });
const s = flattenPolygonal({ type: 'Polygon', coordinates: [tiling.cell(3, 3)] });
const N = 2_000_000; const rng = createRng(1);
const xs = new Float64Array(N), ys = new Float64Array(N);
for (let i = 0; i < N; i++) { xs[i] = rng.between(s.bbox[0], s.bbox[2]); ys[i] = rng.between(s.bbox[1], s.bbox[3]); }
for (let k = 0; k < 5; k++) {
  let t = performance.now(); let a = 0;
  for (let i = 0; i < N; i++) if (pointInShape(s, xs[i], ys[i])) a++;
  console.log('pip ns/call', ((performance.now() - t) * 1e6 / N).toFixed(1), a);
  t = performance.now(); a = 0;
  for (let i = 0; i < N; i++) a += det2Sign(xs[i]-116, ys[i]-39, xs[i] - 116.1, ys[i]-39.1);
  console.log('det ns/call', ((performance.now() - t) * 1e6 / N).toFixed(1), a);
  t = performance.now(); a = 0;
  for (let i = 0; i < N; i++) a += xs[i] * ys[i];
  console.log('base loop ns', ((performance.now() - t) * 1e6 / N).toFixed(1), a);
}
