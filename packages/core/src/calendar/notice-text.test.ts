import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors';
import { dayNumberOf, formatDayNumber, weekdayOfDayNumber } from './dates';
import { libraryYear } from './library';
import { parseHolidayNotice } from './notice';
import { parseHolidayNoticeText } from './notice-text';

/** The library's arrangement of a year as { date, kind } rows, in date order. */
function libraryRows(year: number): { date: string; kind: 'workday' | 'holiday' }[] {
  const first = dayNumberOf(year, 1, 1);
  const rows: { date: string; kind: 'workday' | 'holiday' }[] = [];
  libraryYear(year).forEach((entry, i) => {
    if (entry) rows.push({ date: formatDayNumber(first + i), kind: entry.work ? 'workday' : 'holiday' });
  });
  return rows;
}

const kinds = (year: number, text: string) => parseHolidayNotice(year, text).map(({ date, kind }) => ({ date, kind }));

function detailsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    return (error as DomainError).details as { path: string; message: string }[];
  }
  throw new Error('expected VALIDATION_FAILED');
}

/** The 2026 notice, reconstructed from the library's data and the lines quoted in its source (gov.cn content_7047091). */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
国务院办公厅`;

const NOTICE_2025 = `一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

const CN_WEEKDAY = '一二三四五六日';
const CN_NUMBER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Renders a library year as notice text: one line per holiday name, blocks as X至Y, working days listed. */
function renderNotice(year: number): string {
  const first = dayNumberOf(year, 1, 1);
  const byName = new Map<string, { off: number[]; work: number[] }>();
  libraryYear(year).forEach((entry, i) => {
    if (!entry) return;
    const group = byName.get(entry.name) ?? { off: [], work: [] };
    (entry.work ? group.work : group.off).push(first + i);
    byName.set(entry.name, group);
  });
  const label = (day: number, withMonth = true) => {
    const [, m, d] = formatDayNumber(day).split('-').map(Number);
    return `${withMonth ? `${m}月` : ''}${d}日（周${CN_WEEKDAY[weekdayOfDayNumber(day) - 1]}）`;
  };
  return [...byName]
    .map(([name, { off, work }], i) => {
      const blocks: [number, number][] = [];
      for (const day of off) {
        const last = blocks[blocks.length - 1];
        if (last && last[1] === day - 1) last[1] = day;
        else blocks.push([day, day]);
      }
      const offText = blocks
        .map(([a, b]) =>
          a === b ? label(a) : `${label(a)}至${label(b, formatDayNumber(a).slice(5, 7) !== formatDayNumber(b).slice(5, 7))}`,
        )
        .join('、');
      const workText = work.length ? `${work.map((d) => label(d)).join('、')}上班。` : '';
      return `${CN_NUMBER[i]}、${name}：${offText}放假调休，共${off.length}天。${workText}`;
    })
    .join('\n');
}

describe('reading the notice text (stretch)', () => {
  it('D1 the reconstructed 2026 notice text parses to exactly the library’s 2026 data', () => {
    expect(kinds(2026, NOTICE_2026)).toEqual(libraryRows(2026));
    const notice = parseHolidayNoticeText(2026, NOTICE_2026);
    expect(notice.holidays[1]).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
    expect(notice.workdays.slice(1, 3)).toEqual([
      { date: '2026-02-14', name: '春节' },
      { date: '2026-02-28', name: '春节' },
    ]);
  });

  it('D1 the 2025 notice text (single day 元旦, 国庆节、中秋节 block) parses to the library’s 2025 data', () => {
    expect(kinds(2025, NOTICE_2025)).toEqual(libraryRows(2025));
    expect(parseHolidayNotice(2025, NOTICE_2025).find((r) => r.date === '2025-10-06')?.note).toBe('国庆节、中秋节');
  });

  it('D1 every library year 2004..2026 rendered as notice text parses back to the library’s data', () => {
    for (let year = 2004; year <= 2026; year++) {
      expect(kinds(year, renderNotice(year)), String(year)).toEqual(libraryRows(year));
    }
  });

  it('D1 older forms: 补休 days, 星期 weekdays, full-width digits, 共三天 (the 2015 notice)', () => {
    const notice = parseHolidayNoticeText(
      2015,
      `三、清明节：4月5日放假，4月6日（星期一）补休。
五、端午节：６月２０日放假，6月22日（星期一）补休。
六、中秋节：9月27日放假。
七、国庆节：10月1日至7日放假调休，共七天。10月10日（星期六）上班。`,
    );
    expect(notice.holidays.map((h) => [h.name, h.from, h.to])).toEqual([
      ['清明节', '2015-04-05', '2015-04-06'],
      ['端午节', '2015-06-20', '2015-06-20'],
      ['端午节', '2015-06-22', '2015-06-22'],
      ['中秋节', '2015-09-27', '2015-09-27'],
      ['国庆节', '2015-10-01', '2015-10-07'],
    ]);
    expect(notice.workdays).toEqual([{ date: '2015-10-10', name: '国庆节' }]);
  });

  it('D1 a New Year block that starts in December of the year before (the 2019 notice) matches the library', () => {
    const withYears = '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。';
    const withoutYears = '一、元旦：12月30日至1月1日放假调休，共3天。2018年12月29日（星期六）上班。';
    const expected = [...libraryRows(2018).filter((r) => r.date >= '2018-12-29'), { date: '2019-01-01', kind: 'holiday' }];
    expect(expected).toHaveLength(4);
    expect(kinds(2019, withYears)).toEqual(expected);
    expect(kinds(2019, withoutYears)).toEqual(expected);
  });

  it('D1 mistakes are VALIDATION_FAILED naming the line: wrong weekday, wrong count, missing month, mixed sentence, no dates', () => {
    const details = detailsOf(() =>
      parseHolidayNoticeText(
        2026,
        `一、元旦：1月1日（周五）至3日（周六）放假调休，共3天。
二、春节：2月15日至23日放假调休，共8天。
三、清明节：4日至6日放假。
四、劳动节：5月1日至5日放假，5月9日上班。
五、端午节：另行通知。
六、中秋节：2月30日放假。`,
      ),
    );
    expect(details.map((d) => d.path)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(details[0].message).toContain('周四');
    expect(details[1].message).toContain('9 days');
  });

  it('D1 a text without numbered lines is rejected; a text date outside the year is rejected by the notice check', () => {
    expect(detailsOf(() => parseHolidayNoticeText(2026, '放假通知'))).toEqual([{ path: 'text', message: expect.any(String) }]);
    expect(detailsOf(() => parseHolidayNotice(2026, '一、元旦：2027年1月1日放假。')).map((d) => d.path)).toEqual([
      'holidays[0].from',
      'holidays[0].to',
    ]);
  });
});
