import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS } from './rule-ids';

// The rulebook lives outside the repo in some checkouts (/work/shared); the hand list is the source
// the code uses, and this test only guards it against drift when the rulebook is at hand.
const here = dirname(fileURLToPath(import.meta.url));
const candidates = [
  process.env.GRIDWORK_RULES_MD,
  resolve(here, '../../../../../shared/RULES.md'),
  resolve(here, '../../../../docs/RULES.md'),
].filter((p): p is string => !!p);
const rulesMd = candidates.find((p) => existsSync(p));

describe('RULE_IDS', () => {
  it('has no duplicates and covers each part of the rulebook', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of ['A1.7', 'A3.4', 'A7.2', 'A8.3', 'B4.2', 'B5.1', 'B5.3', 'C4b', 'C5.2', 'C7.1', 'D1', 'D12']) {
      expect(isRuleId(id)).toBe(true);
    }
    expect(isRuleId('A3.9')).toBe(false);
    expect(isRuleId('D13')).toBe(false);
  });

  it.skipIf(!rulesMd)('matches the IDs of RULES.md', () => {
    const text = readFileSync(rulesMd!, 'utf8');
    const found = new Set(text.match(/\b(?:[ABC]\d+(?:\.\d+)?b?|D\d+)\b/g));
    expect([...found].sort()).toEqual([...RULE_IDS].sort());
  });
});
