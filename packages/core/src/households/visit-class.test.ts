import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { PRESETS } from '../policy';
import {
  ageOn,
  applyOverride,
  deriveVisitClass,
  VISIT_CLASS_LABELS,
  VISIT_CLASS_PRECEDENCE,
  VISIT_CLASSES,
  visitClassLabels,
  type HouseholdMember,
} from './visit-class';
import { findVisitRequirement, visitRequirement } from './visit-status';

const m = (birthDate: string, ...tags: string[]): HouseholdMember => ({ birthDate, tags });

describe('visit classes (A7.2, D5)', () => {
  it('A7.2 a household with a member turning 60 on the date is class 1', () => {
    const household = [m('1966-11-27'), m('1990-05-01')];
    expect(deriveVisitClass(household, '2026-11-26')).toEqual({ visitClass: '3', reasons: [] });
    expect(deriveVisitClass(household, '2026-11-27')).toEqual({
      visitClass: '1-general',
      reasons: [{ rule: 'A7.2', memberIndex: 0, reason: 'age-60-plus', visitClass: '1-general' }],
    });
  });

  it('A7.2 someone born on 29 February turns a year older on 1 March in common years', () => {
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
    expect(ageOn('1968-02-29', '2028-02-28')).toBe(59);
    expect(ageOn('1966-02-28', '2026-02-28')).toBe(60);
    expect(ageOn('1964-02-29', '2023-02-28')).toBe(58);
    expect(ageOn('1964-02-29', '2023-03-01')).toBe(59);
    // Born 29 February 1964: 59 on 28 February 2023, 60 on 29 February 2024, 61 on 1 March 2025.
    expect(ageOn('1964-02-29', '2025-02-28')).toBe(60);
    expect(ageOn('1964-02-29', '2025-03-01')).toBe(61);
    expect(deriveVisitClass([m('1964-02-29')], '2024-02-28').visitClass).toBe('3');
    expect(deriveVisitClass([m('1964-02-29')], '2024-02-29').visitClass).toBe('1-general');
  });

  it('A7.2 an empty-nest or living-alone member of 60 or more makes the household 1-special', () => {
    expect(deriveVisitClass([m('1950-01-01', 'empty-nest')], '2026-03-01').visitClass).toBe('1-special');
    expect(deriveVisitClass([m('1950-01-01', 'living-alone')], '2026-03-01').visitClass).toBe('1-special');
    // The elderly tags count only on a member of 60 or more.
    expect(deriveVisitClass([m('1970-01-01', 'living-alone'), m('1950-01-01')], '2026-03-01')).toEqual({
      visitClass: '1-general',
      reasons: [{ rule: 'A7.2', memberIndex: 1, reason: 'age-60-plus', visitClass: '1-general' }],
    });
  });

  it('A7.2 low-income or disabled is 2-general; seriously-ill or bedridden is 2-key, at any age', () => {
    expect(deriveVisitClass([m('1990-01-01', 'low-income')], '2026-03-01').visitClass).toBe('2-general');
    expect(deriveVisitClass([m('2010-01-01', 'disabled')], '2026-03-01').visitClass).toBe('2-general');
    expect(deriveVisitClass([m('1990-01-01', 'seriously-ill')], '2026-03-01').visitClass).toBe('2-key');
    expect(deriveVisitClass([m('1990-01-01', 'bedridden')], '2026-03-01').visitClass).toBe('2-key');
    expect(deriveVisitClass([m('1990-01-01', 'migrant', 'salaried', 'business-owner')], '2026-03-01').visitClass).toBe('3');
    expect(deriveVisitClass([], '2026-03-01').visitClass).toBe('3');
  });

  it('A7.2 D5 several matches: the highest frequency wins and every reason is shown', () => {
    const household = [m('1940-06-01', 'empty-nest', 'disabled'), m('1970-01-01', 'bedridden', 'low-income')];
    expect(deriveVisitClass(household, '2026-03-01')).toEqual({
      visitClass: '2-key',
      reasons: [
        { rule: 'A7.2', memberIndex: 0, reason: 'age-60-plus', visitClass: '1-general' },
        { rule: 'A7.2', memberIndex: 0, reason: 'empty-nest', visitClass: '1-special' },
        { rule: 'A7.2', memberIndex: 0, reason: 'disabled', visitClass: '2-general' },
        { rule: 'A7.2', memberIndex: 1, reason: 'low-income', visitClass: '2-general' },
        { rule: 'A7.2', memberIndex: 1, reason: 'bedridden', visitClass: '2-key' },
      ],
    });
    expect(deriveVisitClass([m('1940-06-01', 'empty-nest'), m('1980-01-01', 'low-income')], '2026-03-01').visitClass).toBe('2-general');
  });

  it('A7.2 D5 the class is always the highest-precedence class among the reasons', () => {
    const tagArb = fc.subarray(['low-income', 'disabled', 'empty-nest', 'living-alone', 'seriously-ill', 'bedridden', 'migrant']);
    const memberArb = fc.record({ birthDate: fc.constantFrom('1940-01-01', '1966-03-01', '1966-03-02', '2000-07-07'), tags: tagArb });
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 4 }), (members) => {
        const { visitClass, reasons } = deriveVisitClass(members, '2026-03-01');
        const rank = (c: (typeof VISIT_CLASSES)[number]) => VISIT_CLASS_PRECEDENCE.indexOf(c);
        const best = reasons.reduce((b, r) => (rank(r.visitClass) < rank(b) ? r.visitClass : b), '3' as (typeof VISIT_CLASSES)[number]);
        expect(visitClass).toBe(best);
      }),
    );
  });

  it('A7.2 every class has one name per language, distinct, for every page and export', () => {
    expect(Object.keys(VISIT_CLASS_LABELS).sort()).toEqual([...VISIT_CLASSES].sort());
    for (const lang of ['zh', 'en'] as const) {
      const names = visitClassLabels(lang);
      expect(Object.keys(names).sort()).toEqual([...VISIT_CLASSES].sort());
      expect(new Set(Object.values(names)).size, lang).toBe(VISIT_CLASSES.length);
    }
    expect(visitClassLabels('zh')).toMatchObject({ '1-general': '一类户（一般）', '2-key': '二类户（重点）', '3': '三类户' });
  });

  it('A7.2 a manual override needs a reason and is shown beside the derived class', () => {
    const derived = deriveVisitClass([m('1950-01-01')], '2026-03-01');
    expect(applyOverride(derived)).toMatchObject({ visitClass: '1-general', source: 'derived', derivedClass: '1-general', override: null });
    expect(applyOverride(derived, { visitClass: '2-key', reason: '  just out of hospital ' })).toEqual({
      visitClass: '2-key',
      source: 'override',
      derivedClass: '1-general',
      reasons: derived.reasons,
      override: { visitClass: '2-key', reason: 'just out of hospital' },
    });
    expect(() => applyOverride(derived, { visitClass: '2-key', reason: ' ' })).toThrow(DomainError);
    expect(() => applyOverride(derived, { visitClass: '4' as never, reason: 'x' })).toThrow(/override/);
  });

  it('A7.2 an impossible birth date is VALIDATION_FAILED naming the member', () => {
    try {
      deriveVisitClass([m('1950-01-01'), m('1950-02-30')], '2026-03-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'members[1].birthDate' }] });
    }
  });

  it('A7.2 visit frequency by class comes from the policy', () => {
    const table = VISIT_CLASSES.map((c) => [c, visitRequirement(PRESETS.community, c, 3)]).map(([c, o]) => [
      c,
      (o as { count: number }).count,
      (o as { period: string }).period,
    ]);
    expect(table).toEqual([
      ['1-general', 1, 'month'],
      ['1-special', 2, 'month'],
      ['2-general', 2, 'month'],
      ['2-key', 1, 'week'],
      ['3', 2, 'quarter'],
    ]);
    expect(visitRequirement(PRESETS.community, '2-key', 3)).toMatchObject({ id: 'visits/2-key', rule: 'A7.2', policyVersion: 3 });
  });

  it('C2.2 D6 without a frequency for the class, every household owes the policy household-wide round', () => {
    for (const c of VISIT_CLASSES) {
      expect(findVisitRequirement(PRESETS.township, c, 4)).toMatchObject({
        id: 'visits/quarterly-round',
        count: 1,
        period: 'quarter',
        window: { monthOfPeriod: 1, fromDay: 1, toDay: 15 },
        rule: 'C2.2',
        policyVersion: 4,
      });
    }
    const { 'quarterly-round': _round, ...others } = PRESETS.township.visits!.obligations;
    const neither = { ...PRESETS.township, visits: { ...PRESETS.township.visits!, obligations: others } };
    expect(findVisitRequirement(neither, '2-key')).toBeNull();
    expect(() => visitRequirement(neither, '2-key')).toThrow(DomainError);
    const mixed = {
      ...PRESETS.community,
      visits: {
        ...PRESETS.community.visits!,
        obligations: {
          ...PRESETS.community.visits!.obligations,
          'quarterly-round': PRESETS.township.visits!.obligations['quarterly-round'],
        },
      },
    };
    expect(findVisitRequirement(mixed, '2-key')).toMatchObject({ id: 'visits/2-key', rule: 'A7.2' });
  });
});
