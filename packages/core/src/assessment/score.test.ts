import { describe, expect, it } from 'vitest';
import { PRESETS } from '../policy';
import { scoreSubjects } from './score';
import { itemValue } from './items';

const items = [
  { item: 'visit-compliance', rule: 'A7.2', weight: 30 },
  { item: 'excellent-diary', rule: 'A5.5', weight: 2 },
  { item: 'rewards-penalties', rule: 'A10', weight: 1 },
] as const;

describe('assessment scores (contract "Team operations")', () => {
  it('points are weight × value to 2 decimals; the score is their sum; a rate with nothing due is 1', () => {
    const [s] = scoreSubjects(items, [
      { subject: 'a', facts: { 'visit-compliance': { done: 2, of: 3 }, 'excellent-diary': { done: 2, of: 0 } } },
    ]);
    expect(s.parts).toEqual([
      { item: 'visit-compliance', rule: 'A7.2', weight: 30, value: 0.6667, points: 20, done: 2, of: 3 },
      { item: 'excellent-diary', rule: 'A5.5', weight: 2, value: 2, points: 4, done: 2, of: 0 },
      { item: 'rewards-penalties', rule: 'A10', weight: 1, value: 0, points: 0, done: 0, of: 0 },
    ]);
    expect(s.score).toBe(24);
    expect(itemValue('visit-compliance', { done: 0, of: 0 })).toBe(1);
  });

  it('rank 1 is the best; equal scores share a rank (1, 1, 3)', () => {
    const f = (done: number) => ({ 'visit-compliance': { done, of: 10 } });
    const ranked = scoreSubjects(items, [
      { subject: 'low', facts: f(5) },
      { subject: 'top1', facts: f(9) },
      { subject: 'top2', facts: f(9) },
    ]);
    expect(ranked.map((s) => [s.subject, s.score, s.rank])).toEqual([
      ['top1', 27, 1],
      ['top2', 27, 1],
      ['low', 15, 3],
    ]);
  });

  it('A10 penalties lower the score; a changed weight changes the score computed from the same facts', () => {
    const facts = { 'rewards-penalties': { done: -3, of: 0 }, 'visit-compliance': { done: 1, of: 3 } };
    expect(scoreSubjects(items, [{ subject: 'x', facts }])[0].score).toBe(7);
    const heavier = items.map((i) => (i.item === 'visit-compliance' ? { ...i, weight: 60 } : i));
    expect(scoreSubjects(heavier, [{ subject: 'x', facts }])[0].score).toBe(17);
  });

  it('the presets weight each item once, with a rule ID', () => {
    for (const preset of ['community', 'township'] as const) {
      const list = PRESETS[preset].assessment!.items;
      expect(new Set(list.map((i) => i.item)).size).toBe(list.length);
      expect(list.find((i) => i.item === 'excellent-diary')).toMatchObject({ rule: 'A5.5', periods: ['year'] });
    }
  });
});
