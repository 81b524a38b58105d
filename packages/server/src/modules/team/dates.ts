/** Dates and months in team-operation queries and bodies: real calendar days within the calendar's years, else 400. */
import { isValidDate, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '@gridwork/core/calendar';
import { throwIfAny, type FieldProblem } from '../households/resident-input';

const inRange = (year: number) => year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;

/** Each `[field, value]` that is set must be a real date ('YYYY-MM-DD'), a month ('YYYY-MM') or a year ('YYYY') the calendar knows. */
export function checkDates(fields: Array<[string, string | number | undefined]>): void {
  const problems: FieldProblem[] = [];
  for (const [field, raw] of fields) {
    if (raw === undefined) continue;
    const value = String(raw);
    const year = Number(value.slice(0, 4));
    const ok =
      inRange(year) &&
      (value.length === 4 || (value.length === 7 && isValidDate(`${value}-01`)) || (value.length === 10 && isValidDate(value)));
    if (!ok)
      problems.push({ field, problem: 'not-a-date', message: `not a real date between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}` });
  }
  throwIfAny(problems);
}

/** Each `[field, value]` instant (ISO 8601, checked by the schema) must fall in a year the calendar knows (Asia/Shanghai). */
export function checkInstants(fields: Array<[string, string | undefined]>): void {
  throwIfAny(
    fields.flatMap(([field, value]) => {
      if (value === undefined) return [];
      const ms = Date.parse(value);
      const year = Number.isFinite(ms) ? new Date(ms + 8 * 3_600_000).getUTCFullYear() : Number.NaN;
      return inRange(year)
        ? []
        : [{ field, problem: 'out-of-range', message: `must lie between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}` }];
    }),
  );
}
