/** Types of the working-day calendar (D1, D2, D3). Dates are 'YYYY-MM-DD' in Asia/Shanghai. */

/** One row of the admin-editable override table: an override always wins over library and law. */
export interface CalendarOverride {
  date: string;
  kind: 'workday' | 'holiday';
  note: string;
}

export interface WorkingCalendarData {
  overrides: CalendarOverride[];
  /** Years an admin confirmed by loading the official State Council notice. */
  confirmedYears: number[];
}

/**
 * - `workday`: an ordinary Monday-Friday working day (or a weekday an override made working);
 * - `weekend`: Saturday or Sunday without any arrangement;
 * - `holiday`: a day off by a statutory holiday, its 调休 block, a make-up day (补假) or an override;
 * - `adjusted-workday`: a Saturday or Sunday that is a working day (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/** Where a day's status comes from. */
export type DaySource = 'library' | 'override' | 'computed';

/**
 * - `confirmed`: an admin loaded the official notice for the year;
 * - `library`: the `chinese-days` package holds the official arrangement for the year;
 * - `provisional`: neither; weekends and the holidays fixed by law are computed (D1, API contract).
 */
export type YearStatus = 'confirmed' | 'library' | 'provisional';

export interface DayInfo {
  date: string;
  workday: boolean;
  kind: DayKind;
  /** Holiday name in Chinese (国庆节, 春节补假 ...) or the override's note, where known. */
  name?: string;
  source: DaySource;
  /** True when the day's status is computed for a year without confirmed official data. */
  provisional: boolean;
}

/** A calendar date and whether any day it depends on lies in a year without confirmed data. */
export interface CalendarResult {
  date: string;
  provisional: boolean;
}

export interface WorkingCalendar {
  dayInfo(date: string): DayInfo;
  isWorkday(date: string): boolean;
  /** Day 1 is the first working day strictly after `from` (A3.4, D2); n is an integer 1..366. */
  addWorkingDays(from: string, n: number): CalendarResult;
  /** `date` itself when it is a working day, else the next working day (D3, D7). */
  workingDayOnOrAfter(date: string): CalendarResult;
  /** Civil Code arts. 201/203 day limit (C5.2, D3); days is an integer 1..366. */
  civilDeadlineDate(receivedDate: string, days: number): CalendarResult;
  yearStatus(year: number): YearStatus;
  /** Every day of the year, for the calendar page. */
  daysOfYear(year: number): DayInfo[];
}
