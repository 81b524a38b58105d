/** The engine is general (D9): diaries, the township rhythm, the quarterly round, daily logs. */
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { obligationsOf, PRESETS, type PolicyValues } from '../policy';
import { evaluate, evaluateMany } from './engine';
import { engineObligationOf } from './from-policy';
import { evaluateSeries } from './series';
import type { ObligationRecord } from './types';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const fromPreset = (values: PolicyValues, id: string, version = 1) =>
  engineObligationOf(obligationsOf(values).find((o) => o.id === id)!, version);
const rec = (subjectId: string | number, date: string, hours?: number): ObligationRecord => ({
  subjectId,
  date,
  countsToward: true,
  ...(hours !== undefined ? { hours } : {}),
});

describe('D9 one engine for every periodic duty', () => {
  it('A5.2 D9 one diary entry per member per week', () => {
    const diary = fromPreset(PRESETS.community, 'diary/weekly-entry');
    expect(diary).toMatchObject({ count: 1, period: 'week', rule: 'A5.2', subject: 'team-member' });
    const entries = [rec('m1', '2026-03-03'), rec('m1', '2026-03-05'), rec('m2', '2026-02-27'), rec('m3', '2026-03-09')];
    const members = ['m1', 'm2', 'm3'];
    const wednesday = evaluateMany(diary, members, entries, '2026-03-04');
    expect(wednesday.map((r) => [r.subjectId, r.done, r.status])).toEqual([
      ['m1', 1, 'met'],
      ['m2', 0, 'due'],
      ['m3', 0, 'due'],
    ]);
    const sunday = evaluateMany(diary, members, entries, '2026-03-08');
    expect(sunday.map((r) => r.status)).toEqual(['met', 'overdue', 'overdue']);
    expect(sunday[0]).toMatchObject({ period: { start: '2026-03-02', end: '2026-03-08' }, done: 2, required: 1 });
    expect(evaluate(diary, 'm3', entries, '2026-03-09')).toMatchObject({
      period: { start: '2026-03-09', end: '2026-03-15' },
      status: 'met',
    });
  });

  it('C7.1 D6 township visiting hours: at least 2 hours on each working day of days 1-15', () => {
    const hours = fromPreset(PRESETS.township, 'visits/visiting-hours');
    expect(hours).toMatchObject({ period: 'working-day', window: { fromDay: 1, toDay: 15 }, minHours: 2 });
    const visits = [
      rec('w', '2026-03-02', 1.5),
      rec('w', '2026-03-02', 0.5),
      rec('w', '2026-03-03', 1.5),
      rec('w', '2026-03-07', 3),
      rec('w', '2026-03-16', 3),
    ];
    const opts = { calendar };
    // Two visits on one day add up to 2 hours: the day counts.
    expect(evaluate(hours, 'w', visits, '2026-03-02', opts)).toMatchObject({
      applies: true,
      required: 1,
      done: 1,
      hours: 2,
      status: 'met',
    });
    expect(evaluate(hours, 'w', visits, '2026-03-03', opts)).toMatchObject({ required: 1, done: 0, hours: 1.5, status: 'overdue' });
    // A Saturday and a day after the 15th ask nothing.
    expect(evaluate(hours, 'w', visits, '2026-03-07', opts)).toMatchObject({ applies: false, required: 0, status: 'met' });
    expect(evaluate(hours, 'w', visits, '2026-03-16', opts)).toMatchObject({ applies: false, required: 0, window: null, status: 'met' });
  });

  it('C7.1 D6 the month window as a series of working days, for the round report', () => {
    const hours = fromPreset(PRESETS.township, 'visits/visiting-hours');
    const visits = [rec('w', '2026-03-02', 2), rec('w', '2026-03-03', 2.5), rec('w', '2026-03-04', 1), rec('w', '2026-03-14', 4)];
    const march = evaluateSeries(hours, 'w', visits, { from: '2026-03-01', to: '2026-03-31' }, '2026-03-10', { calendar });
    // Working days of 1-15 March 2026: 2-6, 9-13 (the 14th is a Saturday).
    expect(march.periods.map((p) => p.period.start.slice(8))).toEqual(['02', '03', '04', '05', '06', '09', '10', '11', '12', '13']);
    expect(march).toMatchObject({ required: 10, done: 2, met: 2, overdue: 5, hours: 5.5 });
    expect(march.periods.at(-1)).toMatchObject({ status: 'due', done: 0 });
  });

  it("C2.2 D6 quarterly round: every household reached once on days 1-15 of the quarter's first month", () => {
    const round = fromPreset(PRESETS.township, 'visits/quarterly-round');
    const households = [1, 2, 3, 4];
    const visits = [rec(1, '2026-04-01'), rec(2, '2026-04-15'), rec(3, '2026-04-16'), rec(3, '2026-03-31')];
    const statuses = (asOf: string) => evaluateMany(round, households, visits, asOf).map((r) => r.status);
    expect(statuses('2026-04-10')).toEqual(['met', 'due', 'due', 'due']); // 10 of 15 days passed
    expect(statuses('2026-04-12')).toEqual(['met', 'at-risk', 'at-risk', 'at-risk']); // 12 of 15 = 0.8
    expect(statuses('2026-04-15')).toEqual(['met', 'met', 'overdue', 'overdue']);
    const june = evaluate(round, 3, visits, '2026-06-20');
    expect(june).toMatchObject({
      period: { start: '2026-04-01', end: '2026-06-30' },
      window: { start: '2026-04-01', end: '2026-04-15' },
      done: 0,
      status: 'overdue',
    });
    expect(evaluate(round, 3, visits, '2026-07-01')).toMatchObject({
      window: { start: '2026-07-01', end: '2026-07-15' },
      status: 'due',
      suggestedNext: '2026-07-09',
    });
  });

  it('B4.3 D9 a daily work log on each working day', () => {
    const log = fromPreset(PRESETS.marketing, 'dailyLog/work-log');
    const logs = [rec('rep', '2026-03-05')];
    expect(evaluate(log, 'rep', logs, '2026-03-05', { calendar })).toMatchObject({ required: 1, status: 'met' });
    expect(evaluate(log, 'rep', logs, '2026-03-06', { calendar })).toMatchObject({ required: 1, status: 'overdue' });
    expect(evaluate(log, 'rep', logs, '2026-03-07', { calendar })).toMatchObject({ applies: false, required: 0 });
  });

  it('B4.2 D5 gold customers get a visit every half month', () => {
    const gold = fromPreset(PRESETS.marketing, 'visits/gold-customer');
    expect(evaluate(gold, 'c1', [rec('c1', '2026-03-15')], '2026-03-16')).toMatchObject({
      period: { start: '2026-03-16', end: '2026-03-31' },
      status: 'due',
    });
    expect(evaluate(gold, 'c1', [rec('c1', '2026-03-15')], '2026-03-15')).toMatchObject({ status: 'met' });
  });
});
