import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';

const marketing = PRESETS.marketing;

describe('marketing preset (Part B)', () => {
  it('B4.2 inquiries and complaints get prompt feedback: product defaults in working days, noted as such', () => {
    const limits = Object.fromEntries(Object.entries(marketing.caseClasses).map(([code, c]) => [code, c.limit]));
    expect(limits).toEqual({
      consultation: { value: 1, unit: 'working-days' },
      complaint: { value: 2, unit: 'working-days' },
      fault: { value: 2, unit: 'working-days' },
    });
    for (const c of Object.values(marketing.caseClasses)) {
      expect(c.rule).toBe('B4.2');
      expect(c.note).toMatch(/product default/i);
    }
  });

  it('B6.5 escalation ladder: sales rep or installer → grid manager → company', () => {
    expect(marketing.tiers.ladder.map((t) => t.code)).toEqual(['sales-rep', 'grid-manager', 'company']);
  });

  it('B4.2 gold customers get an in-person visit every half month', () => {
    expect(marketing.visits!.obligations['gold-customer']).toMatchObject({
      subject: 'customer:gold',
      count: 1,
      period: 'half-month',
      rule: 'B4.2',
    });
  });

  it('B4.2 new group customers are visited often in their first month (product default: weekly)', () => {
    expect(marketing.visits!.obligations['new-group-customer']).toMatchObject({
      count: 1,
      period: 'week',
      appliesFor: { months: 1 },
      rule: 'B4.2',
    });
  });

  it('B4.3 D9 a work log each working day, reviewed by the grid manager by the end of the next working day', () => {
    expect(marketing.dailyLog!.obligations['work-log']).toMatchObject({
      subject: 'team-member',
      count: 1,
      period: 'working-day',
      rule: 'B4.3',
    });
    expect(marketing.dailyLog!.review).toMatchObject({ by: 'grid-manager', within: { value: 1, unit: 'working-days' }, rule: 'B4.3' });
  });

  it('B4.5 daily, weekly and monthly meetings', () => {
    const periods = Object.values(marketing.meetings!.obligations).map((m) => [m.period, m.rule]);
    expect(periods).toEqual([
      ['working-day', 'B4.5'],
      ['week', 'B4.5'],
      ['month', 'B4.5'],
    ]);
  });

  it('B5.1 D12 commission cap is 17%', () => {
    expect(marketing.marketing!.commissionCap).toEqual({ value: 0.17, per: 'sale-line', inclusive: true, rule: 'B5.1', see: ['D12'] });
  });

  it('B5.3 D12 growth star eligibility at 120% achievement, monthly or quarterly, inclusive', () => {
    expect(marketing.marketing!.growthStarThreshold).toMatchObject({
      value: 1.2,
      periods: ['month', 'quarter'],
      inclusive: true,
      rule: 'B5.3',
    });
  });

  it('B3.4 customer classes: network-covered, existing, potential, intended, new, key', () => {
    expect(marketing.marketing!.customerClasses.classes.map((c) => c.code)).toEqual([
      'network-covered',
      'existing',
      'potential',
      'intended',
      'new',
      'key',
    ]);
  });

  it('has no community-only sections', () => {
    expect(marketing.verification).toBeUndefined();
    expect(marketing.diary).toBeUndefined();
  });
});
