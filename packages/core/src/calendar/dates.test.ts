import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  addDays,
  civilOf,
  dayNumberOf,
  diffDays,
  endOfShanghaiDay,
  formatDayNumber,
  isValidDate,
  shanghaiDate,
  startOfShanghaiDay,
  weekday,
} from './dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** Any real date 1901-01-01 .. 2099-12-31 as 'YYYY-MM-DD'. */
const dateArb = fc.integer({ min: dayNumberOf(1901, 1, 1), max: dayNumberOf(2099, 12, 31) }).map((day) => formatDayNumber(day));

describe('Asia/Shanghai date helpers', () => {
  it('D2 shanghaiDate: 2026-09-30T16:00Z is already 1 October in Shanghai', () => {
    expect(shanghaiDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(shanghaiDate(new Date('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
    expect(shanghaiDate(new Date('2026-10-01T00:00:00+08:00'))).toBe('2026-10-01');
  });

  it('D2 endOfShanghaiDay is 23:59:59.999+08:00, startOfShanghaiDay 00:00+08:00', () => {
    expect(endOfShanghaiDay('2026-10-13').toISOString()).toBe('2026-10-13T15:59:59.999Z');
    expect(startOfShanghaiDay('2026-10-13').toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T15:59:59.999Z');
  });

  it('weekday is ISO (1 = Monday .. 7 = Sunday)', () => {
    expect(weekday('2026-10-01')).toBe(4);
    expect(weekday('2026-10-04')).toBe(7);
    expect(weekday('2026-10-05')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('addDays crosses months, leap days and years; diffDays is its inverse', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(diffDays('2026-09-30', '2026-10-13')).toBe(13);
  });

  it('isValidDate rejects impossible and badly written dates', () => {
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '26-01-01',
      '2026-01-01T00:00',
      '',
      null,
      20260101,
    ]) {
      expect(isValidDate(bad)).toBe(false);
    }
    expect(isValidDate('2000-02-29')).toBe(true);
  });

  it('invalid arguments throw VALIDATION_FAILED', () => {
    expect(() => weekday('2026-02-30')).toThrow(DomainError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(/integer/);
    expect(() => shanghaiDate(new Date('nope'))).toThrow(DomainError);
    try {
      endOfShanghaiDay('2026-2-1');
    } catch (error) {
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
      expect((error as DomainError).details).toEqual([{ path: 'date', message: expect.any(String) }]);
    }
  });

  it('D2 TZ independence: the same answers under UTC, New York, Shanghai and Kiritimati', () => {
    const answers = () => [
      shanghaiDate(new Date('2026-09-30T16:30:00Z')),
      endOfShanghaiDay('2026-03-08').getTime(),
      startOfShanghaiDay('2026-03-08').getTime(),
      weekday('2026-03-08'),
      addDays('2026-03-07', 2),
    ];
    process.env.TZ = 'UTC';
    const reference = answers();
    expect(reference).toEqual([
      '2026-10-01',
      Date.parse('2026-03-08T23:59:59.999+08:00'),
      Date.parse('2026-03-08T00:00:00+08:00'),
      7,
      '2026-03-09',
    ]);
    for (const tz of ['America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati', 'America/St_Johns']) {
      process.env.TZ = tz;
      expect(new Date('2026-03-08T12:00:00Z').getTimezoneOffset(), `${tz} is in effect`).not.toBe(0);
      expect(answers(), tz).toEqual(reference);
    }
  });

  it('property: day numbers, formatting and Date agree', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (date, n) => {
        const [y, m, d] = civilOf(dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))));
        expect(formatDayNumber(dayNumberOf(y, m, d))).toBe(date);
        expect(isValidDate(date)).toBe(true);
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(diffDays(date, addDays(date, n))).toBe(n);
        expect(weekday(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay() || 7);
        expect(shanghaiDate(startOfShanghaiDay(date))).toBe(date);
        expect(shanghaiDate(endOfShanghaiDay(date))).toBe(date);
        expect(endOfShanghaiDay(date).getTime() - startOfShanghaiDay(date).getTime()).toBe(86_399_999);
        expect(startOfShanghaiDay(date).toISOString()).toBe(new Date(`${date}T00:00:00+08:00`).toISOString());
      }),
    );
  });
});
