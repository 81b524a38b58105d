/**
 * Scores from facts (API contract "Team operations"): each part's points are weight × value, the
 * score their sum, both to 2 decimals (counted in hundredths, so sums never drift); rank 1 is the
 * best and equal scores share a rank (1, 1, 3). Nothing here is stored: a changed weight changes
 * every score computed afterwards.
 */
import { itemValue, type AssessmentItem, type ItemFact } from './items';

export interface WeightedItem {
  item: AssessmentItem;
  rule: string;
  weight: number;
}

export interface ScorePart {
  item: AssessmentItem;
  rule: string;
  weight: number;
  value: number;
  points: number;
  /** What the value is made of (rates: done of `of`; counts and sums: `done`). */
  done: number;
  of: number;
}

export interface Scored<S> {
  subject: S;
  score: number;
  rank: number;
  parts: ScorePart[];
}

const cents = (x: number) => Math.round(x * 100);

export function scoreSubjects<S>(
  items: readonly WeightedItem[],
  subjects: ReadonlyArray<{ subject: S; facts: Partial<Record<AssessmentItem, ItemFact>> }>,
): Scored<S>[] {
  const scored = subjects.map(({ subject, facts }) => {
    const parts = items.map((i) => {
      const fact = facts[i.item] ?? { done: 0, of: 0 };
      const value = itemValue(i.item, fact);
      return { item: i.item, rule: i.rule, weight: i.weight, value, points: cents(i.weight * value) / 100, done: fact.done, of: fact.of };
    });
    const total = parts.reduce((sum, p) => sum + cents(p.points), 0);
    return { subject, score: total / 100, rank: 0, parts, total };
  });
  const order = [...scored].sort((a, b) => b.total - a.total);
  order.forEach((s, i) => {
    s.rank = i > 0 && order[i - 1].total === s.total ? order[i - 1].rank : i + 1;
  });
  return order.map(({ total: _total, ...s }) => s);
}
