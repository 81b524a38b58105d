/** Visiting hours (C7.1, D6): merged per member and Shanghai date. */
import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-helpers';
import { mergedHours, tallyMembers, type RoundVisit } from './hours';

const H = 3_600_000;
const v = (visitorIds: number[], start: string, hours: number, type = 'routine'): RoundVisit => {
  const startedAt = new Date(`${start}+08:00`);
  return { id: 1, householdId: 1, visitorIds, startedAt, endedAt: new Date(startedAt.getTime() + hours * H), type };
};

describe('C7.1 visiting hours', () => {
  it('C7.1 merges overlapping and nested intervals; touching ones add up', () => {
    expect(
      mergedHours([
        [0, 2 * H],
        [H, 3 * H],
        [1.5 * H, 2 * H],
      ]),
    ).toBe(3);
    expect(
      mergedHours([
        [0, H],
        [H, 2 * H],
        [5 * H, 5.5 * H],
      ]),
    ).toBe(2.5);
    expect(mergedHours([])).toBe(0);
  });

  it('C7.1 a member listed twice on a visit counts it once; other people and calls do not count', () => {
    // … dates outside the range are left out
    const tallies = tallyMembers(
      [1, 2],
      [
        v([1, 1], '2026-10-08T09:00:00', 1),
        v([3], '2026-10-08T09:00:00', 4),
        v([2], '2026-10-08T09:00:00', 4, 'call'),
        v([1], '2026-10-16T09:00:00', 2),
        v([1], '2026-09-30T23:00:00', 2),
      ],
      { start: '2026-10-01', end: '2026-10-15' },
    );
    expect([...tallies.get(1)!.hoursByDate]).toEqual([
      ['2026-10-01', 1],
      ['2026-10-08', 1],
    ]);
    expect(tallies.get(1)!.visits).toBe(1); // the visit started on 30 September lies outside the window
    expect(tallies.get(2)).toEqual({ hoursByDate: new Map(), visits: 0 });
  });

  it('C7.1 a visit without valid times is VALIDATION_FAILED naming it', () => {
    const bad = { ...v([1], '2026-10-08T09:00:00', 1), endedAt: new Date(Number.NaN) };
    expect(errorOf(() => tallyMembers([1], [bad], { start: '2026-10-01', end: '2026-10-15' })).details).toEqual([
      { path: 'visits[0]', message: 'a visit needs valid startedAt and endedAt instants' },
    ]);
  });
});
