import { describe, expect, it } from 'vitest';
import { det2Sign } from './orient';
import { createRng } from '../../demo/prng';

/** Exact value of a finite double as (big integer) × 2^-1100. */
function exact(v: number): bigint {
  if (v === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  const shift = BigInt((exp === 0 ? 1 : exp) - 1075 + 1100);
  return sign * (mant << shift);
}

function exactSign(a: number, b: number, c: number, d: number): number {
  const v = exact(a) * exact(d) - exact(b) * exact(c);
  return v === 0n ? 0 : v > 0n ? 1 : -1;
}

describe('det2Sign: exact sign of a·d − b·c', () => {
  it('matches exact big-integer arithmetic on near-degenerate inputs', () => {
    const rng = createRng(5);
    let zeros = 0;
    let naiveWrong = 0;
    for (let i = 0; i < 20_000; i++) {
      // points on or next to the line through two random points: the hard cases
      const ax = rng.between(-1, 1) * 1e-3;
      const ay = rng.between(-1, 1) * 1e-3;
      // every third case exactly on the line (a power-of-two multiple), the others near it
      const t = i % 3 === 0 ? 2 ** rng.int(-3, 3) * (rng.next() < 0.5 ? -1 : 1) : rng.between(-2, 2);
      const nudge = i % 3 === 0 ? 0 : (rng.next() - 0.5) * 1e-18;
      const bx = ax * t + nudge;
      const by = ay * t;
      const expected = exactSign(ax, ay, bx, by);
      if (expected === 0) zeros++;
      if (Math.sign(ax * by - ay * bx) !== expected) naiveWrong++;
      expect(det2Sign(ax, ay, bx, by)).toBe(expected);
    }
    expect(zeros).toBeGreaterThan(0);
    expect(naiveWrong).toBeGreaterThan(0); // the cases plain floating point gets wrong are covered
  });

  it('gives 0 only for an exactly zero determinant', () => {
    const e = 1 + 2 ** -52;
    expect(det2Sign(e, e, 1, 1)).toBe(0);
    expect(det2Sign(0.1, 0.3, 0.1, 0.3)).toBe(0);
    expect(det2Sign(e, 1, 1, e)).toBe(1);
    expect(det2Sign(1, e, e, 1)).toBe(-1);
  });
});
