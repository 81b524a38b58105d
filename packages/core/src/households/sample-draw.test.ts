import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { PRESETS } from '../policy';
import { drawVerificationSample, sampleSize, samplingRatesOf, type SampleStratum } from './sample-draw';
import { seededRandom } from './seeded-random';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const RATES = { '1': 0.5, '2': 0.3, '3': 0.1 };
const strata: SampleStratum[] = [
  { gridId: 7, visitClass: '1-general', householdIds: range(100, 9) },
  { gridId: 7, visitClass: '1-special', householdIds: range(200, 3) },
  { gridId: 7, visitClass: '2-key', householdIds: range(300, 10) },
  { gridId: 7, visitClass: '3', householdIds: range(400, 41) },
  { gridId: 8, visitClass: '3', householdIds: range(500, 30) },
  { gridId: 8, visitClass: '2-general', householdIds: [] },
];

describe('verification draws (A8.2, D8, contract)', () => {
  it('A8.2 D8 samples round up per stratum', () => {
    const draw = drawVerificationSample(strata, RATES, 'q4');
    expect(draw.strata.map((s) => [s.gridId, s.visitClass, s.size, s.drawn])).toEqual([
      [7, '1-general', 9, 5], // ceil(4.5)
      [7, '1-special', 3, 2], // ceil(1.5)
      [7, '2-key', 10, 3], // 0.3 × 10 is 3, not 4
      [7, '3', 41, 5], // ceil(4.1)
      [8, '2-general', 0, 0],
      [8, '3', 30, 3], // 0.1 × 30 is 3, not 4
    ]);
    expect(draw.counts).toEqual({
      '1-general': { size: 9, drawn: 5 },
      '1-special': { size: 3, drawn: 2 },
      '2-general': { size: 0, drawn: 0 },
      '2-key': { size: 10, drawn: 3 },
      '3': { size: 71, drawn: 8 },
    });
    expect(draw.tasks).toHaveLength(18);
    expect(draw.seed).toBe('q4');
  });

  it('A8.2 D8 every drawn household belongs to its stratum, once', () => {
    const draw = drawVerificationSample(strata, RATES, 42);
    for (const task of draw.tasks) {
      const stratum = strata.find((s) => s.gridId === task.gridId && s.visitClass === task.visitClass)!;
      expect(stratum.householdIds).toContain(task.householdId);
    }
    expect(new Set(draw.tasks.map((t) => t.householdId)).size).toBe(draw.tasks.length);
  });

  it('A8.2 D8 the same seed gives the same households, whatever the input order', () => {
    const first = drawVerificationSample(strata, RATES, 'seed-2026-Q4');
    const shuffled = [...strata].reverse().map((s) => ({ ...s, householdIds: [...s.householdIds].reverse() }));
    expect(drawVerificationSample(shuffled, RATES, 'seed-2026-Q4')).toEqual(first);
  });

  it('D8 adding a stratum does not change the draw of the others', () => {
    const before = drawVerificationSample(strata.slice(1), RATES, 's').tasks;
    const after = drawVerificationSample(strata, RATES, 's').tasks.filter((t) => t.visitClass !== '1-general');
    expect(after).toEqual(before);
  });

  it('A8.2 D8 a different seed gives a different draw', () => {
    const a = drawVerificationSample(strata, RATES, 'seed-a').tasks.map((t) => t.householdId);
    const b = drawVerificationSample(strata, RATES, 'seed-b').tasks.map((t) => t.householdId);
    expect(a).toHaveLength(b.length);
    expect(a).not.toEqual(b);
  });

  it('A8.2 D8 sizes are ceil(rate × size) for any size and rate, never more than the stratum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0.1, 0.3, 0.5, 0.25, 1, 0), (size, rate) => {
        const k = sampleSize(rate, size);
        const hundredths = Math.round(rate * 100) * size; // exact integer arithmetic
        expect(k).toBe(Math.floor((hundredths + 99) / 100));
        expect(k).toBeLessThanOrEqual(size);
      }),
    );
  });

  it('A8.2 the rates come from the policy: 50% of class 1, 30% of class 2, 10% of class 3', () => {
    const rates = samplingRatesOf(PRESETS.community);
    expect(rates).toEqual({ '1-general': 0.5, '1-special': 0.5, '2-general': 0.3, '2-key': 0.3, '3': 0.1 });
    expect(drawVerificationSample(strata, rates, 'x').counts['1-general'].drawn).toBe(5);
  });

  it('A8.2 D8 bad strata, rates and seeds are VALIDATION_FAILED', () => {
    const bad = (fn: () => unknown) => expect(fn).toThrow(DomainError);
    bad(() => drawVerificationSample([{ gridId: 1, visitClass: '3', householdIds: [1, 1] }], RATES, 's'));
    bad(() => drawVerificationSample([...strata, { gridId: 7, visitClass: '3', householdIds: [] }], RATES, 's'));
    bad(() => drawVerificationSample([{ gridId: 1, visitClass: '4' as never, householdIds: [1] }], RATES, 's'));
    bad(() => drawVerificationSample(strata, { '1': 0.5, '2': 0.3 }, 's'));
    bad(() => drawVerificationSample(strata, RATES, ''));
  });

  it('D8 the seeded generator is uniform enough and reproducible', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
