/**
 * Exact sign of a 2×2 determinant `a·d − b·c` of doubles: a floating-point filter (Shewchuk's
 * error bound for orient2d) with an exact fallback on floating-point expansions. Used by the
 * point-in-polygon test so that points on an edge are recognised exactly.
 */
const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;
const SPLITTER = 134217729; // 2^27 + 1

/** Sign (-1, 0, 1) of `a·d − b·c`, exact for finite doubles whose products do not overflow. */
export function det2Sign(a: number, b: number, c: number, d: number): number {
  const left = a * d;
  const right = b * c;
  const det = left - right;
  if (Math.abs(det) >= ERROR_BOUND * Math.abs(left + right)) {
    return Math.sign(det);
  }
  const [p, pTail] = twoProduct(a, d);
  const [q, qTail] = twoProduct(b, c);
  return expansionSign([pTail, p, -qTail, -q]);
}

function splitHigh(a: number): number {
  const c = SPLITTER * a;
  return c - (c - a);
}

/** `a·b` as an unevaluated sum `hi + lo`, exactly (Dekker). */
function twoProduct(a: number, b: number): [number, number] {
  const x = a * b;
  const aHi = splitHigh(a);
  const aLo = a - aHi;
  const bHi = splitHigh(b);
  const bLo = b - bHi;
  const err = aLo * bLo - (x - aHi * bHi - aLo * bHi - aHi * bLo);
  return [x, err];
}

/** Shewchuk's Grow-Expansion: adds `b` to a nonoverlapping expansion, exactly. */
function grow(e: number[], b: number): number[] {
  const h: number[] = [];
  let q = b;
  for (const x of e) {
    const s = q + x;
    const bv = s - q;
    h.push(q - (s - bv) + (x - bv));
    q = s;
  }
  h.push(q);
  return h;
}

/** Exact sign of the sum of a few doubles. */
function expansionSign(values: number[]): number {
  let e: number[] = [];
  for (const v of values) e = grow(e, v);
  for (let i = e.length - 1; i >= 0; i--) if (e[i] !== 0) return Math.sign(e[i]);
  return 0;
}
