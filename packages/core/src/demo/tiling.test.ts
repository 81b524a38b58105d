import { describe, expect, it } from 'vitest';
import { createRng } from './prng';
import { jitteredTiling } from './tiling';
import { chineseNumber } from './names';

describe('seeded PRNG', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRng(1);
    const b = createRng(1);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = createRng(2);
    const ints = Array.from({ length: 1000 }, () => r.int(2, 3));
    expect(new Set(ints)).toEqual(new Set([2, 3]));
    expect(createRng(3).next()).not.toBe(createRng(4).next());
  });
});

describe('jittered tiling', () => {
  const tiling = jitteredTiling({
    origin: [116.4, 39.9],
    colWidths: [400, 400, 400],
    rowHeights: [400, 400],
    jitter: 0.1,
    edgeVertexChance: 0.5,
    rng: createRng(1),
  });

  it('gives closed counter-clockwise cells', () => {
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) {
        const ring = tiling.cell(c, r);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        let twiceArea = 0;
        for (let i = 0; i + 1 < ring.length; i++) twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        expect(twiceArea).toBeGreaterThan(0);
      }
    }
  });

  it('neighbours share their edge vertices exactly (no gaps, no overlaps)', () => {
    const key = (p: number[]) => p.join(',');
    const west = tiling.cell(0, 0).slice(0, -1).map(key);
    const east = tiling.cell(1, 0).slice(0, -1).map(key);
    const westSide = west.filter((k) => east.includes(k));
    const eastSide = east.filter((k) => west.includes(k));
    expect(westSide.length).toBeGreaterThanOrEqual(2);
    expect(westSide.length).toBeLessThanOrEqual(3);
    // the west cell walks the shared side northwards, the east cell southwards: the same vertices reversed
    const i = eastSide.indexOf(westSide[westSide.length - 1]);
    expect([...eastSide.slice(i), ...eastSide.slice(0, i)]).toEqual([...westSide].reverse());
    const outline = new Set(tiling.outline(0, 0, 3, 2).map(key));
    const cellVertices = new Set([0, 1, 2].flatMap((c) => [0, 1].flatMap((r) => tiling.cell(c, r).map(key))));
    for (const k of outline) expect(cellVertices.has(k)).toBe(true);
  });

  it('returns fresh arrays (editing one cell cannot move a neighbour)', () => {
    const a = tiling.cell(0, 0);
    a[1][0] = 0;
    expect(tiling.cell(0, 0)[1][0]).not.toBe(0);
  });
});

describe('Chinese numbers for names', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
  ])('%i → %s', (n, s) => {
    expect(chineseNumber(n)).toBe(s);
  });
});
