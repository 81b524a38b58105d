/**
 * The assessment items (A5.5, A7.2, A3.2, A3.4, A4, A6, A8.2, A10, C8; API contract "Team
 * operations"): what each measures and how its value is read. Rates are shares 0..1 of what was due;
 * counts and sums are as recorded (excellent entries, reward and penalty points).
 */
export const ASSESSMENT_ITEMS = [
  'visit-compliance',
  'case-timeliness',
  'satisfaction',
  'diary-compliance',
  'excellent-diary',
  'attendance',
  'verification',
  'rewards-penalties',
  'supervision',
] as const;
export type AssessmentItem = (typeof ASSESSMENT_ITEMS)[number];

export const ASSESSMENT_LEVELS = ['worker', 'grid', 'workstation', 'community'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

/** How an item's value is formed from its numerator and denominator. */
export const ITEM_KIND: Record<AssessmentItem, 'rate' | 'count' | 'sum'> = {
  'visit-compliance': 'rate',
  'case-timeliness': 'rate',
  satisfaction: 'rate',
  'diary-compliance': 'rate',
  'excellent-diary': 'count',
  attendance: 'rate',
  verification: 'rate',
  'rewards-penalties': 'sum',
  /** C8: the supervisor's rating (0-100) of each month's issued report, as a share of 100. */
  supervision: 'rate',
};

/** What a subject did for one item: `done` of `of` for rates (a rate with nothing due is 1), else `done` itself. */
export interface ItemFact {
  done: number;
  of: number;
}

export function itemValue(item: AssessmentItem, fact: ItemFact): number {
  if (ITEM_KIND[item] !== 'rate') return fact.done;
  return fact.of === 0 ? 1 : Math.round((fact.done / fact.of) * 10_000) / 10_000;
}
