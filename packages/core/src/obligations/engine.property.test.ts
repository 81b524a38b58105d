/** Properties of the obligation engine (D9), checked against an independent brute-force recount. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar } from '../calendar';
import { evaluate, evaluateMany } from './engine';
import { periodOf } from './periods';
import type { EngineObligation, EvaluateOptions, Evaluation, ObligationRecord } from './types';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const OBLIGATIONS: EngineObligation[] = [
  { id: 'weekly', count: 1, period: 'week' },
  { id: 'twice-monthly', count: 2, period: 'month' },
  { id: 'half-month', count: 1, period: 'half-month' },
  { id: 'quarterly', count: 2, period: 'quarter' },
  { id: 'round', count: 1, period: 'quarter', window: { monthOfPeriod: 1, fromDay: 1, toDay: 15 } },
  { id: 'mid-month', count: 3, period: 'month', window: { fromDay: 10, toDay: 31 } },
  { id: 'daily', count: 1, period: 'day' },
  { id: 'hours', count: 1, period: 'working-day', window: { fromDay: 1, toDay: 15 }, minHours: 2 },
  { id: 'yearly-hours', count: 4, period: 'year', window: { monthOfPeriod: 3, fromDay: 1, toDay: 20 }, minHours: 1.5 },
];

const DAY_MS = 86_400_000;
const BASE = '2026-01-01';
const dateArb = fc.integer({ min: 0, max: 200 }).map((n) => addDays(BASE, n));
const recordArb: fc.Arbitrary<ObligationRecord> = fc
  .record({
    subjectId: fc.constantFrom(1, 2, 3),
    countsToward: fc.boolean(),
    hours: fc.option(
      fc.integer({ min: 0, max: 8 }).map((h) => h / 2),
      { nil: undefined },
    ),
    day: fc.integer({ min: 0, max: 200 }),
    ms: fc.option(fc.integer({ min: 0, max: DAY_MS - 1 }), { nil: undefined }),
  })
  .map(({ subjectId, countsToward, hours, day, ms }) => {
    const base = { subjectId, countsToward, ...(hours !== undefined ? { hours } : {}) };
    if (ms === undefined) return { ...base, date: addDays(BASE, day) };
    // An instant: Shanghai midnight of the day (16:00 UTC the day before) plus ms.
    return { ...base, at: new Date(Date.parse(`${addDays(BASE, day)}T00:00:00+08:00`) + ms) };
  });
const recordsArb = fc.array(recordArb, { maxLength: 40 });
const optsArb = fc
  .record({ onePerDay: fc.boolean(), warnShare: fc.constantFrom(0.5, 0.8, 1) })
  .map((o): EvaluateOptions => ({ ...o, calendar }));
const obligationArb = fc.constantFrom(...OBLIGATIONS);

/** Shanghai date of a record, computed independently (fixed +08:00, via the ISO string). */
const dateOfRecord = (r: ObligationRecord) => r.date ?? new Date(r.at!.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The dates of the period containing asOf that the obligation counts, enumerated day by day. */
function spanDates(ob: EngineObligation, asOf: string): { dates: string[]; inWindow: boolean } {
  const period = periodOf(ob.period, asOf);
  const all: string[] = [];
  for (let d = period.start; d <= period.end; d = addDays(d, 1)) all.push(d);
  if (!ob.window) return { dates: all, inWindow: true };
  const firstMonth = Number(period.start.slice(5, 7)) + (ob.window.monthOfPeriod ?? 1) - 1;
  const lastDayOf = (d: string) => Number(periodOf('month', d).end.slice(8));
  const dates = all.filter((d) => {
    const day = Number(d.slice(8));
    const fromDay = Math.min(ob.window!.fromDay, lastDayOf(d));
    const toDay = Math.min(ob.window!.toDay, lastDayOf(d));
    return (ob.period === 'day' || ob.period === 'working-day' || Number(d.slice(5, 7)) === firstMonth) && day >= fromDay && day <= toDay;
  });
  return dates.length > 0 ? { dates, inWindow: true } : { dates: all, inWindow: false };
}

function bruteForce(ob: EngineObligation, subject: number, records: ObligationRecord[], asOf: string, opts: EvaluateOptions) {
  const { dates, inWindow } = spanDates(ob, asOf);
  const counted = records.filter(
    (r) => r.subjectId === subject && r.countsToward && dates.includes(dateOfRecord(r)) && dateOfRecord(r) <= asOf,
  );
  const enough = (h: number) => ob.minHours === undefined || h + 1e-9 >= ob.minHours;
  let done: number;
  if (opts.onePerDay === false) done = counted.filter((r) => enough(r.hours ?? 0)).length;
  else {
    const byDay = new Map<string, number>();
    for (const r of counted) byDay.set(dateOfRecord(r), (byDay.get(dateOfRecord(r)) ?? 0) + (r.hours ?? 0));
    done = [...byDay.values()].filter(enough).length;
  }
  const applies = inWindow && (ob.period !== 'working-day' || calendar.isWorkday(asOf));
  const required = applies ? ob.count : 0;
  const elapsed = dates.filter((d) => d <= asOf).length;
  const status =
    done >= required
      ? 'met'
      : asOf >= dates.at(-1)!
        ? 'overdue'
        : elapsed >= (opts.warnShare ?? 0.8) * dates.length - 1e-9
          ? 'at-risk'
          : 'due';
  return { required, done, remaining: Math.max(0, required - done), status, applies };
}

const pickCore = (r: Evaluation) => ({ required: r.required, done: r.done, remaining: r.remaining, status: r.status, applies: r.applies });

describe('obligation engine properties', () => {
  it('D9 results equal a brute-force recount from the records', () => {
    fc.assert(
      fc.property(obligationArb, recordsArb, dateArb, optsArb, fc.constantFrom(1, 2, 3), (ob, records, asOf, opts, subject) => {
        expect(pickCore(evaluate(ob, subject, records, asOf, opts))).toEqual(bruteForce(ob, subject, records, asOf, opts));
      }),
      { numRuns: 400 },
    );
  });

  it('D9 adding a record never lowers done', () => {
    fc.assert(
      fc.property(obligationArb, recordsArb, recordArb, dateArb, optsArb, (ob, records, extra, asOf, opts) => {
        const before = evaluate(ob, extra.subjectId, records, asOf, opts);
        const after = evaluate(ob, extra.subjectId, [...records, extra], asOf, opts);
        expect(after.done).toBeGreaterThanOrEqual(before.done);
      }),
    );
  });

  it('D9 moving the date forward within a period never turns overdue back into due, nor met into unmet', () => {
    fc.assert(
      fc.property(
        obligationArb.filter((o) => o.period !== 'working-day' && o.period !== 'day'),
        recordsArb,
        dateArb,
        fc.nat(120),
        optsArb,
        (ob, records, asOf, step, opts) => {
          const period = periodOf(ob.period, asOf);
          const later = addDays(asOf, step) <= period.end ? addDays(asOf, step) : period.end;
          const [a, b] = [evaluate(ob, 1, records, asOf, opts), evaluate(ob, 1, records, later, opts)];
          if (a.status === 'overdue') expect(b.status).toBe('overdue');
          if (a.status === 'met') expect(b.status).toBe('met');
          expect(b.done).toBeGreaterThanOrEqual(a.done);
        },
      ),
    );
  });

  it('D5 D9 with one per day, done never exceeds the number of distinct record days', () => {
    fc.assert(
      fc.property(obligationArb, recordsArb, dateArb, (ob, records, asOf) => {
        const days = new Set(records.filter((r) => r.subjectId === 1).map(dateOfRecord)).size;
        expect(evaluate(ob, 1, records, asOf, { calendar }).done).toBeLessThanOrEqual(days);
      }),
    );
  });

  it('D9 evaluateMany equals evaluating each subject alone', () => {
    fc.assert(
      fc.property(obligationArb, recordsArb, dateArb, optsArb, (ob, records, asOf, opts) => {
        const subjects = [3, 1, 2, 4];
        expect(evaluateMany(ob, subjects, records, asOf, opts)).toEqual(subjects.map((s) => evaluate(ob, s, records, asOf, opts)));
      }),
    );
  });

  it('D9 suggestedNext lies in the days left of the period or window, after the date', () => {
    fc.assert(
      fc.property(obligationArb, recordsArb, dateArb, optsArb, (ob, records, asOf, opts) => {
        const r = evaluate(ob, 1, records, asOf, opts);
        const span = r.window ?? r.period;
        if (r.status === 'met' || r.status === 'overdue') expect(r.suggestedNext).toBeNull();
        else expect(r.suggestedNext! > asOf && r.suggestedNext! >= span.start && r.suggestedNext! <= span.end).toBe(true);
      }),
    );
  });
});
