import { describe, expect, it } from 'vitest';
import { createRng } from '../../demo/prng';
import { jitteredTiling } from '../../demo/tiling';
import { GridSpatialIndex, type IndexedGrid } from './spatial-index';
import { flattenPolygonal, pointInShape } from './point-in-polygon';
import { multi, rect, rectRing } from './geo-fixtures';

// 2 × 2 unit squares; codes deliberately not in reading order.
//   C(3) D(4)     y 1..2
//   A(2) B(1)     y 0..1
const squares: IndexedGrid[] = [
  { id: 10, code: '110105001001002', name: 'A', geometry: rect(0, 0, 1, 1) },
  { id: 11, code: '110105001001001', name: 'B', geometry: rect(1, 0, 2, 1) },
  { id: 12, code: '110105001001003', name: 'C', geometry: rect(0, 1, 1, 2) },
  { id: 13, code: '110105001001004', name: 'D', geometry: rect(1, 1, 2, 2) },
];
const nameAt = (index: GridSpatialIndex, x: number, y: number): string | null => index.locate(x, y)?.name ?? null;

describe('GridSpatialIndex (A8.3 keeps the grid map)', () => {
  it('A8.3 locates a point inside a grid and returns id, code, name', () => {
    const index = new GridSpatialIndex(squares);
    expect(index.locate(0.5, 0.5)).toEqual({ id: 10, code: '110105001001002', name: 'A' });
    expect(nameAt(index, 1.5, 0.5)).toBe('B');
    expect(nameAt(index, 0.5, 1.5)).toBe('C');
    expect(nameAt(index, 1.5, 1.5)).toBe('D');
    expect(index.size).toBe(4);
  });

  it('A8.3 a point on a shared edge or corner goes to the lowest code; the outer boundary counts as inside', () => {
    const index = new GridSpatialIndex(squares);
    expect(nameAt(index, 1, 0.5)).toBe('B'); // A|B: B has 001
    expect(nameAt(index, 0.5, 1)).toBe('A'); // A/C: A has 002
    expect(nameAt(index, 1, 1.5)).toBe('C'); // C|D
    expect(nameAt(index, 1.5, 1)).toBe('B'); // B/D
    expect(nameAt(index, 1, 1)).toBe('B'); // all four meet
    expect(nameAt(index, 0, 0.5)).toBe('A'); // outer edge
    expect(nameAt(index, 2, 2)).toBe('D'); // outer corner
  });

  it('returns null outside every grid, in a hole, and for out-of-range or non-numeric coordinates', () => {
    const index = new GridSpatialIndex([
      {
        id: 1,
        code: '110105001001001',
        name: 'ring',
        geometry: multi(rect(0, 0, 3, 3, [rectRing(1, 1, 2, 2).reverse()]), rect(5, 5, 6, 6)),
      },
    ]);
    expect(index.locate(1.5, 1.5)).toBeNull();
    expect(index.locate(1, 1.5)?.name).toBe('ring'); // hole edge is boundary
    expect(index.locate(5.5, 5.5)?.name).toBe('ring');
    expect(index.locate(4, 4)).toBeNull();
    expect(index.locate(181, 0)).toBeNull();
    expect(index.locate(0, -91)).toBeNull();
    expect(index.locate(Number.NaN, 1)).toBeNull();
    expect(new GridSpatialIndex().locate(0, 0)).toBeNull();
    expect(new GridSpatialIndex().bareLookup(0, 0)).toEqual([]);
  });

  it('bareLookup returns every grid whose bounding box holds the point, without the polygon test', () => {
    const triangle = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    const index = new GridSpatialIndex([{ id: 7, code: '110105001001007', name: 'T', geometry: triangle }, ...squares]);
    expect(index.bareLookup(3, 3)).toEqual([7]);
    expect(index.locate(3, 3)).toBeNull();
    expect(index.bareLookup(1, 1).sort((a, b) => a - b)).toEqual([7, 10, 11, 12, 13]);
  });

  it('A8.3 stays in step with edits: upsert adds or replaces, remove deletes', () => {
    const index = new GridSpatialIndex(squares);
    expect(nameAt(index, 5.5, 0.5)).toBeNull();
    index.upsert({ id: 20, code: '110105001001020', name: 'E', geometry: rect(5, 0, 6, 1) });
    expect(nameAt(index, 5.5, 0.5)).toBe('E');
    index.upsert({ id: 20, code: '110105001001020', name: 'E moved', geometry: rect(7, 0, 8, 1) });
    expect(nameAt(index, 5.5, 0.5)).toBeNull();
    expect(nameAt(index, 7.5, 0.5)).toBe('E moved');
    index.upsert({ id: 11, code: '110105001001009', name: 'B renumbered', geometry: rect(1, 0, 2, 1) });
    expect(nameAt(index, 1, 0.5)).toBe('A'); // A (002) is now the lowest on the shared edge
    expect(index.remove(10)).toBe(true);
    expect(index.remove(10)).toBe(false);
    expect(nameAt(index, 0.5, 0.5)).toBeNull();
    expect(nameAt(index, 1, 0.5)).toBe('B renumbered');
    expect(index.has(10)).toBe(false);
    expect(index.size).toBe(4);
    expect(() => index.upsert({ id: 99, code: 'x', name: 'x', geometry: { type: 'Point', coordinates: [0, 0] } as never })).toThrow(
      /Polygon/,
    );
  });

  it('A8.3 agrees with a plain loop over all grids on 20,000 random points (jittered tiling)', () => {
    const rng = createRng(3);
    const side = 12;
    const tiling = jitteredTiling({
      origin: [116.4, 39.9],
      colWidths: Array(side).fill(300),
      rowHeights: Array(side).fill(300),
      jitter: 0.12,
      edgeVertexChance: 0.7,
      rng,
    });
    const grids: IndexedGrid<string>[] = [];
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const seq = String(((r * 7 + c * 5) % 144) + 1).padStart(3, '0');
        grids.push({
          id: `g${r}-${c}`,
          code: `110105001${String(1 + (r % 3)).padStart(3, '0')}${seq}`,
          name: `${r}/${c}`,
          geometry: { type: 'Polygon', coordinates: [tiling.cell(c, r)] },
        });
      }
    }
    const index = new GridSpatialIndex(grids, { nodeSize: 16 });
    const byCode = [...grids].sort((a, b) => a.code.localeCompare(b.code)).map((g) => ({ g, shape: flattenPolygonal(g.geometry) }));
    const [x0, y0, x1, y1] = flattenPolygonal({ type: 'Polygon', coordinates: [tiling.outline(0, 0, side, side)] }).bbox;
    const vertices = grids.flatMap((g) => (g.geometry.coordinates as number[][][])[0]);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const [x, y] = i < vertices.length ? vertices[i] : [rng.between(x0 - 0.001, x1 + 0.001), rng.between(y0 - 0.001, y1 + 0.001)];
      const expected = byCode.find(({ shape }) => pointInShape(shape, x, y))?.g.id ?? null;
      const got = index.locate(x, y)?.id ?? null;
      expect(got).toBe(expected);
      if (got !== null) found++;
    }
    expect(found).toBeGreaterThan(15_000);
  });
});
