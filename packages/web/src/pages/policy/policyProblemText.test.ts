import { clonePreset } from '@gridwork/core/policy/presets';
import { validatePolicy } from '@gridwork/core/policy/validate';
import { describe, expect, it } from 'vitest';
import { i18nForTests } from '../../testing/i18nForTests';
import { policyFieldName, policyProblemText } from './policyProblemText';

// biome-ignore lint/suspicious/noExplicitAny: a test edits arbitrary paths of a policy's values
const doc: any = clonePreset('community');
doc.caseClasses.complex.limit.unit = 'days';
doc.caseClasses.general.limit.value = 0;
doc.caseClasses.general.rule = 'A3.9';
doc.tiers.ladder[1].colour = 'red';
const result = validatePolicy(doc);
const problems = result.ok ? [] : result.problems;
const at = (path: string) => problems.find((p) => p.path === path)!;

describe('policy problems for admins: Chinese text and field names instead of JSON paths (issue 11)', () => {
  it('A3.4 a time-limit unit out of its list reads as the field by name and the allowed values in Chinese', async () => {
    const t = await i18nForTests();
    const p = at('/caseClasses/complex/limit/unit');
    expect(policyFieldName(t, 'zh-CN', p.path, doc)).toBe('案件时限分类 › 情况复杂问题 › 时限 › 单位');
    expect(policyProblemText(t, 'zh-CN', p)).toBe('只能取以下值之一：工作日、自然日');
  });

  it('a minimum, an unknown rule and an unknown property, in both languages; no raw English in Chinese', async () => {
    const t = await i18nForTests();
    const texts = ['/caseClasses/general/limit/value', '/caseClasses/general/rule', '/tiers/ladder/1/colour'].map((path) =>
      policyProblemText(t, 'zh-CN', at(path)),
    );
    expect(texts).toEqual(['不能小于 1', '规则编号“A3.9”不存在', '不认识的项目“colour”，请删除或检查拼写']);
    expect(policyFieldName(t, 'zh-CN', '/tiers/ladder/1/colour', doc)).toMatch(/ › 网格长 › colour$/);
    const en = await i18nForTests('en');
    expect(policyProblemText(en, 'en', at('/caseClasses/general/rule'))).toBe('There is no rule "A3.9"');
  });

  it('every problem the core can report has a text in zh-CN and en', async () => {
    for (const lng of ['zh-CN', 'en'] as const) {
      const t = await i18nForTests(lng);
      for (const p of problems) expect(policyProblemText(t, lng, p)).not.toBe(p.message);
    }
  });
});
