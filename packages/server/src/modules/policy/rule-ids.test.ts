import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '@gridwork/core/policy';
import { describe, expect, it } from 'vitest';

// The rulebook digest lives beside the checkout (../shared/RULES.md); the hand list in core is what
// the code uses, and this test guards it against drift whenever the digest is at hand (README).
const here = dirname(fileURLToPath(import.meta.url));
const candidates = [
  process.env.GRIDWORK_RULES_MD,
  resolve(here, '../../../../../../shared/RULES.md'),
  resolve(here, '../../../../../docs/RULES.md'),
].filter((p): p is string => !!p);
const rulesMd = candidates.find((p) => existsSync(p));

describe('policy rule IDs', () => {
  it.skipIf(!rulesMd)('RULE_IDS match the IDs of RULES.md', () => {
    const text = readFileSync(rulesMd!, 'utf8');
    const found = new Set(text.match(/\b(?:[ABC]\d+(?:\.\d+)?b?|D\d+)\b/g));
    expect([...found].sort()).toEqual([...RULE_IDS].sort());
  });
});
