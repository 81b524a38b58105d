import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { addDays, dayNumberOf, diffDays, formatDayNumber } from './dates';
import type { CalendarOverride, WorkingCalendar } from './types';

const dateIn = (fromYear: number, toYear: number) =>
  fc.integer({ min: dayNumberOf(fromYear, 1, 1), max: dayNumberOf(toYear, 12, 31) }).map(formatDayNumber);

/** Random admin override tables over 2025..2028, at most one row per date. */
const overridesArb = fc
  .uniqueArray(fc.record({ date: dateIn(2025, 2028), kind: fc.constantFrom<'workday' | 'holiday'>('workday', 'holiday') }), {
    selector: (row) => row.date,
    maxLength: 40,
  })
  .map((rows) => rows.map((row): CalendarOverride => ({ ...row, note: '' })));

const calendarArb = fc
  .record({ overrides: overridesArb, confirmedYears: fc.subarray([2026, 2027, 2028]) })
  .map((data) => ({ data, calendar: createWorkingCalendar(data) }));

function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (calendar.isWorkday(date)) count++;
  return count;
}

describe('calendar properties', () => {
  it('A3.4 D2 addWorkingDays lands on a working day strictly after from, with exactly n working days in (from, result]', () => {
    fc.assert(
      fc.property(calendarArb, dateIn(2024, 2027), fc.integer({ min: 1, max: 366 }), ({ calendar }, from, n) => {
        const result = calendar.addWorkingDays(from, n);
        expect(result.date > from).toBe(true);
        expect(calendar.isWorkday(result.date)).toBe(true);
        expect(workingDaysBetween(calendar, from, result.date)).toBe(n);
      }),
      { numRuns: 150 },
    );
  });

  it('A3.4 D2 addWorkingDays is strictly monotonic in n and provisional exactly when a walked year is provisional', () => {
    fc.assert(
      fc.property(calendarArb, dateIn(2024, 2027), fc.integer({ min: 1, max: 365 }), ({ calendar }, from, n) => {
        const a = calendar.addWorkingDays(from, n);
        const b = calendar.addWorkingDays(from, n + 1);
        expect(b.date > a.date).toBe(true);
        expect(!a.provisional || b.provisional).toBe(true);
        const years = [];
        for (let y = Number(addDays(from, 1).slice(0, 4)); y <= Number(a.date.slice(0, 4)); y++) years.push(y);
        expect(a.provisional).toBe(years.some((y) => calendar.yearStatus(y) === 'provisional'));
      }),
      { numRuns: 300 },
    );
  });

  it('D1 override rows always decide their day', () => {
    fc.assert(
      fc.property(calendarArb, ({ data, calendar }) => {
        for (const row of data.overrides) {
          const info = calendar.dayInfo(row.date);
          expect(info.source).toBe('override');
          expect(info.workday).toBe(row.kind === 'workday');
          expect(info.provisional).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('C5.2 D3 civilDeadlineDate is the first working day on or after receipt + days', () => {
    fc.assert(
      fc.property(calendarArb, dateIn(2024, 2027), fc.integer({ min: 1, max: 366 }), ({ calendar }, received, days) => {
        const { date } = calendar.civilDeadlineDate(received, days);
        const nominal = addDays(received, days);
        expect(date >= nominal).toBe(true);
        expect(calendar.isWorkday(date)).toBe(true);
        for (let d = nominal; d < date; d = addDays(d, 1)) expect(calendar.isWorkday(d)).toBe(false);
        expect(diffDays(nominal, date)).toBeLessThan(20);
      }),
      { numRuns: 300 },
    );
  });

  it('D1 dayInfo is consistent: workday iff kind is workday/adjusted-workday; adjusted only on weekends', () => {
    fc.assert(
      fc.property(calendarArb, dateIn(2004, 2030), ({ calendar }, date) => {
        const info = calendar.dayInfo(date);
        expect(info.date).toBe(date);
        expect(info.workday).toBe(info.kind === 'workday' || info.kind === 'adjusted-workday');
        const weekend = new Date(`${date}T00:00:00Z`).getUTCDay() % 6 === 0;
        if (info.kind === 'adjusted-workday' || info.kind === 'weekend') expect(weekend).toBe(true);
        if (info.kind === 'workday') expect(weekend).toBe(false);
        expect(info.provisional).toBe(calendar.yearStatus(Number(date.slice(0, 4))) === 'provisional' && info.source !== 'override');
      }),
    );
  });
});
