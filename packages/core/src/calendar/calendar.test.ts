import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-helpers';
import { createWorkingCalendar } from './calendar';
import type { CalendarOverride } from './types';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });

describe('working days in library years (2025, 2026)', () => {
  it('A3.4 D2 2026-09-30 + 5 working days is 2026-10-13 (National Day week)', () => {
    expect(calendar.addWorkingDays('2026-09-30', 5)).toEqual({ date: '2026-10-13', provisional: false });
  });

  it('D1 调休 Saturdays 2026-02-14 and 2026-02-28 are adjusted working days (as the library says)', () => {
    for (const date of ['2026-02-14', '2026-02-28', '2026-05-09', '2026-10-10']) {
      expect(chineseDays.isWorkday(date)).toBe(true);
      expect(calendar.dayInfo(date)).toMatchObject({ workday: true, kind: 'adjusted-workday', source: 'library', provisional: false });
    }
    expect(calendar.dayInfo('2026-02-14').name).toBe('春节');
    expect(calendar.dayInfo('2026-01-04')).toMatchObject({ kind: 'adjusted-workday', name: '元旦' });
    expect(calendar.dayInfo('2026-09-20')).toMatchObject({ kind: 'adjusted-workday', name: '国庆节' });
  });

  it('D1 2026 holidays: 春节 02-15..02-23, 国庆节 10-01..10-07 including weekend days, named in Chinese', () => {
    for (let d = 15; d <= 23; d++) {
      expect(calendar.dayInfo(`2026-02-${d}`)).toMatchObject({ workday: false, kind: 'holiday', name: '春节', source: 'library' });
    }
    expect(calendar.dayInfo('2026-10-03')).toEqual({
      date: '2026-10-03',
      workday: false,
      kind: 'holiday',
      name: '国庆节',
      source: 'library',
      provisional: false,
    });
    expect(calendar.dayInfo('2026-02-24')).toEqual({
      date: '2026-02-24',
      workday: true,
      kind: 'workday',
      source: 'library',
      provisional: false,
    });
    expect(calendar.dayInfo('2026-03-07')).toMatchObject({ workday: false, kind: 'weekend' });
    expect(calendar.dayInfo('2026-04-06')).toMatchObject({ kind: 'holiday', name: '清明节' });
  });

  it('D1 2025: National Day + Mid-Autumn 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) working; 春节 working Sun 01-26, Sat 02-08', () => {
    for (let d = 1; d <= 8; d++) expect(calendar.isWorkday(`2025-10-0${d}`)).toBe(false);
    expect(calendar.dayInfo('2025-10-06').name).toBe('中秋节');
    for (const date of ['2025-09-28', '2025-10-11', '2025-01-26', '2025-02-08', '2025-04-27']) {
      expect(calendar.dayInfo(date)).toMatchObject({ kind: 'adjusted-workday', workday: true });
    }
    expect(calendar.dayInfo('2025-01-28')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(calendar.isWorkday('2025-06-02')).toBe(false); // 端午 05-31..06-02
    expect(calendar.isWorkday('2025-01-01')).toBe(false);
  });

  it('A3.4 D2 time limits count working days only, 调休 Saturdays included', () => {
    expect(calendar.addWorkingDays('2026-03-06', 2).date).toBe('2026-03-10'); // consultation, Friday
    expect(calendar.addWorkingDays('2026-04-30', 5).date).toBe('2026-05-11'); // general, over 劳动节 + Sat 05-09
    expect(calendar.addWorkingDays('2026-02-13', 10).date).toBe('2026-03-05'); // complex, over 春节
    expect(calendar.addWorkingDays('2026-03-02', 1).date).toBe('2026-03-03'); // day 1 is strictly after from
    expect(calendar.addWorkingDays('2026-10-03', 1).date).toBe('2026-10-08'); // received on a holiday
    expect(calendar.addWorkingDays('2025-12-31', 1)).toEqual({ date: '2026-01-04', provisional: false }); // Sunday 调休
  });

  it('A3.4 D2 year boundary: 2026-12-31 + 1 goes into 2027 and is provisional; 2026-12-30 + 1 is not', () => {
    expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: true });
    expect(calendar.addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
  });

  it('A3.4 D2 the working-day count must be an integer 1..366, the date a real date (VALIDATION_FAILED)', () => {
    for (const n of [0, 367, 1.5, -1, Number.NaN, '5' as unknown as number]) {
      const error = errorOf(() => calendar.addWorkingDays('2026-01-05', n));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details).toEqual([{ path: 'days', message: expect.any(String) }]);
    }
    expect(calendar.addWorkingDays('2026-01-05', 366).provisional).toBe(true);
    expect(errorOf(() => calendar.addWorkingDays('2026-02-30', 1)).details).toEqual([{ path: 'from', message: expect.any(String) }]);
    expect(errorOf(() => calendar.dayInfo('2026/01/01')).code).toBe('VALIDATION_FAILED');
  });

  it('D1 years the lunar tables cannot compute are CALENDAR_UNKNOWN, never guessed', () => {
    expect(errorOf(() => calendar.addWorkingDays('2099-12-31', 1)).code).toBe('CALENDAR_UNKNOWN');
    expect(errorOf(() => calendar.dayInfo('1900-06-01')).code).toBe('CALENDAR_UNKNOWN');
    expect(errorOf(() => calendar.daysOfYear(2100)).code).toBe('CALENDAR_UNKNOWN');
  });
});

describe('provisional years (no official data)', () => {
  it('D1 yearStatus: library 2004..2026, provisional otherwise, confirmed when an admin loaded the notice', () => {
    expect(calendar.yearStatus(2025)).toBe('library');
    expect(calendar.yearStatus(2026)).toBe('library');
    expect(calendar.yearStatus(2004)).toBe('library');
    expect(calendar.yearStatus(2003)).toBe('provisional');
    expect(calendar.yearStatus(2027)).toBe('provisional');
    const confirmed = createWorkingCalendar({ overrides: [], confirmedYears: [2026, 2027] });
    expect(confirmed.yearStatus(2026)).toBe('confirmed');
    expect(confirmed.yearStatus(2027)).toBe('confirmed');
    expect(errorOf(() => calendar.yearStatus(2026.5)).code).toBe('VALIDATION_FAILED');
  });

  it('D1 2027 Spring Festival is computed: 除夕 02-05 .. 初三 02-08 off, make-up days 02-09/10, all provisional', () => {
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(calendar.dayInfo(date)).toEqual({
        date,
        workday: false,
        kind: 'holiday',
        name: '春节',
        source: 'computed',
        provisional: true,
      });
    }
    expect(calendar.dayInfo('2027-02-09')).toMatchObject({ kind: 'holiday', name: '春节补假', provisional: true });
    expect(calendar.dayInfo('2027-02-11')).toEqual({
      date: '2027-02-11',
      workday: true,
      kind: 'workday',
      source: 'computed',
      provisional: true,
    });
    expect(calendar.addWorkingDays('2027-01-29', 5)).toEqual({ date: '2027-02-11', provisional: true });
  });

  it('D1 no 调休 working weekend is invented for a provisional year', () => {
    const days = calendar.daysOfYear(2027);
    expect(days).toHaveLength(365);
    expect(days.filter((d) => d.kind === 'adjusted-workday')).toEqual([]);
    expect(calendar.dayInfo('2027-02-13')).toMatchObject({ kind: 'weekend', workday: false }); // a Saturday after 春节
    expect(days.every((d) => d.provisional && d.source === 'computed')).toBe(true);
  });

  it('D1 an admin-confirmed 2027 (notice loaded as overrides) is no longer provisional', () => {
    const overrides: CalendarOverride[] = [
      { date: '2027-02-05', kind: 'holiday', note: '春节' },
      { date: '2027-02-11', kind: 'holiday', note: '春节' },
      { date: '2027-02-20', kind: 'workday', note: '春节' },
    ];
    const confirmed = createWorkingCalendar({ overrides, confirmedYears: [2027] });
    expect(confirmed.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: false });
    expect(confirmed.dayInfo('2027-02-11')).toMatchObject({ kind: 'holiday', source: 'override', provisional: false });
    expect(confirmed.dayInfo('2027-02-20')).toMatchObject({ kind: 'adjusted-workday', workday: true, source: 'override' });
    expect(confirmed.dayInfo('2027-03-01')).toMatchObject({ source: 'computed', provisional: false });
    expect(confirmed.addWorkingDays('2027-02-18', 2)).toEqual({ date: '2027-02-20', provisional: false });
  });
});

describe('the override table always wins', () => {
  it('D1 a holiday override moves a deadline; a workday override on a library holiday Sunday counts', () => {
    const cal = createWorkingCalendar({
      overrides: [
        { date: '2026-10-08', kind: 'holiday', note: '台风停工' },
        { date: '2026-10-04', kind: 'workday', note: '' },
      ],
      confirmedYears: [],
    });
    expect(cal.dayInfo('2026-10-08')).toEqual({
      date: '2026-10-08',
      workday: false,
      kind: 'holiday',
      name: '台风停工',
      source: 'override',
      provisional: false,
    });
    expect(cal.dayInfo('2026-10-04')).toEqual({
      date: '2026-10-04',
      workday: true,
      kind: 'adjusted-workday',
      source: 'override',
      provisional: false,
    });
    expect(cal.addWorkingDays('2026-09-30', 1).date).toBe('2026-10-04');
    expect(cal.addWorkingDays('2026-10-04', 5)).toEqual({ date: '2026-10-14', provisional: false });
  });

  it('D1 overrides win in a provisional year too: the day is the admin’s word, the year stays provisional', () => {
    const cal = createWorkingCalendar({ overrides: [{ date: '2027-10-01', kind: 'workday', note: '' }], confirmedYears: [] });
    expect(cal.dayInfo('2027-10-01')).toEqual({
      date: '2027-10-01',
      workday: true,
      kind: 'workday',
      source: 'override',
      provisional: false,
    });
    expect(cal.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-01', provisional: true });
    expect(cal.yearStatus(2027)).toBe('provisional');
  });

  it('D1 a holiday override without a note keeps the holiday name; a workday override on a weekday is a plain workday', () => {
    const cal = createWorkingCalendar({
      overrides: [
        { date: '2026-10-02', kind: 'holiday', note: ' ' },
        { date: '2026-10-05', kind: 'workday', note: '' },
      ],
      confirmedYears: [],
    });
    expect(cal.dayInfo('2026-10-02')).toMatchObject({ name: '国庆节', source: 'override' });
    expect(cal.dayInfo('2026-10-05')).toEqual({
      date: '2026-10-05',
      workday: true,
      kind: 'workday',
      source: 'override',
      provisional: false,
    });
  });

  it('D1 invalid override rows and years are VALIDATION_FAILED with one detail per problem', () => {
    const error = errorOf(() =>
      createWorkingCalendar({
        overrides: [
          { date: '2026-02-30', kind: 'holiday', note: '' },
          { date: '2026-03-01', kind: 'rest' as 'holiday', note: '' },
          { date: '2026-03-02', kind: 'holiday', note: '' },
          { date: '2026-03-02', kind: 'workday', note: '' },
          { date: '2026-03-03', kind: 'workday', note: 7 as unknown as string },
        ],
        confirmedYears: [2027, 2027.5],
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect((error.details as { path: string }[]).map((d) => d.path)).toEqual([
      'overrides[0].date',
      'overrides[1].kind',
      'overrides[3].date',
      'overrides[4].note',
      'confirmedYears[1]',
    ]);
  });
});
