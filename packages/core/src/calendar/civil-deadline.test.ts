import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-helpers';
import { createWorkingCalendar } from './calendar';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });

describe('civil-code day limits (C5.2, D3)', () => {
  it('C5.2 D3 general 7 days: counting starts the day after receipt, day 7 is receipt + 7', () => {
    expect(calendar.civilDeadlineDate('2026-03-02', 7)).toEqual({ date: '2026-03-09', provisional: false });
  });

  it('C5.2 D3 a last day on a weekend moves to Monday', () => {
    expect(calendar.civilDeadlineDate('2026-03-07', 7)).toEqual({ date: '2026-03-16', provisional: false });
  });

  it('C5.2 D3 a last day in a holiday block moves past the whole block', () => {
    expect(calendar.civilDeadlineDate('2026-09-24', 7).date).toBe('2026-10-08');
    expect(calendar.civilDeadlineDate('2026-02-01', 15).date).toBe('2026-02-24'); // complex, 春节
    expect(calendar.civilDeadlineDate('2026-09-01', 30).date).toBe('2026-10-08'); // major
  });

  it('C5.2 D3 an adjusted working Saturday is a working day and ends the period', () => {
    expect(calendar.civilDeadlineDate('2026-10-03', 7).date).toBe('2026-10-10');
  });

  it('C5.2 D3 days in the period do not count as working or not: a holiday inside the period does not extend it', () => {
    expect(calendar.civilDeadlineDate('2026-09-30', 15).date).toBe('2026-10-15');
  });

  it('C5.2 D3 provisional only when a day that decides the date lies in a year without confirmed data', () => {
    expect(calendar.civilDeadlineDate('2026-12-25', 7)).toEqual({ date: '2027-01-04', provisional: true });
    expect(calendar.civilDeadlineDate('2026-12-20', 7)).toEqual({ date: '2026-12-28', provisional: false });
    expect(errorOf(() => calendar.civilDeadlineDate('2026-12-20', 0)).code).toBe('VALIDATION_FAILED');
    expect(errorOf(() => calendar.civilDeadlineDate('20261220', 7)).details).toEqual([
      { path: 'receivedDate', message: expect.any(String) },
    ]);
  });

  it('D7 workingDayOnOrAfter keeps a working day and moves a rest day to the next working day', () => {
    expect(calendar.workingDayOnOrAfter('2026-10-10')).toEqual({ date: '2026-10-10', provisional: false });
    expect(calendar.workingDayOnOrAfter('2026-10-03')).toEqual({ date: '2026-10-08', provisional: false });
  });
});

describe('daysOfYear (calendar page)', () => {
  it('D1 2026 has 33 holiday days and 6 adjusted working days, as in the library data; 2028 has 366 days', () => {
    const days = calendar.daysOfYear(2026);
    expect(days).toHaveLength(365);
    expect(days[0]).toMatchObject({ date: '2026-01-01', kind: 'holiday', name: '元旦' });
    expect(days[364].date).toBe('2026-12-31');
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(days.filter((d) => d.kind === 'adjusted-workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(calendar.daysOfYear(2028)).toHaveLength(366);
  });

  it('A3.4 performance: 2,000 additions of 366 working days take well under a second', () => {
    const cal = createWorkingCalendar({ overrides: [], confirmedYears: [] });
    cal.addWorkingDays('2026-01-01', 366); // builds the year tables
    const started = performance.now();
    for (let i = 0; i < 2000; i++) cal.addWorkingDays('2026-01-01', 366);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
