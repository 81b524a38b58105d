/**
 * Meeting schedules (A4, C2.4, C4, C5.1, C6, D7; API contract `GET /meetings/schedule`): the
 * meetings the policy sets for a month, each on its set day after the D7 shift (a set day that is a
 * rest day or holiday moves to the next working day when the policy says so). Township monthly
 * meetings held as one (D7 `combined`) appear as one `combined-monthly` meeting.
 */
import { addDays, weekday } from '../calendar';
import type { PolicyValues } from '../policy';

/** The type of the meeting that stands for the D7 combined monthly meetings (API contract). */
export const COMBINED_MEETING = 'combined-monthly';

export interface ScheduledMeeting {
  type: string;
  /** The day it is held (after the shift). */
  date: string;
  /** The day the policy sets. */
  setDate: string;
  shifted: boolean;
  rule: string;
  /** For the combined meeting: the meetings it holds. */
  combines?: string[];
}

interface Calendar {
  isWorkday(date: string): boolean;
  workingDayOnOrAfter(date: string): { date: string };
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** Set days in `month` ('YYYY-MM') of one meeting; empty for periods longer than a month. */
function setDays(values: PolicyValues, code: string, month: string, calendar: Calendar): string[] {
  const m = values.meetings!;
  const ob = m.obligations[code];
  const set = m.schedule?.[code];
  const first = `${month}-01`;
  const last = addDays(`${month}-01`, daysIn(month) - 1);
  const dates: string[] = [];
  if (ob.period === 'working-day' || ob.period === 'day') {
    for (let d = first; d <= last; d = addDays(d, 1)) if (ob.period === 'day' || calendar.isWorkday(d)) dates.push(d);
  } else if (ob.period === 'week') {
    const wd = set?.weekday ?? 1;
    for (let d = first; d <= last; d = addDays(d, 1)) if (weekday(d) === wd) dates.push(d);
  } else if (ob.period === 'month' || ob.period === 'half-month') {
    const day = Math.min(set?.day ?? ob.window?.fromDay ?? 1, daysIn(month));
    dates.push(`${month}-${pad(day)}`);
    if (ob.period === 'half-month' && day <= 15) dates.push(`${month}-${pad(Math.min(day + 15, daysIn(month)))}`);
  }
  return dates;
}

export function meetingSchedule(values: PolicyValues, month: string, calendar: Calendar): ScheduledMeeting[] {
  const m = values.meetings;
  if (!m) return [];
  const shift = m.restDayShift.value === 'next-working-day';
  const place = (setDate: string) => {
    const date = shift && !calendar.isWorkday(setDate) ? calendar.workingDayOnOrAfter(setDate).date : setDate;
    return { date, setDate, shifted: date !== setDate };
  };
  const combined = m.combined?.value ? m.combined.meetings.filter((c) => Object.hasOwn(m.obligations, c)) : [];
  const out: ScheduledMeeting[] = [];
  for (const code of Object.keys(m.obligations)) {
    if (combined.includes(code)) continue;
    for (const d of setDays(values, code, month, calendar)) out.push({ type: code, ...place(d), rule: m.obligations[code].rule });
  }
  if (combined.length > 0) {
    const days = combined.flatMap((c) => setDays(values, c, month, calendar)).sort();
    if (days.length > 0) out.push({ type: COMBINED_MEETING, ...place(days[0]), rule: m.combined!.rule, combines: combined });
  }
  // two set days of one meeting shifted onto the same working day (a long holiday) make one meeting
  const unique = out.filter((m, i) => out.findIndex((x) => x.type === m.type && x.date === m.date) === i);
  return unique.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
}
