/** Working-day calendar (D1, D2, D3): public API. */
export * from './types';
export {
  addDays,
  diffDays,
  endOfShanghaiDay,
  isValidDate,
  shanghaiDate,
  startOfShanghaiDay,
  weekday,
} from './dates';
export { createWorkingCalendar } from './calendar';
export { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from './calendar-data';
export { ADJUSTED_WORKDAY_NOTE, parseHolidayNotice, type HolidayNotice, type NoticeHoliday } from './notice';
export { parseHolidayNoticeText } from './notice-text';
export { statutoryHolidays, type StatutoryDay } from './statutory';
