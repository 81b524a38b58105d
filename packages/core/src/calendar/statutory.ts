/**
 * Holidays that follow from the law alone, for years without official data (D1, API contract:
 * "provisional"). Source: 全国年节及纪念日放假办法 as amended in 2024 (in force from 2025-01-01).
 *
 * Art. 2, full-citizen holidays: 元旦 1 Jan; 春节 农历除夕 and 正月初一..初三 (4 days);
 * 清明节 the Qingming solar term day; 劳动节 1-2 May; 端午节 lunar 5/5; 中秋节 lunar 8/15;
 * 国庆节 1-3 Oct.
 * Art. 6: a full-citizen holiday that falls on a Saturday or Sunday gets a make-up day off (补假)
 * on a working day: we take the first Monday-Friday after it that is not already off. Our reading
 * for two holidays on one date (e.g. 中秋 on 3 Oct 2028): the second one is owed a make-up day
 * too, as the State Council arranged in 2009 and 2020 (8-day blocks).
 * 调休 (swapping weekend days for working days) needs a State Council notice: never invented here.
 */
import { dayNumberOf, formatDayNumber, weekdayOfDayNumber } from './dates';
import { findLunarDay, qingmingDay } from './library';

export interface StatutoryDay {
  date: string;
  name: string;
  /** true for an art. 6 make-up day (补假). */
  makeUp: boolean;
}

interface FixedDay {
  day: number;
  name: string;
}

/** The days art. 2 fixes for `year` (before make-up days), in date order; coinciding dates repeat. */
export function lawFixedHolidays(year: number): FixedDay[] {
  const d = (month: number, day: number) => dayNumberOf(year, month, day);
  // 正月初一 lies between 21 Jan and 20 Feb; 除夕 (the last day of the 12th month, 29th or 30th) is the day before.
  const newYear = findLunarDay(d(1, 19), d(2, 22), 1, 1);
  const days: FixedDay[] = [
    { day: d(1, 1), name: '元旦' },
    ...[-1, 0, 1, 2].map((k) => ({ day: newYear + k, name: '春节' })),
    { day: qingmingDay(year), name: '清明节' },
    { day: d(5, 1), name: '劳动节' },
    { day: d(5, 2), name: '劳动节' },
    { day: findLunarDay(d(5, 26), d(6, 27), 5, 5), name: '端午节' },
    { day: findLunarDay(d(9, 6), d(10, 10), 8, 15), name: '中秋节' },
    { day: d(10, 1), name: '国庆节' },
    { day: d(10, 2), name: '国庆节' },
    { day: d(10, 3), name: '国庆节' },
  ];
  return days.sort((a, b) => a.day - b.day);
}

function isWeekend(day: number): boolean {
  return weekdayOfDayNumber(day) >= 6;
}

/** Law holidays plus art. 6 make-up days for `year`, in date order. */
function computeStatutoryHolidays(year: number): StatutoryDay[] {
  const fixed = lawFixedHolidays(year);
  const off = new Map<number, { name: string; makeUp: boolean }>();
  const owed: FixedDay[] = [];
  for (const holiday of fixed) {
    const existing = off.get(holiday.day);
    if (existing) {
      if (!existing.name.split('、').includes(holiday.name)) existing.name += `、${holiday.name}`;
      owed.push(holiday); // two holidays on one date: one day is owed
    } else {
      off.set(holiday.day, { name: holiday.name, makeUp: false });
      if (isWeekend(holiday.day)) owed.push(holiday);
    }
  }
  for (const holiday of owed) {
    let day = holiday.day + 1;
    while (isWeekend(day) || off.has(day)) day++;
    off.set(day, { name: `${holiday.name}补假`, makeUp: true });
  }
  return [...off.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, info]) => ({ date: formatDayNumber(day), name: info.name, makeUp: info.makeUp }));
}

const cache = new Map<number, readonly StatutoryDay[]>();

/** Law holidays plus art. 6 make-up days for `year`, in date order (cached). */
export function statutoryHolidays(year: number): readonly StatutoryDay[] {
  let days = cache.get(year);
  if (!days) {
    days = computeStatutoryHolidays(year);
    cache.set(year, days);
  }
  return days;
}
