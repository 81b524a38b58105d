/** Round progress (C2.2, C7.1, D6) on holiday-heavy months of the real 2026 arrangement. */
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { PRESETS, type PolicyValues } from '../policy';
import { errorOf } from '../test-helpers';
import type { RoundVisit } from './hours';
import { computeRoundProgress, type RoundInput } from './progress';
import { reportDueOf, roundRulesOf, roundWindowOf, visitingWindowOf } from './rules';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const rules = roundRulesOf(PRESETS.township, 7);
let nextId = 1;
/** A visit starting at a Shanghai wall-clock time, lasting `minutes`. */
const visit = (householdId: number, visitorIds: number[], start: string, minutes: number, type = 'round'): RoundVisit => {
  const startedAt = new Date(`${start}:00+08:00`);
  return { id: nextId++, householdId, visitorIds, startedAt, endedAt: new Date(startedAt.getTime() + minutes * 60_000), type };
};
const at = (local: string) => new Date(`${local}:00+08:00`);
const OCTOBER_DAYS = ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15'];
/** Two hours for each member on each given day (one visit each, households in turn). */
const fullDays = (members: number[], days: string[], households: number[]) =>
  days.flatMap((d, i) => members.map((m) => visit(households[i % households.length], [m], `${d}T09:00`, 120)));
const input = (over: Partial<RoundInput>): RoundInput => ({
  month: '2026-10',
  now: at('2026-10-09T12:00'),
  rules,
  calendar,
  members: [11, 12],
  households: [101, 102, 103],
  visits: [],
  ...over,
});

describe('C2.2 C7.1 D6 round progress', () => {
  it('D6 October 2026: the National Day holiday (Oct 1-7) leaves 7 working days in days 1-15', () => {
    // … the adjusted Saturday Oct 10 among them
    const p = computeRoundProgress(input({ now: at('2026-10-20T08:00') }));
    expect(p.window).toEqual({ start: '2026-10-01', end: '2026-10-15' });
    expect(p.workingDays).toEqual(OCTOBER_DAYS);
    expect(p.workingDaysSoFar).toBe(7);
    expect(p.round?.window).toEqual({ start: '2026-10-01', end: '2026-10-15' });
    expect(p.report?.due.toISOString()).toBe('2026-10-15T15:59:59.999Z'); // the end of the 15th, Asia/Shanghai
    expect(p.minHours).toBe(2);
    expect(p.policyVersion).toBe(7);
  });

  it('D6 January 2026: New Year (Jan 1-3) is off and Sunday Jan 4 is an adjusted working day that asks 2 hours', () => {
    const p = computeRoundProgress(
      input({ month: '2026-01', now: at('2026-01-04T20:00'), visits: [visit(101, [11], '2026-01-04T09:00', 120)] }),
    );
    expect(p.workingDays).toEqual([
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
    ]);
    expect(p.members[0].days[0]).toMatchObject({ date: '2026-01-04', hours: 2, met: true, status: 'met' });
    expect(p.members[1].days[0]).toMatchObject({ date: '2026-01-04', hours: 0, met: false });
    expect(p.round?.reached).toBe(1);
  });

  it('C7.1 overlapping visits of one member are merged (9:00-10:30 and 10:00-11:00 make 2 hours); a call never counts', () => {
    const visits = [
      visit(101, [11, 12], '2026-10-08T09:00', 90),
      visit(102, [11], '2026-10-08T10:00', 60),
      visit(103, [12], '2026-10-08T14:00', 60, 'call'),
    ];
    const p = computeRoundProgress(input({ visits }));
    const [m11, m12] = p.members;
    expect(m11.days[0]).toMatchObject({ date: '2026-10-08', hours: 2, met: true });
    expect(m11).toMatchObject({ visits: 2, hours: 2, daysMet: 1 });
    expect(m12.days[0]).toMatchObject({ hours: 1.5, met: false, status: 'overdue' });
    expect(m12).toMatchObject({ visits: 1, hours: 1.5, daysMet: 0, daysMissed: 1 });
    expect(p.round).toMatchObject({ total: 3, reached: 2, notReached: [103] });
  });

  it('C7.1 a visit on a holiday adds hours and reaches the household but asks nothing that day; one past midnight is split', () => {
    const visits = [visit(101, [11], '2026-10-03T09:00', 180), visit(102, [11], '2026-10-08T23:00', 150)];
    const p = computeRoundProgress(input({ visits, now: at('2026-10-09T22:00') }));
    const m = p.members[0];
    expect(m.days.map((d) => d.date)).not.toContain('2026-10-03');
    expect(m.days.slice(0, 2).map((d) => d.hours)).toEqual([1, 1.5]); // 23:00-24:00 on the 8th, 00:00-01:30 on the 9th
    expect(m.hours).toBe(5.5);
    expect(m.visits).toBe(2);
    expect(p.round?.reached).toBe(2);
  });

  it('C2.2 visits after the 15th or after now do not reach a household of the round', () => {
    const visits = [visit(101, [11], '2026-10-16T09:00', 60), visit(102, [11], '2026-10-12T09:00', 60)];
    expect(computeRoundProgress(input({ visits, now: at('2026-10-20T09:00') })).round?.notReached).toEqual([101, 103]);
    expect(computeRoundProgress(input({ visits, now: at('2026-10-09T09:00') })).round?.notReached).toEqual([101, 102, 103]);
  });

  it('D6 status: on-track, behind after a missed working day, overdue once the report is due, done when all is met and submitted', () => {
    const everyone = fullDays([11, 12], OCTOBER_DAYS, [101, 102, 103]);
    expect(computeRoundProgress(input({ visits: everyone, now: at('2026-10-09T12:00') })).status).toBe('on-track');
    const missed = everyone.filter((v) => !(v.visitorIds[0] === 12 && v.startedAt.toISOString().startsWith('2026-10-08')));
    expect(computeRoundProgress(input({ visits: missed, now: at('2026-10-09T12:00') })).status).toBe('behind');
    expect(computeRoundProgress(input({ visits: everyone, now: at('2026-10-15T20:00') })).status).toBe('on-track');
    const late = computeRoundProgress(input({ visits: everyone, now: at('2026-10-16T00:00') }));
    expect(late).toMatchObject({ status: 'overdue', report: { submittedAt: null, onTime: null } });
    const submitted = { status: 'submitted' as const, submittedAt: at('2026-10-15T17:00') };
    const done = computeRoundProgress(input({ visits: everyone, now: at('2026-10-16T09:00'), report: submitted }));
    expect(done).toMatchObject({ status: 'done', report: { onTime: true } });
    expect(done.members.every((m) => m.daysMet === 7)).toBe(true);
    // A draft is not a submitted report; one household not reached keeps the round open.
    expect(
      computeRoundProgress(input({ visits: everyone, now: at('2026-10-16T09:00'), report: { status: 'draft', submittedAt: null } })).status,
    ).toBe('overdue');
    expect(
      computeRoundProgress(input({ visits: everyone, households: [101, 102, 103, 104], now: at('2026-10-16T09:00'), report: submitted }))
        .status,
    ).toBe('overdue');
  });

  it('C2.2 behind when the round is at risk: 80% of the window passed and households still not reached', () => {
    const visits = fullDays([11, 12], ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'], [101]);
    expect(computeRoundProgress(input({ visits, now: at('2026-10-11T09:00') })).status).toBe('on-track');
    expect(computeRoundProgress(input({ visits, now: at('2026-10-12T20:00') }))).toMatchObject({
      status: 'behind',
      round: { status: 'at-risk' },
    });
  });

  it('C7.1 D6 other months: visiting days only, no round and no report (November 2026)', () => {
    const p = computeRoundProgress(
      input({ month: '2026-11', now: at('2026-11-30T09:00'), visits: fullDays([11, 12], ['2026-11-02'], [101]) }),
    );
    expect(p.workingDays).toHaveLength(10);
    expect(p).toMatchObject({ round: null, report: null, status: 'overdue' });
    expect(p.deadline.toISOString()).toBe('2026-11-15T15:59:59.999Z');
    expect(p.members[0]).toMatchObject({ daysMet: 1, daysMissed: 9, workingDaysSoFar: 10 });
  });

  it('D6 "in principle" dates come from the policy: a deployment that moves the windows moves the figures', () => {
    const values = structuredClone(PRESETS.township) as PolicyValues;
    const obligations = values.visits!.obligations;
    obligations['visiting-hours'].window = { fromDay: 1, toDay: 10 };
    obligations['quarterly-round'].window = { monthOfPeriod: 1, fromDay: 1, toDay: 20 };
    obligations['round-report'].window = { monthOfPeriod: 1, fromDay: 1, toDay: 20 };
    obligations['visiting-hours'].minHours = 3;
    const moved = roundRulesOf(values, 9);
    expect(visitingWindowOf(moved, '2026-10')).toEqual({ start: '2026-10-01', end: '2026-10-10' });
    expect(roundWindowOf(moved, '2026-10')).toEqual({ start: '2026-10-01', end: '2026-10-20' });
    expect(reportDueOf(moved, '2026-10')?.toISOString()).toBe('2026-10-20T15:59:59.999Z');
    const p = computeRoundProgress(input({ rules: moved, visits: [visit(101, [11], '2026-10-08T09:00', 150)] }));
    expect(p.workingDays).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    expect(p.members[0].days[0]).toMatchObject({ hours: 2.5, met: false });
    expect(roundWindowOf(moved, '2026-11')).toBeNull();
  });

  it('C2.2 the round month follows the quarter: January, April, July, October', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(months.filter((m) => roundWindowOf(rules, m) !== null)).toEqual(['2026-01', '2026-04', '2026-07', '2026-10']);
  });

  it('D6 a preset without the township rhythm answers POLICY_INCOMPLETE; a bad month is VALIDATION_FAILED', () => {
    expect(errorOf(() => roundRulesOf(PRESETS.community)).code).toBe('POLICY_INCOMPLETE');
    expect(errorOf(() => roundRulesOf(PRESETS.marketing)).details).toEqual([
      { field: 'policy.visits.obligations.visiting-hours', message: 'missing' },
    ]);
    expect(errorOf(() => computeRoundProgress(input({ month: '2026-13' }))).code).toBe('VALIDATION_FAILED');
  });

  it('C7.1 a grid without members or households asks only for the report', () => {
    const p = computeRoundProgress(input({ members: [], households: [], now: at('2026-10-12T09:00') }));
    expect(p).toMatchObject({ members: [], round: { total: 0, reached: 0, notReached: [], status: 'met' }, status: 'on-track' });
    expect(
      computeRoundProgress(input({ members: [], households: [], report: { status: 'acknowledged', submittedAt: at('2026-10-12T10:00') } }))
        .status,
    ).toBe('done');
  });
});
