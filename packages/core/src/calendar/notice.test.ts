import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { createWorkingCalendar } from './calendar';
import { dayNumberOf, formatDayNumber } from './dates';
import { libraryYear } from './library';
import { ADJUSTED_WORKDAY_NOTE, parseHolidayNotice, type HolidayNotice } from './notice';
import type { CalendarOverride } from './types';

function detailsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    return (error as DomainError).details as { path: string; message: string }[];
  }
  throw new Error('expected VALIDATION_FAILED');
}

/** The library's arrangement of a year as override rows (names ignored). */
function libraryRows(year: number): Pick<CalendarOverride, 'date' | 'kind'>[] {
  const first = dayNumberOf(year, 1, 1);
  const rows: Pick<CalendarOverride, 'date' | 'kind'>[] = [];
  libraryYear(year).forEach((entry, i) => {
    if (entry) rows.push({ date: formatDayNumber(first + i), kind: entry.work ? 'workday' : 'holiday' });
  });
  return rows;
}

/** A structured notice rebuilt from the library's data: one block per run of same-named days. */
function noticeFromLibrary(year: number): HolidayNotice {
  const notice: HolidayNotice = { year, holidays: [], workdays: [] };
  const first = dayNumberOf(year, 1, 1);
  libraryYear(year).forEach((entry, i) => {
    if (!entry) return;
    const date = formatDayNumber(first + i);
    const last = notice.holidays[notice.holidays.length - 1];
    if (entry.work) notice.workdays.push({ date, name: entry.name });
    else if (last && last.name === entry.name && dayNumberOf(year, +last.to.slice(5, 7), +last.to.slice(8, 10)) === first + i - 1)
      last.to = date;
    else notice.holidays.push({ name: entry.name, from: date, to: date });
  });
  return notice;
}

const withoutNotes = (rows: CalendarOverride[]) => rows.map(({ date, kind }) => ({ date, kind }));

describe('loading an official notice (structured form)', () => {
  it('D1 a 2026 notice rebuilt from the library gives exactly the library’s days as override rows', () => {
    const rows = parseHolidayNotice(2026, noticeFromLibrary(2026));
    expect(withoutNotes(rows)).toEqual(libraryRows(2026));
    expect(rows.find((r) => r.date === '2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', note: '国庆节' });
    expect(rows.find((r) => r.date === '2026-02-14')).toEqual({ date: '2026-02-14', kind: 'workday', note: '春节' });
  });

  it('D1 loading a notice confirms the year: a 2027 calendar built from it is not provisional', () => {
    const overrides = parseHolidayNotice(2027, {
      year: 2027,
      holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-11' }],
      workdays: ['2027-02-20'],
    });
    expect(overrides.find((r) => r.date === '2027-02-20')).toEqual({ date: '2027-02-20', kind: 'workday', note: ADJUSTED_WORKDAY_NOTE });
    const calendar = createWorkingCalendar({ overrides, confirmedYears: [2027] });
    expect(calendar.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-12', provisional: false });
    expect(calendar.dayInfo('2027-02-20')).toMatchObject({ kind: 'adjusted-workday', name: '调休上班', source: 'override' });
  });

  it('D1 overlapping blocks (国庆节 with 中秋节) share their days, names joined', () => {
    const rows = parseHolidayNotice(2025, {
      year: 2025,
      holidays: [
        { name: '国庆节', from: '2025-10-01', to: '2025-10-08' },
        { name: '中秋节', from: '2025-10-06', to: '2025-10-06' },
      ],
      workdays: ['2025-09-28', { date: '2025-10-11', name: '国庆节' }],
    });
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.date === '2025-10-06')?.note).toBe('国庆节、中秋节');
    expect(rows.at(-1)).toEqual({ date: '2025-10-11', kind: 'workday', note: '国庆节' });
  });

  it('D1 a New Year block may start in December of the year before (the 2019 notice), not earlier', () => {
    const rows = parseHolidayNotice(2019, {
      year: 2019,
      holidays: [{ name: '元旦', from: '2018-12-30', to: '2019-01-01' }],
      workdays: ['2018-12-29'],
    });
    expect(withoutNotes(rows)).toEqual([
      { date: '2018-12-29', kind: 'workday' },
      { date: '2018-12-30', kind: 'holiday' },
      { date: '2018-12-31', kind: 'holiday' },
      { date: '2019-01-01', kind: 'holiday' },
    ]);
    expect(
      detailsOf(() =>
        parseHolidayNotice(2019, { year: 2019, holidays: [{ name: '元旦', from: '2018-11-30', to: '2019-01-01' }], workdays: [] }),
      ),
    ).toEqual([{ path: 'holidays[0].from', message: expect.stringContaining('outside 2019') }]);
  });

  it('D1 validation names every problem: dates outside the year, from after to, a date both off and working', () => {
    const details = detailsOf(() =>
      parseHolidayNotice(2026, {
        year: 2026,
        holidays: [
          { name: '国庆节', from: '2026-10-07', to: '2026-10-01' },
          { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
          { name: '', from: '2026-05-01', to: '2026-05-05' },
          { name: '端午节', from: '2026-06-19', to: '2026-06-31' },
          { name: '春节', from: '2026-02-15', to: '2026-02-23' },
        ],
        workdays: ['2026-02-16', '2026-02-30', { date: '2026-02-28' }],
      }),
    );
    expect(details.map((d) => d.path)).toEqual([
      'holidays[0].to',
      'holidays[1].from',
      'holidays[1].to',
      'holidays[2].name',
      'holidays[3].to',
      'workdays[0]',
      'workdays[1]',
    ]);
    expect(details[5].message).toContain('both as a holiday and as a working day');
  });

  it('D1 the shape is checked: year mismatch, missing holidays, non-array workdays, non-object input', () => {
    expect(detailsOf(() => parseHolidayNotice(2026, { year: 2027, holidays: [], workdays: 'x' })).map((d) => d.path)).toEqual([
      'year',
      'holidays',
      'workdays',
    ]);
    expect(detailsOf(() => parseHolidayNotice(2026, null))).toHaveLength(1);
    expect(detailsOf(() => parseHolidayNotice(2026, { holidays: ['元旦'] })).map((d) => d.path)).toEqual(['holidays[0]']);
    expect(detailsOf(() => parseHolidayNotice(2026.5, { holidays: [] })).map((d) => d.path)).toEqual(['year']);
  });
});
