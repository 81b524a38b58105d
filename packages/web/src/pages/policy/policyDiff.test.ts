import { clonePreset } from '@gridwork/core/policy/presets';
import { validatePolicy } from '@gridwork/core/policy/validate';
import { describe, expect, it } from 'vitest';
import { getAt, placeProblems, policyDiff, ruleAt, sameValue, setAt } from './policyDiff';
import { allFields, policySections } from './policyFields';

describe('policy form: values by JSON Pointer (issue 11)', () => {
  it('setAt copies the path it changes, leaves the rest shared, removes on undefined and escapes ~1', () => {
    const doc = { a: { b: 1, c: [1, { d: 2 }] }, e: { 'x/y': 1 } };
    const next = setAt(doc, '/a/c/1/d', 3);
    expect(getAt(next, '/a/c/1/d')).toBe(3);
    expect(doc.a.c[1]).toEqual({ d: 2 });
    expect(next.e).toBe(doc.e);
    expect(setAt(doc, '/a/b', undefined).a).toEqual({ c: [1, { d: 2 }] });
    expect(getAt(setAt(doc, '/e/x~1y', 5), '/e/x~1y')).toBe(5);
  });

  it('sameValue ignores key order (the database reorders keys) but not values', () => {
    expect(sameValue({ zh: '一般', en: 'general' }, { en: 'general', zh: '一般' })).toBe(true);
    expect(sameValue({ value: 5, unit: 'working-days' }, { value: 5, unit: 'calendar-days' })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe('policy form: the diff against the preset and the version in force (issue 11)', () => {
  it('A3.4 one number changed: one edited row with its rule, preset, current and new values', () => {
    const preset = clonePreset('community');
    const current = structuredClone(preset);
    const next = setAt(current, '/caseClasses/general/limit', { value: 7, unit: 'working-days' });
    const rows = policyDiff(preset, current, next);
    expect(rows).toEqual([
      {
        pointer: '/caseClasses/general/limit',
        rule: 'A3.4',
        preset: { value: 5, unit: 'working-days' },
        current: { value: 5, unit: 'working-days' },
        next: { value: 7, unit: 'working-days' },
        edited: true,
        fromPreset: true,
      },
    ]);
  });

  it('D2 a value already changed in force is listed as differing from the preset, after the edits; nothing else', () => {
    const preset = clonePreset('community');
    const current = setAt(preset, '/warnShare/value', 0.7);
    const next = setAt(current, '/privacy/revealLimit/count', 10);
    const rows = policyDiff(preset, current, next);
    expect(rows.map((r) => [r.pointer, r.edited, r.fromPreset, r.rule])).toEqual([
      ['/privacy/revealLimit/count', true, true, 'C3'],
      ['/warnShare/value', false, true, 'D2'],
    ]);
    // back to the preset's value: an edit, no longer a difference from the preset
    const back = policyDiff(preset, current, setAt(current, '/warnShare/value', 0.8));
    expect(back.map((r) => [r.pointer, r.edited, r.fromPreset])).toEqual([['/warnShare/value', true, false]]);
  });

  it('an added or removed value shows as absent on the other side; list items compare by position', () => {
    const preset = clonePreset('community');
    const next = setAt(setAt(preset, '/extension/maxLength', { value: 20, unit: 'calendar-days' }), '/tiers/ladder/1/code', 'lead');
    const rows = policyDiff(preset, preset, next);
    expect(rows.find((r) => r.pointer === '/extension/maxLength')).toMatchObject({ current: undefined, rule: 'A3.4' });
    expect(rows.find((r) => r.pointer === '/tiers/ladder/1/code')).toMatchObject({ current: 'grid-leader', next: 'lead', rule: 'A2.2' });
    expect(ruleAt(next, '/tiers/ladder')).toBe('A2');
  });
});

describe('policy form: each problem of POLICY_INVALID under its field (issue 11)', () => {
  const doc = clonePreset('community');
  const pointers = allFields(policySections(doc)).map((f) => f.pointer);

  it('A3.4 a bad limit and a bad unit go to the limit field; a missing count to the count field', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a test breaks the document on purpose
    const bad: any = setAt(setAt(doc, '/caseClasses/general/limit/value', 0), '/caseClasses/complex/limit/unit', 'days');
    delete bad.visits.obligations['2-key'].count;
    const result = validatePolicy(bad);
    const problems = result.ok ? [] : result.problems;
    const { byPointer, unplaced } = placeProblems(pointers, problems);
    expect(byPointer.get('/caseClasses/general/limit')?.map((p) => p.code)).toEqual(['MINIMUM']);
    expect(byPointer.get('/caseClasses/complex/limit')?.map((p) => p.code)).toEqual(['ONE_OF']);
    expect(byPointer.get('/visits/obligations/2-key/count')?.map((p) => p.code)).toEqual(['REQUIRED']);
    expect(unplaced).toEqual([]);
  });

  it('a problem no field holds stays unplaced (shown above the form); the deepest field wins', () => {
    const placed = placeProblems(
      ['/a', '/a/b'],
      [
        { path: '/a/b/c', code: 'INVALID', message: 'x' },
        { path: '/ab', code: 'INVALID', message: 'y' },
        { path: '', code: 'INVALID', message: 'z' },
      ],
    );
    expect([...placed.byPointer.keys()]).toEqual(['/a/b']);
    expect(placed.unplaced.map((p) => p.message)).toEqual(['y', 'z']);
  });
});
