import chineseDays from 'chinese-days';
import libraryData from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatDayNumber } from './dates';
import { findLunarDay, libraryEntry, libraryHasYear, libraryYear, qingmingDay } from './library';

/** Years that have at least one entry in the package's data file. */
function yearsInDataFile(): number[] {
  const dates = [...Object.keys(libraryData.holidays), ...Object.keys(libraryData.workdays)];
  return [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
}

describe('chinese-days 1.5.7 as a data source', () => {
  it('D1 the package has official data for exactly 2004..2026, and we detect exactly those years', () => {
    const expected = Array.from({ length: 23 }, (_, i) => 2004 + i);
    expect(yearsInDataFile()).toEqual(expected);
    const detected = [];
    for (let year = 1990; year <= 2040; year++) if (libraryHasYear(year)) detected.push(year);
    expect(detected).toEqual(expected);
  });

  it('D1 the package silently answers plain Monday-Friday after 2026 (why 2027 must be provisional)', () => {
    // 2027-02-08 is 正月初三, a statutory holiday, but the package calls it a working Monday.
    expect(chineseDays.isWorkday('2027-02-08')).toBe(true);
    expect(libraryEntry('2027-02-08')).toBeNull();
    expect(libraryYear(2027)).toEqual([]);
  });

  it('D1 our per-year table reproduces every entry of the data file for 2004..2026', () => {
    for (const [date, value] of Object.entries(libraryData.holidays)) {
      const year = Number(date.slice(0, 4));
      const entry = libraryYear(year)[dayNumberOf(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) - dayNumberOf(year, 1, 1)];
      const workday = date in libraryData.workdays;
      expect(entry, date).toMatchObject({ work: workday });
      if (!workday) expect(value.split(',')[1]).toContain(entry!.name.replace(/节$/, ''));
    }
    for (const date of Object.keys(libraryData.workdays)) {
      expect(libraryEntry(date), date).toMatchObject({ work: true });
    }
  });

  it('D1 names come out as statutory names (清明节, 端午节, 中秋节)', () => {
    expect(libraryEntry('2026-04-05')?.name).toBe('清明节');
    expect(libraryEntry('2026-06-19')?.name).toBe('端午节');
    expect(libraryEntry('2026-09-25')?.name).toBe('中秋节');
    expect(libraryEntry('2026-10-01')?.name).toBe('国庆节');
    expect(libraryEntry('2026-02-14')).toEqual({ work: true, name: '春节' });
    expect(libraryEntry('2015-09-03')?.name).toContain('70周年纪念日');
  });

  it('our lunar and Qingming look-ups equal the package’s own conversions for 1901..2099 (TZ=UTC)', () => {
    for (let year = 1901; year <= 2099; year++) {
      const d = (m: number, day: number) => dayNumberOf(year, m, day);
      expect(formatDayNumber(findLunarDay(d(1, 19), d(2, 22), 1, 1))).toBe(chineseDays.getSolarDateFromLunar(`${year}-01-01`).date);
      expect(formatDayNumber(findLunarDay(d(5, 26), d(6, 27), 5, 5))).toBe(chineseDays.getSolarDateFromLunar(`${year}-05-05`).date);
      expect(formatDayNumber(findLunarDay(d(9, 6), d(10, 10), 8, 15))).toBe(chineseDays.getSolarDateFromLunar(`${year}-08-15`).date);
      expect(formatDayNumber(qingmingDay(year))).toBe(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'));
    }
  });
});
