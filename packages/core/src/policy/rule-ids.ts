/**
 * Every rule ID of the rulebook (RULES.md), kept by hand so that core does not read files.
 * Section IDs (A2, B4...) are listed too: a value may cite a whole section.
 * `rule-ids.test.ts` compares this list with RULES.md when that file is present.
 */
const sections = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);

export const RULE_IDS: readonly string[] = Object.freeze([
  // Part A: community rulebook
  'A1',
  ...sections('A1', 7),
  'A2',
  ...sections('A2', 5),
  'A3',
  ...sections('A3', 4),
  'A4',
  'A5',
  ...sections('A5', 6),
  'A6',
  'A7',
  ...sections('A7', 2),
  'A8',
  ...sections('A8', 3),
  'A9',
  ...sections('A9', 4),
  'A10',
  'A11',
  ...sections('A11', 4),
  // Part B: grid marketing rulebook
  'B1',
  'B2',
  'B3',
  ...sections('B3', 5),
  'B4',
  ...sections('B4', 6),
  'B5',
  ...sections('B5', 4),
  'B6',
  ...sections('B6', 6),
  'B7',
  // Part C: township rulebook
  'C1',
  'C2',
  ...sections('C2', 4),
  'C3',
  'C4',
  'C4b',
  'C5',
  ...sections('C5', 3),
  'C6',
  'C7',
  ...sections('C7', 2),
  'C8',
  // Product decisions
  ...Array.from({ length: 12 }, (_, i) => `D${i + 1}`),
]);

const known = new Set(RULE_IDS);

/** True when `id` names a rule or product decision of RULES.md. */
export function isRuleId(id: string): boolean {
  return known.has(id);
}
