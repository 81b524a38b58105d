import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar, weekday } from '../calendar';
import { DomainError } from '../errors';
import { daysIn, nextPeriod, periodOf, periodsBetween, previousPeriod, windowOf, type PeriodKind } from './periods';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const KINDS: PeriodKind[] = ['day', 'week', 'half-month', 'month', 'quarter', 'year'];
const dateArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));

describe('calendar periods in Asia/Shanghai', () => {
  it('D5 weeks run Monday to Sunday in Asia/Shanghai', () => {
    expect(periodOf('week', '2026-03-01')).toEqual({ start: '2026-02-23', end: '2026-03-01' }); // a Sunday
    expect(periodOf('week', '2026-03-02')).toEqual({ start: '2026-03-02', end: '2026-03-08' }); // a Monday
    expect(periodOf('week', '2026-01-01')).toEqual({ start: '2025-12-29', end: '2026-01-04' }); // across a year
  });

  it('D5 half-months are days 1-15 and 16 to the end of the month', () => {
    expect(periodOf('half-month', '2026-02-15')).toEqual({ start: '2026-02-01', end: '2026-02-15' });
    expect(periodOf('half-month', '2026-02-16')).toEqual({ start: '2026-02-16', end: '2026-02-28' });
    expect(periodOf('half-month', '2028-02-20')).toEqual({ start: '2028-02-16', end: '2028-02-29' });
    expect(periodOf('half-month', '2026-03-31')).toEqual({ start: '2026-03-16', end: '2026-03-31' });
  });

  it('D5 months, quarters and years are calendar ones', () => {
    expect(periodOf('month', '2026-04-30')).toEqual({ start: '2026-04-01', end: '2026-04-30' });
    expect(periodOf('month', '2024-02-10')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('quarter', '2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodOf('quarter', '2026-06-30')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('quarter', '2026-08-15')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodOf('quarter', '2026-12-31')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodOf('year', '2026-07-07')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodOf('day', '2026-07-07')).toEqual({ start: '2026-07-07', end: '2026-07-07' });
    expect(periodOf('working-day', '2026-07-07')).toEqual({ start: '2026-07-07', end: '2026-07-07' });
  });

  it('D5 previous and next periods are adjacent', () => {
    expect(previousPeriod('quarter', '2026-01-15')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(nextPeriod('half-month', '2026-01-20')).toEqual({ start: '2026-02-01', end: '2026-02-15' });
    expect(nextPeriod('week', '2026-03-01')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
  });

  it('D1 D9 working-day periods step over rest days and need a calendar', () => {
    expect(nextPeriod('working-day', '2026-09-30', calendar)).toEqual({ start: '2026-10-08', end: '2026-10-08' });
    expect(previousPeriod('working-day', '2026-10-08', calendar)).toEqual({ start: '2026-09-30', end: '2026-09-30' });
    expect(() => nextPeriod('working-day', '2026-09-30')).toThrow(DomainError);
    expect(periodsBetween('working-day', '2026-10-01', '2026-10-09', calendar).map((p) => p.start)).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('D5 periodsBetween lists every overlapping period once', () => {
    expect(periodsBetween('month', '2026-01-31', '2026-03-01').map((p) => p.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('D5 every date lies in its period; periods tile the calendar with no gap or overlap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), dateArb, (kind, date) => {
        const p = periodOf(kind, date);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(nextPeriod(kind, date).start).toBe(addDays(p.end, 1));
        expect(previousPeriod(kind, date).end).toBe(addDays(p.start, -1));
        expect(periodOf(kind, p.start)).toEqual(p);
        expect(periodOf(kind, p.end)).toEqual(p);
        if (kind === 'week') expect([weekday(p.start), daysIn(p)]).toEqual([1, 7]);
      }),
    );
  });

  it('C2.2 D6 the quarter window is days 1-15 of its first month', () => {
    const q = periodOf('quarter', '2026-05-20');
    expect(windowOf('quarter', q, { monthOfPeriod: 1, fromDay: 1, toDay: 15 })).toEqual({ start: '2026-04-01', end: '2026-04-15' });
    expect(windowOf('year', periodOf('year', '2026-05-20'), { monthOfPeriod: 12, fromDay: 20, toDay: 31 })).toEqual({
      start: '2026-12-20',
      end: '2026-12-31',
    });
  });

  it('D9 a month window past the month end is clamped to its last day', () => {
    expect(windowOf('month', periodOf('month', '2026-02-03'), { fromDay: 25, toDay: 31 })).toEqual({
      start: '2026-02-25',
      end: '2026-02-28',
    });
  });

  it('C7.1 D6 a day period meets the window only on days 1-15', () => {
    const w = { fromDay: 1, toDay: 15 };
    expect(windowOf('working-day', periodOf('working-day', '2026-03-15'), w)).toEqual({ start: '2026-03-15', end: '2026-03-15' });
    expect(windowOf('working-day', periodOf('working-day', '2026-03-16'), w)).toBeNull();
  });

  it('D9 windows the policy rejects are rejected', () => {
    expect(() => windowOf('week', periodOf('week', '2026-03-02'), { fromDay: 1, toDay: 15 })).toThrow(/cannot apply/);
    expect(() => windowOf('quarter', periodOf('quarter', '2026-03-02'), { fromDay: 1, toDay: 15 })).toThrow(/monthOfPeriod/);
    expect(() => windowOf('month', periodOf('month', '2026-03-02'), { fromDay: 16, toDay: 15 })).toThrow(/after/);
    expect(() => periodOf('month', '2026-02-30')).toThrow(DomainError);
  });
});
