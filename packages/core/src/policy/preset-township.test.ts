import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';

const township = PRESETS.township;
const visit = (code: string) => township.visits!.obligations[code];
const meeting = (code: string) => township.meetings!.obligations[code];

describe('township preset (Part C)', () => {
  it('C5.2 has the classes general, complex, major and none is extendable', () => {
    expect(Object.keys(township.caseClasses)).toEqual(['general', 'complex', 'major']);
    expect(Object.values(township.caseClasses).some((c) => c.extendable)).toBe(false);
  });

  it('C5.2 D3 township general is 7 calendar days', () => {
    expect(township.caseClasses.general).toMatchObject({ limit: { value: 7, unit: 'calendar-days' }, rule: 'C5.2', see: ['D3'] });
  });

  it('C5.2 D3 township complex is 15 calendar days', () => {
    expect(township.caseClasses.complex.limit).toEqual({ value: 15, unit: 'calendar-days' });
  });

  it('C5.2 D3 township major is 30 calendar days, or referred to the town leadership within 30 days', () => {
    const major = township.caseClasses.major;
    expect(major.limit).toEqual({ value: 30, unit: 'calendar-days' });
    expect(major.referral).toMatchObject({ to: 'town-leadership', within: { value: 30, unit: 'calendar-days' }, rule: 'C5.2' });
  });

  it('C5.3 escalation ladder: grid leader → community → higher department → town leadership', () => {
    expect(township.tiers.ladder.map((t) => t.code)).toEqual(['grid-leader', 'community', 'higher-department', 'town-leadership']);
  });

  it('C2.2 D6 every household is visited on days 1-15 of the first month of each quarter', () => {
    expect(visit('quarterly-round')).toMatchObject({
      subject: 'household',
      count: 1,
      period: 'quarter',
      window: { monthOfPeriod: 1, fromDay: 1, toDay: 15 },
      rule: 'C2.2',
    });
  });

  it('C2.2 D6 the round report is due before the 16th of the quarter’s first month', () => {
    expect(visit('round-report')).toMatchObject({
      subject: 'grid',
      period: 'quarter',
      window: { monthOfPeriod: 1, toDay: 15 },
      rule: 'C2.2',
    });
  });

  it('C7.1 D6 at least 2 hours per member on each working day of days 1-15 of every month', () => {
    expect(visit('visiting-hours')).toMatchObject({
      subject: 'team-member',
      period: 'working-day',
      window: { fromDay: 1, toDay: 15 },
      minHours: 2,
      rule: 'C7.1',
    });
    expect(visit('visiting-hours').window?.monthOfPeriod).toBeUndefined();
  });

  it('C4 weekly team meeting', () => {
    expect(meeting('weekly-team')).toMatchObject({ count: 1, period: 'week', rule: 'C4' });
  });

  it('C2.4 team meeting in principle on the 16th of each month', () => {
    expect(meeting('team-16th')).toMatchObject({ period: 'month', window: { fromDay: 16, toDay: 16 }, rule: 'C2.4' });
  });

  it('C6 monthly meeting and C5.1 monthly analysis meeting', () => {
    expect(meeting('monthly-work')).toMatchObject({ count: 1, period: 'month', rule: 'C6' });
    expect(meeting('problem-analysis')).toMatchObject({ count: 1, period: 'month', rule: 'C5.1' });
  });

  it('D7 the monthly meetings are combined by default', () => {
    expect(township.meetings!.combined).toEqual({
      value: true,
      meetings: ['team-16th', 'monthly-work', 'problem-analysis'],
      rule: 'D7',
    });
  });

  it('C8 grid operation is supervised monthly', () => {
    expect(township.supervision!.obligations['monthly-supervision']).toMatchObject({ count: 1, period: 'month', rule: 'C8' });
  });
});
