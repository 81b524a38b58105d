import { describe, expect, it } from 'vitest';
import { i18nForTests } from '../testing/i18nForTests';
import { stripRuleIds } from './ruleIds';

describe('rule IDs are hidden from field users and printed sheets (issue 11 item 6)', () => {
  it('removes the rule references of the texts that carry them, keeping the sentence', async () => {
    const t = await i18nForTests();
    expect(stripRuleIds(t('feedbackForm.footnote'))).toBe('本表由社区工作总站填写，送网格员告知群众结果；办结后由工作站登记归档。');
    expect(stripRuleIds(t('diaries.select.hint'))).toBe('工作站推荐入围，社区网格负责人评定优秀；不能评选本人的日记。');
    expect(stripRuleIds(t('diaries.status.period', { start: '12/01', end: '12/07', rule: 'A5.2' }))).toBe(
      '12/01 至 12/07（网格团队成员每周至少写一篇）',
    );
    expect(stripRuleIds(t('surveyFill.rule', { rule: 'A8.1' }))).toBe('按户类使用对应调查表');
    expect(stripRuleIds('期限（A3.4、D2）。')).toBe('期限。');
  });

  it('no Chinese text left with a rule ID once stripped', async () => {
    const t = await i18nForTests();
    const texts = ['feedbackForm.footnote', 'diaries.select.hint', 'outreach.intro', 'analysis.note', 'workRecords.subtitle'].map((k) =>
      stripRuleIds(t(k)),
    );
    for (const text of texts) expect(text).not.toMatch(/\b[A-D]\d+(\.\d+)?\b/);
  });
});
