import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar';
import { ageOn, deriveVisitClass, VISIT_CLASS_REASONS, type HouseholdMember } from './visit-class';
import { elderlyBirthCutoff, REASON_MASK_TERMS, reasonCodesOfMask, reasonMaskOf, visitClassOfMask } from './visit-facts';

const dateArb = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));
const TAGS = ['low-income', 'disabled', 'empty-nest', 'living-alone', 'seriously-ill', 'bedridden', 'migrant', 'salaried'];
const memberArb: fc.Arbitrary<HouseholdMember> = fc.record({
  birthDate: dateArb('1955-01-01', 365 * 12),
  tags: fc.subarray(TAGS),
});

/** What a database does with REASON_MASK_TERMS: one comparison with the cutoff, one tag test per bit. */
function maskLikeSql(members: readonly HouseholdMember[], date: string): number {
  const cutoff = elderlyBirthCutoff(date);
  let mask = 0;
  for (const m of members) {
    const elderly = m.birthDate <= cutoff;
    for (const t of REASON_MASK_TERMS) {
      if ((t.elderlyOnly ? elderly : true) && (t.tag === null || m.tags.includes(t.tag))) mask |= t.bit;
    }
  }
  return mask;
}

describe('visit class from a reason mask (A7.2, D5)', () => {
  it('A7.2 someone is 60 or older on a date exactly when born on or before the cutoff', () => {
    fc.assert(
      fc.property(dateArb('1950-01-01', 365 * 20), dateArb('2020-01-01', 365 * 90), (birthDate, date) => {
        expect(ageOn(birthDate, date) >= 60).toBe(birthDate <= elderlyBirthCutoff(date));
      }),
    );
  });

  it('A7.2 29 February: the cutoff of a leap day 60 years after a common year is 28 February', () => {
    expect(elderlyBirthCutoff('2024-02-29')).toBe('1964-02-29');
    expect(elderlyBirthCutoff('1960-02-29')).toBe('1900-02-28');
    expect(elderlyBirthCutoff('2100-02-28')).toBe('2040-02-28');
    expect(ageOn('2040-02-29', '2100-02-28')).toBe(59);
    expect(ageOn('2040-02-29', '2100-03-01')).toBe(60);
    expect(elderlyBirthCutoff('2100-03-01')).toBe('2040-03-01');
  });

  it('A7.2 D5 the mask gives the class and the reasons deriveVisitClass gives, also when computed like SQL', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 4 }), dateArb('2014-01-01', 365 * 8), (members, date) => {
        const derived = deriveVisitClass(members, date);
        const mask = reasonMaskOf(members, date);
        expect(maskLikeSql(members, date)).toBe(mask);
        expect(visitClassOfMask(mask)).toBe(derived.visitClass);
        const codes = new Set(derived.reasons.map((r) => r.reason));
        expect(reasonCodesOfMask(mask)).toEqual(VISIT_CLASS_REASONS.filter((c) => codes.has(c)));
      }),
    );
  });

  it('A7.2 precedence on masks: 2-key > 2-general > 1-special > 1-general > 3', () => {
    expect(visitClassOfMask(0)).toBe('3');
    expect(visitClassOfMask(1)).toBe('1-general');
    expect(visitClassOfMask(1 | 2)).toBe('1-special');
    expect(visitClassOfMask(1 | 2 | 8)).toBe('2-general');
    expect(visitClassOfMask(1 | 16 | 64)).toBe('2-key');
    expect(reasonCodesOfMask(1 | 4 | 32)).toEqual(['age-60-plus', 'living-alone', 'seriously-ill']);
    expect(() => visitClassOfMask(128)).toThrow(RangeError);
  });
});
