import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { caseClassesOf, isExtendable, nextTierOf, obligationsOf, tierLadderOf, timeLimitOf, warnShareOf } from './accessors';
import { PRESETS } from './presets';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('policy accessors', () => {
  it('A3.4 C5.2 caseClassesOf lists each preset’s class codes in order', () => {
    expect(caseClassesOf(PRESETS.community)).toEqual(['consultation', 'general', 'complex', 'especially-complex']);
    expect(caseClassesOf(PRESETS.township)).toEqual(['general', 'complex', 'major']);
  });

  it('A3.4 timeLimitOf gives the community general limit: 5 working days', () => {
    expect(timeLimitOf(PRESETS.community, 'general')).toEqual({
      caseClass: 'general',
      value: 5,
      unit: 'working-days',
      extendable: false,
      rule: 'A3.4',
    });
  });

  it('C5.2 D3 timeLimitOf gives the township major limit with its referral', () => {
    const limit = timeLimitOf(PRESETS.township, 'major');
    expect(limit).toMatchObject({ value: 30, unit: 'calendar-days', rule: 'C5.2' });
    expect(limit.referral?.to).toBe('town-leadership');
  });

  it('timeLimitOf throws VALIDATION_FAILED for a class the policy does not know', () => {
    const error = thrown(() => timeLimitOf(PRESETS.township, 'consultation'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'caseClass', allowed: ['general', 'complex', 'major'] } });
    expect(thrown(() => timeLimitOf(PRESETS.community, 'toString'))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('A3.4 D4 only especially-complex community cases are extendable', () => {
    expect(isExtendable(PRESETS.community, 'especially-complex')).toBe(true);
    expect(isExtendable(PRESETS.community, 'complex')).toBe(false);
  });

  it('A2 tierLadderOf returns a copy of the ladder, lowest first', () => {
    const ladder = tierLadderOf(PRESETS.community);
    expect(ladder[0].code).toBe('grid-worker');
    ladder.pop();
    expect(tierLadderOf(PRESETS.community)).toHaveLength(5);
  });

  it('C5.3 nextTierOf climbs the ladder and stops at the top', () => {
    expect(nextTierOf(PRESETS.township, 'community')?.code).toBe('higher-department');
    expect(nextTierOf(PRESETS.township, 'town-leadership')).toBeNull();
    expect(thrown(() => nextTierOf(PRESETS.township, 'street-office'))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('D2 warnShareOf reads the yellow-light share', () => {
    expect(warnShareOf(PRESETS.marketing)).toBe(0.8);
  });

  it('D9 obligationsOf flattens every periodic duty with a stable id', () => {
    const ids = obligationsOf(PRESETS.community).map((o) => o.id);
    // '3' is an integer-like key: JavaScript objects list it first.
    expect(ids).toEqual([
      'visits/3',
      'visits/1-general',
      'visits/1-special',
      'visits/2-general',
      'visits/2-key',
      'diary/weekly-entry',
      'diary/excellent-selection',
      'meetings/monthly-work',
      'training/monthly-training',
    ]);
    const log = obligationsOf(PRESETS.marketing).find((o) => o.id === 'dailyLog/work-log');
    expect(log?.obligation).toMatchObject({ period: 'working-day', rule: 'B4.3' });
  });
});
