/**
 * Calendar periods in Asia/Shanghai (D5, D9): every period is a run of whole Shanghai calendar
 * dates, `start` and `end` both included. Weeks run Monday to Sunday; half-months are days 1-15
 * and 16 to the month's end; quarters start in January, April, July and October.
 *
 * Dates are 'YYYY-MM-DD' strings: they compare correctly as strings, so callers can test
 * `start <= d && d <= end` without parsing.
 */
import { addDays, diffDays, isValidDate, weekday } from '../calendar';
import { DomainError, ErrorCodes } from '../errors';
import type { Obligation } from '../policy';

/** `working-day | day | week | half-month | month | quarter | year` (policy `PERIODS`). */
export type PeriodKind = Obligation['period'];

/** Days of the month inside a period (inclusive); `monthOfPeriod` (1 = first) for quarter and year periods. */
export interface PeriodWindow {
  fromDay: number;
  toDay: number;
  monthOfPeriod?: number;
}

/** A run of Shanghai dates, both ends included. */
export interface DateRange {
  start: string;
  end: string;
}

/** What the engine needs of a working calendar (`createWorkingCalendar` fits). */
export interface WorkdayCalendar {
  isWorkday(date: string): boolean;
}

const MONTHS_IN: Partial<Record<PeriodKind, number>> = { quarter: 3, year: 12 };
/** Safety bound when walking to the next or previous working day (the longest holiday block is far shorter). */
const MAX_WORKDAY_SEARCH = 366;

export function invalid(path: string, message: string): DomainError {
  return new DomainError(ErrorCodes.VALIDATION_FAILED, message, [{ path, message }]);
}

/** Throws VALIDATION_FAILED naming `path` unless `date` is a real 'YYYY-MM-DD' date. */
export function checkDate(date: string, path = 'date'): void {
  if (!isValidDate(date)) throw invalid(path, `${path} must be a real date written YYYY-MM-DD`);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function partsOf(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function monthsRange(year: number, firstMonth: number, months: number): DateRange {
  const lastMonth = firstMonth + months - 1;
  return { start: ymd(year, firstMonth, 1), end: ymd(year, lastMonth, lastDayOfMonth(year, lastMonth)) };
}

/** The period of kind `period` that contains `date`. A `working-day` period is the day itself. */
export function periodOf(period: PeriodKind, date: string): DateRange {
  checkDate(date);
  const [year, month, day] = partsOf(date);
  switch (period) {
    case 'day':
    case 'working-day':
      return { start: date, end: date };
    case 'week': {
      const start = addDays(date, 1 - weekday(date));
      return { start, end: addDays(start, 6) };
    }
    case 'half-month':
      return day <= 15
        ? { start: ymd(year, month, 1), end: ymd(year, month, 15) }
        : { start: ymd(year, month, 16), end: ymd(year, month, lastDayOfMonth(year, month)) };
    case 'month':
      return monthsRange(year, month, 1);
    case 'quarter':
      return monthsRange(year, Math.floor((month - 1) / 3) * 3 + 1, 3);
    case 'year':
      return monthsRange(year, 1, 12);
    default:
      throw invalid('period', `unknown period ${JSON.stringify(period)}`);
  }
}

function stepWorkday(date: string, step: 1 | -1, calendar: WorkdayCalendar | undefined): DateRange {
  if (!calendar) throw invalid('calendar', 'a working-day period needs a working calendar (D1: never guessed)');
  let day = date;
  for (let i = 0; i < MAX_WORKDAY_SEARCH; i++) {
    day = addDays(day, step);
    if (calendar.isWorkday(day)) return { start: day, end: day };
  }
  throw invalid('calendar', `no working day within ${MAX_WORKDAY_SEARCH} days of ${date}`);
}

/**
 * The period right after the one containing `date`. For `working-day` it is the next working day
 * of `calendar` (required for that kind only).
 */
export function nextPeriod(period: PeriodKind, date: string, calendar?: WorkdayCalendar): DateRange {
  checkDate(date);
  if (period === 'working-day') return stepWorkday(date, 1, calendar);
  return periodOf(period, addDays(periodOf(period, date).end, 1));
}

/** The period right before the one containing `date`; `working-day` as in `nextPeriod`. */
export function previousPeriod(period: PeriodKind, date: string, calendar?: WorkdayCalendar): DateRange {
  checkDate(date);
  if (period === 'working-day') return stepWorkday(date, -1, calendar);
  return periodOf(period, addDays(periodOf(period, date).start, -1));
}

/** Every period that overlaps `from..to` (inclusive), in order; `working-day` lists working days only. */
export function periodsBetween(period: PeriodKind, from: string, to: string, calendar?: WorkdayCalendar): DateRange[] {
  checkDate(from, 'from');
  checkDate(to, 'to');
  const out: DateRange[] = [];
  if (period === 'working-day') {
    if (!calendar) throw invalid('calendar', 'a working-day period needs a working calendar (D1: never guessed)');
    for (let day = from; day <= to; day = addDays(day, 1)) if (calendar.isWorkday(day)) out.push({ start: day, end: day });
    return out;
  }
  for (let range = periodOf(period, from); range.start <= to; range = periodOf(period, addDays(range.end, 1))) out.push(range);
  return out;
}

/** Number of dates in a range (1 for a single day). */
export function daysIn(range: DateRange): number {
  return diffDays(range.start, range.end) + 1;
}

/** Throws VALIDATION_FAILED for a window the policy validator would reject (see policy/semantic.ts). */
export function checkWindow(period: PeriodKind, window: PeriodWindow): void {
  const { fromDay, toDay, monthOfPeriod } = window;
  const isDay = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
  if (!isDay(fromDay) || !isDay(toDay)) throw invalid('window', 'fromDay and toDay must be days of a month (1..31)');
  if (fromDay > toDay) throw invalid('window.fromDay', `fromDay ${fromDay} is after toDay ${toDay}`);
  if (period === 'week' || period === 'half-month') throw invalid('window', `a window cannot apply to the period "${period}"`);
  const months = MONTHS_IN[period];
  if (months === undefined) {
    if (monthOfPeriod !== undefined) throw invalid('window.monthOfPeriod', 'monthOfPeriod applies only to quarter or year periods');
  } else if (monthOfPeriod === undefined || !Number.isInteger(monthOfPeriod) || monthOfPeriod < 1 || monthOfPeriod > months) {
    throw invalid('window.monthOfPeriod', `a ${period} window needs monthOfPeriod 1..${months}`);
  }
}

/**
 * The part of `range` (a period of kind `period`) inside `window`, or null when they do not meet.
 * Month: days fromDay..toDay of that month. Quarter / year: of its `monthOfPeriod`-th month.
 * Day / working-day: the day itself when its day of the month lies in fromDay..toDay.
 * Days past a month's end are clamped to its last day (toDay 31 in April is April 30).
 */
export function windowOf(period: PeriodKind, range: DateRange, window: PeriodWindow): DateRange | null {
  checkWindow(period, window);
  const [year, startMonth] = partsOf(range.start);
  const month = startMonth + (window.monthOfPeriod ?? 1) - 1;
  const last = lastDayOfMonth(year, month);
  const inMonth: DateRange = {
    start: ymd(year, month, Math.min(window.fromDay, last)),
    end: ymd(year, month, Math.min(window.toDay, last)),
  };
  if (period === 'day' || period === 'working-day') {
    return inMonth.start <= range.start && range.start <= inMonth.end ? { start: range.start, end: range.start } : null;
  }
  return inMonth;
}
