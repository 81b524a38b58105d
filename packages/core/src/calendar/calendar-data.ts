/** Validation of the calendar's input data and arguments (VALIDATION_FAILED, CALENDAR_UNKNOWN). */
import { DomainError, ErrorCodes } from '../errors';
import { isValidDate } from './dates';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './library';
import type { CalendarOverride, WorkingCalendarData } from './types';

/** Years the calendar can compute: the range of the package's lunar tables. */
export const MIN_CALENDAR_YEAR = LUNAR_MIN_YEAR;
export const MAX_CALENDAR_YEAR = LUNAR_MAX_YEAR;

export interface Issue {
  path: string;
  message: string;
}

export function validationError(message: string, details: Issue[]): DomainError {
  return new DomainError(ErrorCodes.VALIDATION_FAILED, message, details);
}

export interface PreparedCalendarData {
  overridesByYear: Map<number, CalendarOverride[]>;
  confirmedYears: Set<number>;
}

function checkOverride(row: unknown, path: string, seen: Map<string, string>, issues: Issue[]): row is CalendarOverride {
  if (typeof row !== 'object' || row === null) {
    issues.push({ path, message: 'must be an object { date, kind, note }' });
    return false;
  }
  const { date, kind, note } = row as Record<string, unknown>;
  const before = issues.length;
  if (!isValidDate(date)) issues.push({ path: `${path}.date`, message: 'must be a real date written YYYY-MM-DD' });
  else if (seen.has(date)) issues.push({ path: `${path}.date`, message: `${date} is already overridden by ${seen.get(date)}` });
  else seen.set(date, path);
  if (kind !== 'workday' && kind !== 'holiday') issues.push({ path: `${path}.kind`, message: "must be 'workday' or 'holiday'" });
  if (typeof note !== 'string') issues.push({ path: `${path}.note`, message: 'must be a string' });
  return issues.length === before;
}

/** Checks the override table and confirmed years; groups overrides by year. */
export function prepareCalendarData(data: WorkingCalendarData): PreparedCalendarData {
  const issues: Issue[] = [];
  const overridesByYear = new Map<number, CalendarOverride[]>();
  const seen = new Map<string, string>();
  const rows: unknown = data?.overrides;
  if (!Array.isArray(rows)) issues.push({ path: 'overrides', message: 'must be an array' });
  else {
    rows.forEach((row: unknown, i) => {
      if (!checkOverride(row, `overrides[${i}]`, seen, issues)) return;
      const year = Number(row.date.slice(0, 4));
      const list = overridesByYear.get(year) ?? [];
      list.push(row);
      overridesByYear.set(year, list);
    });
  }
  const years: unknown = data?.confirmedYears;
  if (!Array.isArray(years)) issues.push({ path: 'confirmedYears', message: 'must be an array' });
  else {
    years.forEach((year: unknown, i) => {
      if (!Number.isInteger(year)) issues.push({ path: `confirmedYears[${i}]`, message: 'must be an integer year' });
    });
  }
  if (issues.length > 0) throw validationError('invalid calendar data', issues);
  return { overridesByYear, confirmedYears: new Set(years as number[]) };
}

/** Throws CALENDAR_UNKNOWN when `year` lies outside the computable range. */
export function checkYearInRange(year: number, path: string): void {
  if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    throw new DomainError(
      ErrorCodes.CALENDAR_UNKNOWN,
      `the working calendar covers ${MIN_CALENDAR_YEAR}..${MAX_CALENDAR_YEAR}; ${year} is outside it`,
      [{ path, message: `year ${year} is outside ${MIN_CALENDAR_YEAR}..${MAX_CALENDAR_YEAR}` }],
    );
  }
}

/** Throws VALIDATION_FAILED unless `value` is an integer in 1..max (details name `path`). */
export function checkDayCount(value: unknown, path: string, max = 366): asserts value is number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
    throw validationError(`${path} must be an integer from 1 to ${max}`, [
      { path, message: `must be an integer from 1 to ${max}, got ${JSON.stringify(value)}` },
    ]);
  }
}

/** Throws VALIDATION_FAILED unless `value` is an integer year. */
export function checkYear(value: unknown, path = 'year'): asserts value is number {
  if (!Number.isInteger(value)) {
    throw validationError(`${path} must be an integer year`, [{ path, message: `not an integer: ${JSON.stringify(value)}` }]);
  }
}
