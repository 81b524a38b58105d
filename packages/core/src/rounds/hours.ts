/**
 * Visiting hours of team members (C7.1, D6): the time a member spent on in-person visits, per
 * Asia/Shanghai date. Overlapping visits of one member (two households visited at once, a visit
 * recorded twice) are merged, never double counted; a visit past midnight is split at midnight.
 */
import { shanghaiDate } from '../calendar';
import { mergedLength, splitByDate, type Interval } from '../households/visit-hours';
import { isInPersonVisit } from '../households/visit-status';
import { invalid, type DateRange } from '../obligations/periods';
import type { SubjectId } from '../obligations/types';

/** A visit as the round sees it: the household, who went, when, and the visit type. */
export interface RoundVisit {
  id: SubjectId;
  householdId: SubjectId;
  visitorIds: readonly SubjectId[];
  startedAt: Date;
  endedAt: Date;
  /** Only in-person types count (`call` is a contact, D5). */
  type: string;
}

export interface MemberTally {
  /** Hours per date (merged), for dates inside the range. */
  hoursByDate: Map<string, number>;
  /** In-person visits whose start date lies inside the range. */
  visits: number;
}

const HOUR_MS = 3_600_000;

function checkVisit(v: RoundVisit, index: number): void {
  const s = v.startedAt?.getTime?.();
  const e = v.endedAt?.getTime?.();
  if (!Number.isFinite(s) || !Number.isFinite(e)) throw invalid(`visits[${index}]`, 'a visit needs valid startedAt and endedAt instants');
  if (e < s) throw invalid(`visits[${index}].endedAt`, 'endedAt must not be before startedAt');
}

/** Total length of a union of intervals, in hours. */
export function mergedHours(intervals: readonly Interval[]): number {
  return mergedLength(intervals) / HOUR_MS;
}

/**
 * For each member: merged hours per date inside `range` and the number of in-person visits that
 * started inside it. Members without visits get an empty tally. O(visits × visitors + pieces log pieces).
 */
export function tallyMembers(members: readonly SubjectId[], visits: readonly RoundVisit[], range: DateRange): Map<SubjectId, MemberTally> {
  const pieces = new Map<SubjectId, Map<string, Interval[]>>();
  const tallies = new Map<SubjectId, MemberTally>();
  for (const m of members) {
    pieces.set(m, new Map());
    tallies.set(m, { hoursByDate: new Map(), visits: 0 });
  }
  visits.forEach((v, index) => {
    checkVisit(v, index);
    if (!isInPersonVisit(v.type)) return;
    const startDate = shanghaiDate(v.startedAt);
    const split = splitByDate(v.startedAt.getTime(), v.endedAt.getTime());
    for (const visitor of new Set(v.visitorIds)) {
      const own = pieces.get(visitor);
      if (!own) continue;
      if (range.start <= startDate && startDate <= range.end) tallies.get(visitor)!.visits++;
      for (const [date, interval] of split) {
        if (date < range.start || date > range.end) continue;
        const day = own.get(date);
        if (day) day.push(interval);
        else own.set(date, [interval]);
      }
    }
  });
  for (const [member, byDate] of pieces) {
    const hours = tallies.get(member)!.hoursByDate;
    for (const date of [...byDate.keys()].sort()) hours.set(date, mergedHours(byDate.get(date)!));
  }
  return tallies;
}
