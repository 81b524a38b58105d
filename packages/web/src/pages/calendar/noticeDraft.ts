/** A first draft of a year's official notice, taken from the days the server currently shows. */
import type { CalendarDay, HolidayRange } from '../../api/types';

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Consecutive holiday days with the same name become one range. */
export function holidayRanges(days: readonly CalendarDay[]): HolidayRange[] {
  const ranges: HolidayRange[] = [];
  const holidays = days.filter((d) => d.kind === 'holiday').sort((a, b) => a.date.localeCompare(b.date));
  for (const d of holidays) {
    const last = ranges[ranges.length - 1];
    const name = d.name ?? '';
    if (last && nextDate(last.to) === d.date && last.name === name) last.to = d.date;
    else ranges.push({ name, from: d.date, to: d.date });
  }
  return ranges;
}

export function adjustedWorkdays(days: readonly CalendarDay[]): string[] {
  return days
    .filter((d) => d.kind === 'adjusted-workday')
    .map((d) => d.date)
    .sort();
}
