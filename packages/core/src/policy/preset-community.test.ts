import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';

const community = PRESETS.community;
const limit = (code: string) => community.caseClasses[code].limit;
const visit = (code: string) => community.visits!.obligations[code];

describe('community preset (Part A)', () => {
  it('A3.4 has the classes consultation, general, complex, especially-complex', () => {
    expect(Object.keys(community.caseClasses)).toEqual(['consultation', 'general', 'complex', 'especially-complex']);
  });

  it('A3.4 consultation case limit is 2 working days', () => {
    expect(limit('consultation')).toEqual({ value: 2, unit: 'working-days' });
  });

  it('A3.4 community preset: general case limit is 5 working days', () => {
    expect(limit('general')).toEqual({ value: 5, unit: 'working-days' });
    expect(community.caseClasses.general.rule).toBe('A3.4');
  });

  it('A3.4 complex case limit is 10 working days', () => {
    expect(limit('complex')).toEqual({ value: 10, unit: 'working-days' });
  });

  it('A3.4 D4 especially-complex starts with 10 working days and is the only extendable class', () => {
    expect(limit('especially-complex')).toEqual({ value: 10, unit: 'working-days' });
    const extendable = Object.entries(community.caseClasses)
      .filter(([, c]) => c.extendable)
      .map(([code]) => code);
    expect(extendable).toEqual(['especially-complex']);
    expect(community.extension).toMatchObject({ reasonRequired: true, rule: 'A3.4' });
    expect(community.extension.maxLength).toBeUndefined();
  });

  it('A2.1-A2.4 escalation ladder: grid worker → grid leader → community → street office → district department', () => {
    expect(community.tiers.ladder.map((t) => t.code)).toEqual([
      'grid-worker',
      'grid-leader',
      'community',
      'street-office',
      'district-department',
    ]);
    expect(community.tiers.ladder.map((t) => t.rule)).toEqual(['A2.1', 'A2.2', 'A2.3', 'A2.3', 'A2.4']);
  });

  it('A7.2 class 1-general is visited at least once a month', () => {
    expect(visit('1-general')).toMatchObject({ count: 1, period: 'month', subject: 'household:1-general', rule: 'A7.2' });
  });

  it('A7.2 class 1-special is visited at least twice a month', () => {
    expect(visit('1-special')).toMatchObject({ count: 2, period: 'month', rule: 'A7.2' });
  });

  it('A7.2 class 2-general is visited at least twice a month', () => {
    expect(visit('2-general')).toMatchObject({ count: 2, period: 'month', rule: 'A7.2' });
  });

  it('A7.2 class 2-key is visited at least once a week', () => {
    expect(visit('2-key')).toMatchObject({ count: 1, period: 'week', rule: 'A7.2' });
  });

  it('A7.2 class 3 is visited at least twice a quarter', () => {
    expect(visit('3')).toMatchObject({ count: 2, period: 'quarter', rule: 'A7.2' });
  });

  it('A8.2 D8 quarterly verification: class 1 ≥ 50%, class 2 ≥ 30%, class 3 ≥ 10%, rounding up', () => {
    const sampling = community.verification!.sampling;
    expect(sampling).toMatchObject({ period: 'quarter', rounding: 'up', rule: 'A8.2' });
    expect(sampling.rates['1']).toMatchObject({ value: 0.5, visitClasses: ['1-general', '1-special'] });
    expect(sampling.rates['2']).toMatchObject({ value: 0.3, visitClasses: ['2-general', '2-key'] });
    expect(sampling.rates['3']).toMatchObject({ value: 0.1, visitClasses: ['3'] });
  });

  it('A8.3 D8 yearly check of every grid worker’s household records, 100%', () => {
    expect(community.verification!.recordCheck).toMatchObject({ subject: 'grid-worker', period: 'year', share: 1, rule: 'A8.3' });
  });

  it('A5.2 one diary entry per team member per week', () => {
    expect(community.diary!.obligations['weekly-entry']).toMatchObject({ subject: 'team-member', count: 1, period: 'week', rule: 'A5.2' });
  });

  it('A5.5 excellent diary entries are selected each month', () => {
    expect(community.diary!.obligations['excellent-selection']).toMatchObject({ count: 1, period: 'month', rule: 'A5.5' });
  });

  it('A4 one regular meeting a month', () => {
    expect(community.meetings!.obligations['monthly-work']).toMatchObject({ count: 1, period: 'month', rule: 'A4' });
  });

  it('A6 monthly training with roll call', () => {
    expect(community.training!.obligations['monthly-training']).toMatchObject({ count: 1, period: 'month', rule: 'A6' });
    expect(community.training!.rollCall).toEqual({ value: true, rule: 'A6' });
  });
});
