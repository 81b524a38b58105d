import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { lawFixedHolidays, statutoryHolidays } from './statutory';
import { formatDayNumber, weekday } from './dates';
import { libraryEntry } from './library';

const offDays = (year: number) => statutoryHolidays(year).map((d) => d.date);

describe('holidays computed from the law (全国年节及纪念日放假办法, 2024 amendment)', () => {
  for (const year of [2025, 2026]) {
    it(`D1 every law-fixed holiday we compute for ${year} is a holiday in the library's official ${year} data`, () => {
      const fixed = lawFixedHolidays(year).map((h) => formatDayNumber(h.day));
      expect(fixed).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3 days (art. 2)
      for (const date of fixed) {
        expect(libraryEntry(date), date).toMatchObject({ work: false });
        expect(chineseDays.isHoliday(date), date).toBe(true);
      }
    });

    it(`D1 art. 6 make-up days we compute for ${year} are holidays in the library too`, () => {
      const makeUps = statutoryHolidays(year).filter((d) => d.makeUp);
      expect(makeUps.length).toBeGreaterThan(0);
      for (const { date } of makeUps) expect(libraryEntry(date), date).toMatchObject({ work: false });
    });
  }

  it('D1 the computed 2025/2026 names match the library’s names for the same dates', () => {
    for (const year of [2025, 2026]) {
      for (const day of statutoryHolidays(year).filter((d) => !d.makeUp)) {
        expect(libraryEntry(day.date)?.name, day.date).toBe(day.name);
      }
    }
  });

  it('D1 2027 (provisional): 春节 is 除夕 2027-02-05 (腊月廿九, a 29-day month) to 初三 02-08, with make-up days 02-09/10', () => {
    const lunarEve = chineseDays.getLunarDate('2027-02-05');
    expect([lunarEve.lunarMon, lunarEve.lunarDay]).toEqual([12, 29]);
    expect(chineseDays.getLunarDate('2027-02-06')).toMatchObject({ lunarMon: 1, lunarDay: 1 });
    expect(chineseDays.getSolarDateFromLunar('2027-01-01').date).toBe('2027-02-06');
    const spring = statutoryHolidays(2027).filter((d) => d.name.startsWith('春节'));
    expect(spring.map((d) => [d.date, d.name])).toEqual([
      ['2027-02-05', '春节'],
      ['2027-02-06', '春节'],
      ['2027-02-07', '春节'],
      ['2027-02-08', '春节'],
      // 初一 (Sat) and 初二 (Sun) fall on the weekend: art. 6 make-up days on the next working days.
      ['2027-02-09', '春节补假'],
      ['2027-02-10', '春节补假'],
    ]);
  });

  it('D1 2027 full list: 元旦, 春节, 清明节 04-05, 劳动节, 端午节 06-09, 中秋节 09-15, 国庆节 and make-ups', () => {
    expect(offDays(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-04',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
    ]);
  });

  it('D1 art. 6: 元旦 2028 on a Saturday gives Monday 01-03 off (Sunday 01-02 is a rest day anyway)', () => {
    expect(weekday('2028-01-01')).toBe(6);
    expect(statutoryHolidays(2028).filter((d) => d.date < '2028-01-10')).toEqual([
      { date: '2028-01-01', name: '元旦', makeUp: false },
      { date: '2028-01-03', name: '元旦补假', makeUp: true },
    ]);
  });

  it('D1 two holidays on one date (中秋节 on 国庆 2028-10-03) owe a make-up day like a weekend does', () => {
    const october = statutoryHolidays(2028).filter((d) => d.date.startsWith('2028-10'));
    expect(october.map((d) => d.date)).toEqual(['2028-10-01', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05']);
    expect(october[2].name).toContain('中秋节');
    expect(october[2].name).toContain('国庆节');
  });

  it('D1 computed years never contain a day that is not a law holiday or a make-up day; make-ups are weekdays', () => {
    for (let year = 2027; year <= 2060; year++) {
      const days = statutoryHolidays(year);
      const fixed = lawFixedHolidays(year);
      const weekendOrDuplicate = fixed.filter(
        (h, i) => weekday(formatDayNumber(h.day)) >= 6 || fixed.findIndex((o) => o.day === h.day) !== i,
      );
      expect(days.filter((d) => d.makeUp)).toHaveLength(weekendOrDuplicate.length);
      for (const day of days.filter((d) => d.makeUp)) expect(weekday(day.date)).toBeLessThanOrEqual(5);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.every((d) => d.date.startsWith(String(year)))).toBe(true);
    }
  });
});
