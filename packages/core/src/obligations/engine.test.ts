import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { obligationsOf, PRESETS } from '../policy';
import { evaluate, evaluateMany } from './engine';
import { engineObligationOf } from './from-policy';
import type { EngineObligation, ObligationRecord } from './types';

const monthly: EngineObligation = { id: 'visits/1-general', count: 1, period: 'month' };
const twiceMonthly: EngineObligation = { id: 'visits/2-general', count: 2, period: 'month' };
const weekly: EngineObligation = { id: 'visits/2-key', count: 1, period: 'week' };
const visit = (date: string, subjectId: string | number = 1, countsToward = true): ObligationRecord => ({ subjectId, date, countsToward });
const at = (iso: string, subjectId = 1): ObligationRecord => ({ subjectId, at: new Date(iso), countsToward: true });

describe('obligation engine: the contract rules', () => {
  it('D5 several visits on one day count once', () => {
    const r = evaluate(twiceMonthly, 1, [visit('2026-03-05'), visit('2026-03-05'), at('2026-03-05T01:00:00Z')], '2026-03-10');
    expect(r).toMatchObject({ required: 2, done: 1, remaining: 1, status: 'due' });
  });

  it('D5 a visit at 23:59 on Sunday in Asia/Shanghai counts in that week, one at 00:00 Monday in the next', () => {
    const sunday = at('2026-03-01T15:59:00Z'); // 23:59 Shanghai, Sunday 1 March
    const monday = at('2026-03-01T16:00:00Z'); // 00:00 Shanghai, Monday 2 March
    expect(evaluate(weekly, 1, [sunday], '2026-03-01')).toMatchObject({
      period: { start: '2026-02-23', end: '2026-03-01' },
      done: 1,
      status: 'met',
    });
    expect(evaluate(weekly, 1, [monday], '2026-03-01')).toMatchObject({ done: 0, status: 'overdue' });
    expect(evaluate(weekly, 1, [monday], '2026-03-02')).toMatchObject({ period: { start: '2026-03-02', end: '2026-03-08' }, done: 1 });
  });

  it('D5 a visit on 31 March counts in Q1, one on 1 April in Q2', () => {
    const quarterly: EngineObligation = { id: 'visits/3', count: 2, period: 'quarter' };
    const records = [visit('2026-03-31'), visit('2026-04-01')];
    expect(evaluate(quarterly, 1, records, '2026-03-31')).toMatchObject({ done: 1, status: 'overdue' });
    expect(evaluate(quarterly, 1, records, '2026-04-01')).toMatchObject({ done: 1, status: 'due' });
  });

  it('contract status: met, due, at-risk from warnShare of the period, overdue once the period has ended', () => {
    // March has 31 days: 24/31 < 0.8 ≤ 25/31.
    expect(evaluate(monthly, 1, [], '2026-03-24').status).toBe('due');
    expect(evaluate(monthly, 1, [], '2026-03-25').status).toBe('at-risk');
    expect(evaluate(monthly, 1, [], '2026-03-31').status).toBe('overdue');
    expect(evaluate(monthly, 1, [visit('2026-03-31')], '2026-03-31').status).toBe('met');
    expect(evaluate(monthly, 1, [], '2026-03-10', { warnShare: 0.3 }).status).toBe('at-risk');
  });

  it('contract done counts records up to the end of the date only', () => {
    expect(evaluate(monthly, 1, [visit('2026-03-11')], '2026-03-10')).toMatchObject({ done: 0 });
    expect(evaluate(monthly, 1, [at('2026-03-10T15:59:59.999Z')], '2026-03-10')).toMatchObject({ done: 1 });
  });

  it('D5 records that do not count toward the obligation (calls) are ignored', () => {
    expect(evaluate(monthly, 1, [visit('2026-03-05', 1, false)], '2026-03-31')).toMatchObject({ done: 0, status: 'overdue' });
  });

  it('D9 onePerDay false counts every record', () => {
    expect(evaluate(twiceMonthly, 1, [visit('2026-03-05'), visit('2026-03-05')], '2026-03-05', { onePerDay: false })).toMatchObject({
      done: 2,
      status: 'met',
    });
  });

  it('D9 suggestedNext spreads the remaining count over the days left; null when met or ended', () => {
    // 30 days left (2-31 March), 2 visits: the middle of the first half, 7 days in.
    expect(evaluate(twiceMonthly, 1, [], '2026-03-01').suggestedNext).toBe('2026-03-09');
    expect(evaluate(monthly, 1, [], '2026-03-30').suggestedNext).toBe('2026-03-31');
    expect(evaluate(weekly, 1, [], '2026-03-01').suggestedNext).toBeNull(); // the week has ended
    expect(evaluate(monthly, 1, [visit('2026-03-02')], '2026-03-02').suggestedNext).toBeNull();
  });

  it('D9 a month window counts only records inside it; overdue once it has passed', () => {
    const meeting: EngineObligation = { id: 'meetings/team-meeting', count: 1, period: 'month', window: { fromDay: 16, toDay: 16 } };
    expect(evaluate(meeting, 1, [visit('2026-03-15')], '2026-03-10')).toMatchObject({
      window: { start: '2026-03-16', end: '2026-03-16' },
      done: 0,
      status: 'due',
      suggestedNext: '2026-03-16',
    });
    expect(evaluate(meeting, 1, [visit('2026-03-15')], '2026-03-16').status).toBe('overdue');
    expect(evaluate(meeting, 1, [visit('2026-03-16')], '2026-03-20').status).toBe('met');
  });

  it('D9 the policy version and rule are kept in every result', () => {
    const entry = obligationsOf(PRESETS.community).find((o) => o.id === 'visits/2-key')!;
    const obligation = engineObligationOf(entry, 7);
    expect(obligation).toMatchObject({
      id: 'visits/2-key',
      count: 1,
      period: 'week',
      rule: 'A7.2',
      subject: 'household:2-key',
      policyVersion: 7,
    });
    expect(evaluate(obligation, 42, [], '2026-03-04')).toMatchObject({
      obligationId: 'visits/2-key',
      subjectId: 42,
      policyVersion: 7,
      rule: 'A7.2',
    });
  });

  it('D9 evaluateMany keeps the order of the subjects and each subject its own records', () => {
    const records = [visit('2026-03-02', 'a'), visit('2026-03-03', 'b'), visit('2026-03-04', 'b'), visit('2026-03-04', 'z')];
    const results = evaluateMany(twiceMonthly, ['b', 'a', 'c'], records, '2026-03-10');
    expect(results.map((r) => [r.subjectId, r.done, r.status])).toEqual([
      ['b', 2, 'met'],
      ['a', 1, 'due'],
      ['c', 0, 'due'],
    ]);
  });

  it('D9 bad input is VALIDATION_FAILED naming the field', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof DomainError ? [e.code, (e.details as { path: string }[])[0].path] : e;
      }
      return null;
    };
    expect(fieldOf(() => evaluate(monthly, 1, [visit('2026-03-01'), visit('2026-02-30')], '2026-03-10'))).toEqual([
      'VALIDATION_FAILED',
      'records[1].date',
    ]);
    expect(fieldOf(() => evaluate(monthly, 1, [{ subjectId: 1, at: new Date('x'), countsToward: true }], '2026-03-10'))).toEqual([
      'VALIDATION_FAILED',
      'records[0]',
    ]);
    expect(fieldOf(() => evaluate(monthly, 1, [], '2026-3-10'))).toEqual(['VALIDATION_FAILED', 'asOf']);
    expect(fieldOf(() => evaluate({ ...monthly, count: 0 }, 1, [], '2026-03-10'))).toEqual(['VALIDATION_FAILED', 'obligation.count']);
    expect(fieldOf(() => evaluate({ id: 'log', count: 1, period: 'working-day' }, 1, [], '2026-03-10'))).toEqual([
      'VALIDATION_FAILED',
      'calendar',
    ]);
  });
});
