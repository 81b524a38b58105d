import { describe, expect, it } from 'vitest';
import { clonePreset, PRESETS } from './presets';
import { isRuleId } from './rule-ids';
import { PRESET_IDS, type PresetId } from './schema';
import { validatePolicy } from './validate';

/** Paths of primitive values with no `rule` on their own group or an enclosing one. */
function untaggedLeaves(node: unknown, path = '', tagged = false): string[] {
  if (node === null || typeof node !== 'object') return tagged ? [] : [path];
  const isTagged = tagged || (!Array.isArray(node) && 'rule' in node);
  return Object.entries(node).flatMap(([key, child]) => untaggedLeaves(child, `${path}/${key}`, isTagged));
}

/** Every rule ID cited anywhere (`rule` and `see`). */
function citedRules(node: unknown): string[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => {
    if (key === 'rule') return [child as string];
    if (key === 'see') return child as string[];
    return citedRules(child);
  });
}

describe.each(PRESET_IDS)('preset %s', (id: PresetId) => {
  it('validates against the policy schema and the semantic checks', () => {
    const result = validatePolicy(PRESETS[id]);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('every leaf value group carries a rule ID', () => {
    expect(untaggedLeaves(PRESETS[id])).toEqual([]);
  });

  it('every cited rule ID exists in RULES.md (RULE_IDS)', () => {
    const cited = citedRules(PRESETS[id]);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((rule) => !isRuleId(rule))).toEqual([]);
  });

  it('D2 warnShare defaults to 0.8', () => {
    expect(PRESETS[id].warnShare).toMatchObject({ value: 0.8, rule: 'D2' });
  });

  it('D4 an extension always needs a reason', () => {
    expect(PRESETS[id].extension.reasonRequired).toBe(true);
  });

  it('D5 only in-person visits count', () => {
    expect(PRESETS[id].visits?.inPersonOnly).toMatchObject({ value: true, rule: 'D5' });
  });

  it('D7 a meeting set on a rest day moves to the next working day', () => {
    expect(PRESETS[id].meetings?.restDayShift).toMatchObject({ value: 'next-working-day', rule: 'D7' });
  });

  it('is frozen; clonePreset gives an editable deep copy', () => {
    expect(Object.isFrozen(PRESETS[id].caseClasses)).toBe(true);
    const copy = clonePreset(id);
    expect(copy).toEqual(PRESETS[id]);
    copy.warnShare.value = 0.5;
    expect(PRESETS[id].warnShare.value).toBe(0.8);
  });

  it('survives a JSON round trip unchanged (stored and served as JSON)', () => {
    expect(JSON.parse(JSON.stringify(PRESETS[id]))).toEqual(PRESETS[id]);
  });
});

describe('presets', () => {
  it('there are exactly the three presets of RULES.md', () => {
    expect(Object.keys(PRESETS).sort()).toEqual(['community', 'marketing', 'township']);
  });
});

describe('preset objects', () => {
  it('share no nested objects, so an edit of one value never changes another', () => {
    const seen = new Set<object>();
    const shared: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      if (seen.has(node)) shared.push(path);
      seen.add(node);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    for (const id of PRESET_IDS) walk(PRESETS[id], id);
    expect(shared).toEqual([]);
  });
});
