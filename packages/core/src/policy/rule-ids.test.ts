import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS } from './rule-ids';

// The comparison with the rulebook digest itself (a file read) is in the server project:
// packages/server/src/modules/policy/rule-ids.test.ts — core stays free of IO, tests included.
describe('RULE_IDS', () => {
  it('has no duplicates and covers each part of the rulebook', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of ['A1.7', 'A3.4', 'A7.2', 'A8.3', 'B4.2', 'B5.1', 'B5.3', 'C4b', 'C5.2', 'C7.1', 'D1', 'D12']) {
      expect(isRuleId(id)).toBe(true);
    }
    expect(isRuleId('A3.9')).toBe(false);
    expect(isRuleId('D13')).toBe(false);
  });
});
