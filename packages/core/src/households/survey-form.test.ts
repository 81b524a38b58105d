import { describe, expect, it } from 'vitest';
import { surveyFormOf, surveyProblems } from './survey-form';
import { VISIT_CLASSES } from './visit-class';

describe('A8.1 household survey forms, one type per class', () => {
  it('A8.1 each class has its form; keys are unique; elderly, vulnerable, key and other households differ', () => {
    for (const c of VISIT_CLASSES) {
      const keys = surveyFormOf(c).map((q) => q.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(surveyFormOf('1-special').map((q) => q.key)).toContain('lives-alone');
    expect(surveyFormOf('2-key').map((q) => q.key)).toContain('caregiver');
    expect(surveyFormOf('3').map((q) => q.key)).toContain('residence');
  });

  it('A8.1 answers are checked: unknown questions, choices outside the list, unanswered choices', () => {
    const form = surveyFormOf('3');
    expect(surveyProblems(form, { residence: 'owner', 'members-present': 'yes', needs: '无' })).toEqual([]);
    expect(surveyProblems(form, { residence: 'castle', 'members-present': 'yes', extra: 'x' }).map((p) => p.field)).toEqual([
      'body.answers.extra',
      'body.answers.residence',
    ]);
    expect(surveyProblems(form, {}).map((p) => p.field)).toEqual(['body.answers.residence', 'body.answers.members-present']);
  });
});
