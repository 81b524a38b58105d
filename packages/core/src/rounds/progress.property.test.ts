/** Properties of round progress (C2.2, C7.1, D6), checked against a brute-force minute count. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, shanghaiDate } from '../calendar';
import { PRESETS } from '../policy';
import type { RoundVisit } from './hours';
import { computeRoundProgress, type RoundInput, type RoundProgress } from './progress';
import { roundRulesOf } from './rules';

const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
const rules = roundRulesOf(PRESETS.township, 1);
const MINUTE = 60_000;
/** Shanghai midnight starting 2026-09-30: the generated visits span the end of September to mid-October. */
const BASE = Date.parse('2026-09-30T00:00:00+08:00');
const MEMBERS = [1, 2, 3];
const HOUSEHOLDS = [101, 102, 103, 104, 105];

const visitArb: fc.Arbitrary<RoundVisit> = fc
  .record({
    householdId: fc.constantFrom(...HOUSEHOLDS),
    visitorIds: fc.uniqueArray(fc.constantFrom(1, 2, 3, 9), { minLength: 1, maxLength: 3 }),
    startMinute: fc.integer({ min: 0, max: 18 * 24 * 60 }),
    minutes: fc.integer({ min: 1, max: 12 * 60 }),
    type: fc.constantFrom('routine', 'round', 'three-visits', 'follow-up', 'call'),
  })
  .map(({ householdId, visitorIds, startMinute, minutes, type }) => ({
    id: 0,
    householdId,
    visitorIds,
    startedAt: new Date(BASE + startMinute * MINUTE),
    endedAt: new Date(BASE + (startMinute + minutes) * MINUTE),
    type,
  }));
const visitsArb = fc.array(visitArb, { maxLength: 25 });
const nowArb = fc.integer({ min: 0, max: 20 * 24 * 60 }).map((m) => new Date(BASE + m * MINUTE));

const progressOf = (visits: RoundVisit[], now: Date): RoundProgress => {
  const input: RoundInput = { month: '2026-10', now, rules, calendar, members: MEMBERS, households: HOUSEHOLDS, visits };
  return computeRoundProgress(input);
};

/** Minutes covered by a member's in-person visits on a Shanghai date, counted one by one. */
function bruteHours(visits: RoundVisit[], member: number, date: string): number {
  const covered = new Set<number>();
  for (const v of visits) {
    if (v.type === 'call' || !v.visitorIds.includes(member)) continue;
    for (let t = v.startedAt.getTime(); t < v.endedAt.getTime(); t += MINUTE) if (shanghaiDate(new Date(t)) === date) covered.add(t);
  }
  return covered.size / 60;
}

describe('C7.1 C2.2 D6 round progress properties', () => {
  it('C7.1 hours per member and working day equal the minutes covered by their visits (overlaps merged)', () => {
    fc.assert(
      fc.property(visitsArb, (visits) => {
        const p = progressOf(visits, new Date('2026-10-31T00:00:00Z'));
        for (const [i, m] of p.members.entries()) {
          for (const day of m.days) {
            expect(day.hours).toBeCloseTo(bruteHours(visits, MEMBERS[i], day.date), 9);
            expect(day.met).toBe(day.hours + 1e-9 >= 2);
          }
        }
      }),
    );
  });

  it('D6 adding a visit never lowers hours, days met, visit counts or households reached', () => {
    fc.assert(
      fc.property(visitsArb, visitArb, nowArb, (visits, extra, now) => {
        const before = progressOf(visits, now);
        const after = progressOf([...visits, extra], now);
        for (const [i, m] of before.members.entries()) {
          const a = after.members[i];
          expect(a.hours).toBeGreaterThanOrEqual(m.hours - 1e-9);
          expect(a.visits).toBeGreaterThanOrEqual(m.visits);
          expect(a.daysMet).toBeGreaterThanOrEqual(m.daysMet);
          m.days.forEach((d, j) => expect(a.days[j].hours).toBeGreaterThanOrEqual(d.hours - 1e-9));
        }
        expect(after.round!.reached).toBeGreaterThanOrEqual(before.round!.reached);
      }),
    );
  });

  it('D6 the order of the records does not matter, and the figures stay within their bounds', () => {
    fc.assert(
      fc.property(visitsArb, nowArb, (visits, now) => {
        const p = progressOf(visits, now);
        expect(progressOf([...visits].reverse(), now)).toEqual(p);
        for (const m of p.members) {
          expect(m.daysMet + m.daysMissed).toBeLessThanOrEqual(m.workingDaysSoFar);
          expect(m.workingDaysSoFar).toBeLessThanOrEqual(m.workingDays);
          expect(m.workingDays).toBe(7);
        }
        expect(p.round!.reached + p.round!.notReached.length).toBe(HOUSEHOLDS.length);
        if (p.status === 'done') expect(p.round!.notReached).toEqual([]);
      }),
    );
  });
});
