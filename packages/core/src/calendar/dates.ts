/**
 * Asia/Shanghai calendar-date helpers (D2, D3, D5). Dates are 'YYYY-MM-DD' strings in Asia/Shanghai.
 *
 * Shanghai has had a fixed UTC+08:00 offset with no DST since 1991, so instants are converted
 * with plain arithmetic: the result never depends on the process TZ and no Intl call is needed.
 * Internally dates are "day numbers": whole days since 1970-01-01 (proleptic Gregorian), computed
 * with H. Hinnant's civil-from-days algorithms, so hot loops do integer arithmetic only.
 */
import { DomainError, ErrorCodes } from '../errors';

export const DAY_MS = 86_400_000;
/** Asia/Shanghai offset from UTC (fixed since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a civil date; month 1..12. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil [year, month, day] of a day number. */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

/** 'YYYY-MM-DD' of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const [y, m, d] = civilOf(dayNumber);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** True for a real calendar date written 'YYYY-MM-DD' (years 0001..9999); rejects 2026-02-30. */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a 'YYYY-MM-DD' date; throws VALIDATION_FAILED (details name `path`) when invalid. */
export function parseDate(date: string, path = 'date'): number {
  if (!isValidDate(date)) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, `${path} must be a real date written YYYY-MM-DD`, [
      { path, message: `not a valid YYYY-MM-DD date: ${JSON.stringify(date)}` },
    ]);
  }
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** ISO weekday of a day number: 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday of a date: 1 = Monday .. 7 = Sunday. */
export function weekday(date: string): number {
  return weekdayOfDayNumber(parseDate(date));
}

/** The date `n` calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'n must be an integer', [{ path: 'n', message: 'not an integer' }]);
  }
  return formatDayNumber(parseDate(date) + n);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return parseDate(to, 'to') - parseDate(from, 'from');
}

/** The Asia/Shanghai calendar date of an instant, whatever the process TZ. */
export function shanghaiDate(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'instant is not a valid Date', [{ path: 'instant', message: 'invalid Date' }]);
  }
  return formatDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00:00.000+08:00 of a Shanghai date. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(parseDate(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999+08:00 of a Shanghai date: the instant a day-based deadline ends (D2, D3). */
export function endOfShanghaiDay(date: string): Date {
  return new Date((parseDate(date) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}
