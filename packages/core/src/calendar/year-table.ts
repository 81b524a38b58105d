/**
 * One year of the working calendar as flat arrays, built once and then read by index, so that
 * addWorkingDays over 366 days is a tight integer loop.
 * Precedence (D1): override > library (official arrangement) > law computation > weekends.
 */
import { dayNumberOf, daysInYear, weekdayOfDayNumber } from './dates';
import { libraryHasYear, libraryYear } from './library';
import { statutoryHolidays } from './statutory';
import type { CalendarOverride, DayKind, DaySource, YearStatus } from './types';

export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_ADJUSTED_WORKDAY = 3;
export const KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'adjusted-workday'];

export const SOURCE_LIBRARY = 0;
export const SOURCE_OVERRIDE = 1;
export const SOURCE_COMPUTED = 2;
export const SOURCES: readonly DaySource[] = ['library', 'override', 'computed'];

export interface YearTable {
  year: number;
  status: YearStatus;
  /** Day number of 1 January. */
  firstDay: number;
  /** KIND_* per day of the year (index 0 = 1 January). */
  kinds: Uint8Array;
  /** SOURCE_* per day of the year. */
  sources: Uint8Array;
  /** Holiday name or override note per day (sparse). */
  names: (string | undefined)[];
}

/** Working days are the two "working" kinds. */
export function isWorkingKind(kind: number): boolean {
  return kind === KIND_WORKDAY || kind === KIND_ADJUSTED_WORKDAY;
}

export function yearStatusOf(year: number, confirmedYears: ReadonlySet<number>): YearStatus {
  if (confirmedYears.has(year)) return 'confirmed';
  return libraryHasYear(year) ? 'library' : 'provisional';
}

function fillWeekends(table: YearTable): void {
  for (let i = 0; i < table.kinds.length; i++) {
    table.kinds[i] = weekdayOfDayNumber(table.firstDay + i) >= 6 ? KIND_WEEKEND : KIND_WORKDAY;
  }
}

function applyLibrary(table: YearTable): void {
  const entries = libraryYear(table.year);
  entries.forEach((entry, i) => {
    if (!entry) return;
    const weekend = table.kinds[i] === KIND_WEEKEND;
    table.kinds[i] = entry.work ? (weekend ? KIND_ADJUSTED_WORKDAY : KIND_WORKDAY) : KIND_HOLIDAY;
    table.names[i] = entry.name;
  });
}

function applyStatutory(table: YearTable): void {
  for (const holiday of statutoryHolidays(table.year)) {
    const i = dayNumberOf(table.year, Number(holiday.date.slice(5, 7)), Number(holiday.date.slice(8, 10))) - table.firstDay;
    table.kinds[i] = KIND_HOLIDAY;
    table.names[i] = holiday.name;
  }
}

/** `overrides` must hold only valid dates of `table.year`. */
function applyOverrides(table: YearTable, overrides: readonly CalendarOverride[]): void {
  for (const row of overrides) {
    const i = dayNumberOf(table.year, Number(row.date.slice(5, 7)), Number(row.date.slice(8, 10))) - table.firstDay;
    const weekend = weekdayOfDayNumber(table.firstDay + i) >= 6;
    if (row.kind === 'holiday') table.kinds[i] = KIND_HOLIDAY;
    else table.kinds[i] = weekend ? KIND_ADJUSTED_WORKDAY : KIND_WORKDAY;
    const note = row.note.trim();
    // A holiday override without a note keeps the name it had; a workday one drops it.
    if (note) table.names[i] = note;
    else if (row.kind === 'workday') table.names[i] = undefined;
    table.sources[i] = SOURCE_OVERRIDE;
  }
}

export function buildYearTable(year: number, status: YearStatus, overrides: readonly CalendarOverride[]): YearTable {
  const length = daysInYear(year);
  const fromLibrary = libraryHasYear(year);
  const table: YearTable = {
    year,
    status,
    firstDay: dayNumberOf(year, 1, 1),
    kinds: new Uint8Array(length),
    sources: new Uint8Array(length).fill(fromLibrary ? SOURCE_LIBRARY : SOURCE_COMPUTED),
    names: [],
  };
  fillWeekends(table);
  if (fromLibrary) applyLibrary(table);
  else applyStatutory(table);
  applyOverrides(table, overrides);
  return table;
}
