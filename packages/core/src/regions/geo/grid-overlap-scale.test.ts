import { describe, expect, it, vi } from 'vitest';
import { intersect } from '@turf/intersect';
import { validateGridCollection } from './validate-geojson';
import { overlapArea } from './overlay-area';
import { collection, gridFeature } from './geo-fixtures';
import { createRng } from '../../demo/prng';
import { jitteredTiling } from '../../demo/tiling';

vi.mock('@turf/intersect', async (original) => {
  const real = await original<typeof import('@turf/intersect')>();
  return { ...real, intersect: vi.fn(real.intersect) };
});
vi.mock('./overlay-area', async (original) => {
  const real = await original<typeof import('./overlay-area')>();
  return { ...real, overlapArea: vi.fn(real.overlapArea) };
});

describe('B1 overlap detection scales through the bounding-box index', () => {
  it('B1 1,000 grids cost a few shared-area measures each, not n², and none needs the clipper', () => {
    const cols = 40;
    const rows = 25;
    const tiling = jitteredTiling({
      origin: [116.3, 39.8],
      colWidths: Array(cols).fill(350),
      rowHeights: Array(rows).fill(350),
      jitter: 0.1,
      edgeVertexChance: 0.6,
      rng: createRng(9),
    });
    const features = [];
    const parents = new Map<string, null>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const community = `110105001${String(1 + Math.floor(r / 5)).padStart(3, '0')}`;
        parents.set(community, null);
        const seq = String((r % 5) * cols + c + 1).padStart(3, '0');
        features.push(
          gridFeature(
            { type: 'Polygon', coordinates: [tiling.cell(c, r)] },
            { code: community + seq, name: `g${seq}`, parentCode: community },
          ),
        );
      }
    }
    vi.mocked(intersect).mockClear();
    vi.mocked(overlapArea).mockClear();
    const result = validateGridCollection(collection(features), { parents, existing: [] });
    expect(result.problems).toEqual([]);
    const calls = vi.mocked(overlapArea).mock.calls.length;
    expect(calls).toBeGreaterThan(1000); // neighbours really are measured
    expect(calls).toBeLessThan(4 * 1000); // ≤ 4 neighbour pairs per grid, vs ~100,000 same-community pairs
    expect(vi.mocked(intersect)).not.toHaveBeenCalled(); // the pieces of every pair closed up
  });
});
