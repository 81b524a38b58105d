/**
 * The deadline rule (A3.4, C5.2, D1-D3): pure, the calendar is an argument.
 *
 * - working days (A3.4, D2): day 1 is the first working day strictly after the Asia/Shanghai day
 *   of receipt; the case is due at the end (23:59:59.999+08:00) of the Nth working day;
 * - calendar days (C5.2, D3): Civil Code arts. 201/203: day N is the day of receipt + N, moved to
 *   the next working day when it is a rest day or holiday; due at the end of that day.
 *
 * Intake is never refused for calendar reasons: a year without confirmed data gives
 * `provisional: true` and the server recomputes once the year is confirmed.
 */
import { endOfShanghaiDay, shanghaiDate, type WorkingCalendar } from '../calendar';
import type { DayLimitValue } from '../policy';

export interface DeadlineResult {
  deadline: Date;
  provisional: boolean;
}

export function computeDeadline(receivedAt: Date, limit: DayLimitValue, calendar: WorkingCalendar): DeadlineResult {
  const day = shanghaiDate(receivedAt);
  const result = limit.unit === 'working-days' ? calendar.addWorkingDays(day, limit.value) : calendar.civilDeadlineDate(day, limit.value);
  return { deadline: endOfShanghaiDay(result.date), provisional: result.provisional };
}
