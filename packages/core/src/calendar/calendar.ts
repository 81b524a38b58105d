/**
 * The working-day calendar (D1): weekends, the official arrangement (library or an admin-loaded
 * notice), the law for years without one, and the admin override table, which always wins.
 * Pure: no IO, no clock. Year tables are built lazily, once per calendar and year.
 */
import { civilOf, formatDayNumber, parseDate } from './dates';
import { checkDayCount, checkYear, checkYearInRange, prepareCalendarData } from './calendar-data';
import { buildYearTable, isWorkingKind, KINDS, SOURCES, SOURCE_OVERRIDE, yearStatusOf, type YearTable } from './year-table';
import type { CalendarResult, DayInfo, WorkingCalendar, WorkingCalendarData, YearStatus } from './types';

/** Walks day numbers forward, switching year tables only at year boundaries. */
class DayCursor {
  private table: YearTable;
  private index: number;
  /** True once the cursor has stood on a day of a provisional year. */
  provisional = false;

  constructor(
    private readonly tableOf: TableOf,
    public day: number,
  ) {
    this.table = tableOf(civilOf(day)[0]);
    this.index = day - this.table.firstDay;
    this.note();
  }

  get working(): boolean {
    return isWorkingKind(this.table.kinds[this.index]);
  }

  next(): void {
    this.day++;
    this.index++;
    if (this.index >= this.table.kinds.length) {
      this.table = this.tableOf(this.table.year + 1);
      this.index = 0;
      this.note();
    }
  }

  private note(): void {
    if (this.table.status === 'provisional') this.provisional = true;
  }
}

function dayInfoOf(table: YearTable, index: number): DayInfo {
  const kind = table.kinds[index];
  const source = table.sources[index];
  const info: DayInfo = {
    date: formatDayNumber(table.firstDay + index),
    workday: isWorkingKind(kind),
    kind: KINDS[kind],
    source: SOURCES[source],
    // An override is the admin's word on that day; everything else in a provisional year is computed.
    provisional: table.status === 'provisional' && source !== SOURCE_OVERRIDE,
  };
  const name = table.names[index];
  if (name !== undefined) info.name = name;
  return info;
}

type TableOf = (year: number) => YearTable;

/** Lazily built, cached year tables of one calendar. */
function yearTables(data: WorkingCalendarData): { tableOf: TableOf; status: (year: number) => YearStatus } {
  const { overridesByYear, confirmedYears } = prepareCalendarData(data);
  const tables = new Map<number, YearTable>();
  const tableOf = (year: number): YearTable => {
    let table = tables.get(year);
    if (!table) {
      checkYearInRange(year, 'year');
      table = buildYearTable(year, yearStatusOf(year, confirmedYears), overridesByYear.get(year) ?? []);
      tables.set(year, table);
    }
    return table;
  };
  return { tableOf, status: (year) => yearStatusOf(year, confirmedYears) };
}

function locate(tableOf: TableOf, date: string, path: string): { table: YearTable; index: number } {
  const day = parseDate(date, path);
  const table = tableOf(civilOf(day)[0]);
  return { table, index: day - table.firstDay };
}

/** Moves the cursor forward until it stands on a working day. */
function toWorkingDay(cursor: DayCursor): CalendarResult {
  while (!cursor.working) cursor.next();
  return { date: formatDayNumber(cursor.day), provisional: cursor.provisional };
}

function addWorkingDays(tableOf: TableOf, from: string, n: number): CalendarResult {
  const start = parseDate(from, 'from');
  checkDayCount(n, 'days');
  // Day 1 is the first working day strictly after `from` (D2); every day walked is a counted day.
  const cursor = new DayCursor(tableOf, start + 1);
  for (let counted = cursor.working ? 1 : 0; counted < n; ) {
    cursor.next();
    if (cursor.working) counted++;
  }
  return { date: formatDayNumber(cursor.day), provisional: cursor.provisional };
}

function civilDeadlineDate(tableOf: TableOf, receivedDate: string, days: number): CalendarResult {
  const received = parseDate(receivedDate, 'receivedDate');
  checkDayCount(days, 'days');
  // Art. 201: the period starts the day after receipt, so day N is receipt + N. Art. 203: a last
  // day that is a rest day or holiday moves to the next working day (an adjusted Saturday works).
  // Only the days from the nominal last day on are looked up, so only they can be provisional.
  return toWorkingDay(new DayCursor(tableOf, received + days));
}

export function createWorkingCalendar(data: WorkingCalendarData): WorkingCalendar {
  const { tableOf, status } = yearTables(data);
  return {
    dayInfo: (date) => {
      const { table, index } = locate(tableOf, date, 'date');
      return dayInfoOf(table, index);
    },
    isWorkday: (date) => {
      const { table, index } = locate(tableOf, date, 'date');
      return isWorkingKind(table.kinds[index]);
    },
    addWorkingDays: (from, n) => addWorkingDays(tableOf, from, n),
    workingDayOnOrAfter: (date) => toWorkingDay(new DayCursor(tableOf, parseDate(date, 'date'))),
    civilDeadlineDate: (receivedDate, days) => civilDeadlineDate(tableOf, receivedDate, days),
    yearStatus: (year) => {
      checkYear(year);
      return status(year);
    },
    daysOfYear: (year) => {
      checkYear(year);
      const table = tableOf(year);
      return Array.from(table.kinds, (_, index) => dayInfoOf(table, index));
    },
  };
}
