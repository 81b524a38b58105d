import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { createRng } from '../../demo/prng';
import { jitteredTiling } from '../../demo/tiling';
import { multi, rect, rectRing } from './geo-fixtures';
import type { Polygonal, Position } from './geometry';
import { clippedArea, sharedArea } from './grid-overlap';
import { overlapArea, ShapesTooComplexError } from './overlay-area';
import { SegmentSet } from './segment-set';

const X = 116.3;
const Y = 39.9;
const measure = (a: Polygonal, b: Polygonal) => overlapArea(new SegmentSet(a), new SegmentSet(b));
/** The clipper and the boundary sum round crossing points differently: a few hundredths of a m² at most. */
const close = (mine: number, clipped: number) => Math.abs(mine - clipped) <= 0.05 + 1e-5 * clipped;

describe('B1 shared area from the pieces of the outlines, as @turf/intersect + @turf/area measure it', () => {
  it('agrees with the clipper on random shapes, holes included, in either orientation', () => {
    const rng = createRng(5);
    const blob = (cx: number, cy: number, holes: boolean): Polygonal => {
      const n = 5 + Math.floor(rng.next() * 60);
      const ring: Position[] = [];
      for (let i = 0; i < n; i++) {
        const a = (2 * Math.PI * i) / n;
        const r = 0.002 * (0.5 + 0.5 * rng.next());
        ring.push([+(cx + r * Math.cos(a)).toFixed(7), +(cy + r * Math.sin(a)).toFixed(7)]);
      }
      ring.push(ring[0]);
      if (rng.next() < 0.5) ring.reverse();
      return { type: 'Polygon', coordinates: holes ? [ring, rectRing(cx - 0.0002, cy - 0.0002, cx + 0.0002, cy + 0.0002)] : [ring] };
    };
    for (let k = 0; k < 80; k++) {
      const a = blob(X, Y, rng.next() < 0.3);
      const b = blob(X + (rng.next() - 0.5) * 0.004, Y + (rng.next() - 0.5) * 0.004, rng.next() < 0.3);
      const [mine, clipped] = [measure(a, b), clippedArea(a, b)];
      expect(mine === null || close(mine, clipped), `case ${k}: ${mine} vs ${clipped}`).toBe(true);
    }
  });

  it('agrees with the clipper where outlines share edges, end on each other (T) or nest (a lattice of shapes)', () => {
    const rng = createRng(11);
    const L = 0.0005;
    const q = () => Math.floor(rng.next() * 6);
    const box = (a: number, b: number, c: number, d: number) => rectRing(X + a * L, Y + b * L, X + c * L, Y + d * L);
    const shape = (): Polygonal => {
      const [i, j, w, h] = [q(), q(), 1 + q(), 1 + q()];
      const pt = (u: number, v: number): Position => [X + u * L, Y + v * L];
      switch (Math.floor(rng.next() * 5)) {
        case 0:
          return { type: 'Polygon', coordinates: [box(i, j, i + w, j + h)] };
        case 1:
          return {
            type: 'Polygon',
            coordinates: [
              [pt(i, j), pt(i + w + 1, j), pt(i + w + 1, j + 1), pt(i + 1, j + 1), pt(i + 1, j + h + 1), pt(i, j + h + 1), pt(i, j)],
            ],
          };
        case 2:
          return { type: 'Polygon', coordinates: [[pt(i, j), pt(i + w, j), pt(i, j + h), pt(i, j)]] };
        case 3:
          return { type: 'Polygon', coordinates: [box(i, j, i + 3, j + 3), box(i + 1, j + 1, i + 2, j + 2).reverse()] };
        default:
          return multi(
            rect(X + i * L, Y + j * L, X + (i + 1) * L, Y + (j + 1) * L),
            rect(X + (i + 2) * L, Y + j * L, X + (i + 3) * L, Y + (j + 2) * L),
          );
      }
    };
    for (let k = 0; k < 300; k++) {
      const [a, b] = [shape(), shape()];
      const [mine, clipped] = [measure(a, b), clippedArea(a, b)];
      expect(mine, `case ${k}`).not.toBeNull(); // only exact lattice points: the pieces always close up
      expect(close(mine!, clipped), `case ${k}: ${mine} vs ${clipped}`).toBe(true);
    }
  });

  it('a shape shares its whole area with itself; neighbours of a tiling share nothing', () => {
    const donut = rect(X, Y, X + 0.003, Y + 0.003, [rectRing(X + 0.001, Y + 0.001, X + 0.002, Y + 0.002)]);
    expect(measure(donut, donut)).toBeCloseTo(area(donut), 3);
    const tiling = jitteredTiling({
      origin: [X, Y],
      colWidths: Array(6).fill(350),
      rowHeights: Array(6).fill(350),
      jitter: 0.1,
      edgeVertexChance: 0.6,
      rng: createRng(9),
    });
    const cell = (c: number, r: number): Polygonal => ({ type: 'Polygon', coordinates: [tiling.cell(c, r)] });
    for (let c = 0; c < 5; c++) {
      for (let r = 0; r < 5; r++)
        for (const [dc, dr] of [
          [1, 0],
          [0, 1],
          [1, 1],
        ])
          expect(measure(cell(c, r), cell(c + dc, r + dr))).toBe(0);
    }
  });

  it('answers null (never a wrong area) when rounding keeps the pieces from closing up; sharedArea then asks the clipper', () => {
    const rng = createRng(3);
    const s = 0.003;
    let nulls = 0;
    for (let k = 0; k < 18; k++) {
      // two squares whose common side is drawn twice with 100 positions a hair apart: crossings at tiny angles
      const eps = 10 ** -(9 + (k % 6));
      const side = () =>
        Array.from({ length: 101 }, (_, i): Position => [X + s + (i % 100 === 0 ? 0 : (rng.next() - 0.5) * eps), Y + (s * i) / 100]);
      const a: Polygonal = { type: 'Polygon', coordinates: [[[X, Y], ...side(), [X, Y + s], [X, Y]]] };
      const b: Polygonal = { type: 'Polygon', coordinates: [[[X + 2 * s, Y], [X + 2 * s, Y + s], ...side().reverse(), [X + 2 * s, Y]]] };
      const [mine, clipped] = [measure(a, b), clippedArea(a, b)];
      if (mine === null) nulls++;
      else expect(close(mine, clipped)).toBe(true);
      expect(close(sharedArea(a, b), clipped)).toBe(true);
    }
    expect(nulls).toBeGreaterThan(0);
  });

  it('outlines built to cross each other endlessly stop at the bound on cuts (ShapesTooComplexError)', () => {
    // a sawtooth of 200 teeth, and the same turned a quarter: every tooth of one crosses every tooth of the other
    const comb = (turned: boolean): Polygonal => {
      const teeth = Array.from({ length: 200 }, (_, i): [number, number] => [i * 0.00001, i % 2 ? 0.002 : 0]);
      const ring = [...teeth, [teeth[199][0], -0.0005], [0, -0.0005], teeth[0]].map(
        ([u, v]): Position => (turned ? [X + v, Y + u] : [X + u, Y + v]),
      );
      return { type: 'Polygon', coordinates: [ring] };
    };
    expect(() => overlapArea(new SegmentSet(comb(true)), new SegmentSet(comb(false)), 1_000)).toThrow(ShapesTooComplexError);
    expect(measure(comb(true), comb(false))).toBeGreaterThan(0); // under the default bound it is measured
  });
});
