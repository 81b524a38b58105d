/**
 * Demo households (see demo-households.ts), phase 2 for the street: each household's visits over
 * the past months by its grid's worker, period by period of its class (A7.2, D5) as the policy in
 * force sets them. A worker's diligence decides how often a period is met; the skew decides
 * whether visits come early in a period (ahead) or late (behind), so the current period is partly
 * done. Some contacts are calls (never counted), some visits are extra follow-ups.
 */
import { addDays, diffDays } from '@gridwork/core/calendar';
import type { Rng } from '@gridwork/core/demo';
import { applyOverride, deriveVisitClass, findVisitRequirement, type HouseholdMember, type VisitClass } from '@gridwork/core/households';
import { periodOf } from '@gridwork/core/obligations';
import type { PolicyValues } from '@gridwork/core/policy';
import type { HouseholdPlan, PeoplePlan } from './demo-households-plan';

/** A grid worker as the demo plays them: share of periods met, and where in a period visits fall. */
export interface WorkerStyle {
  id: number;
  diligence: number;
  /** > 1 early in the period (ahead), < 1 late (behind). */
  skew: number;
  /** Share of periods with an extra phone contact. */
  calls: number;
  /** Accounts that sometimes come along (the grid leader). */
  companions: number[];
  /** Town: reaches only part of the grid in a round. */
  behind: boolean;
}

export interface VisitDraft {
  householdIdx: number;
  date: string;
  type: 'routine' | 'round' | 'three-visits' | 'follow-up' | 'call';
  minutes: number;
  visitorIds: number[];
}

export interface PlanDates {
  today: string;
  windowStart: string;
  /** The working days from the window start to the end of today's longest period, ascending. */
  workdays: string[];
}

/** The working days from `windowStart` to 100 days after `today`. */
export function planDates(today: string, windowStart: string, isWorkday: (date: string) => boolean): PlanDates {
  const workdays: string[] = [];
  for (let d = windowStart, end = addDays(today, 100); d <= end; d = addDays(d, 1)) if (isWorkday(d)) workdays.push(d);
  return { today, windowStart, workdays };
}

/** Index of the first element of the ascending `list` that is >= `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Members of household `idx` on `date` (joined, not yet left), for its class then. */
export function membersOn(plan: PeoplePlan, byHousehold: Map<number, number[]>, idx: number, date: string): HouseholdMember[] {
  const list: HouseholdMember[] = [];
  for (const k of byHousehold.get(idx) ?? []) {
    const m = plan.memberships[k];
    if (m.joinedOn > date || (m.left && m.left.on <= date)) continue;
    const r = plan.residents[m.residentIdx];
    list.push({ birthDate: r.birthDate, tags: r.tags });
  }
  return list;
}

/** Memberships by household index. */
export function membershipsByHousehold(plan: PeoplePlan): Map<number, number[]> {
  const map = new Map<number, number[]>();
  plan.memberships.forEach((m, k) => map.set(m.householdIdx, [...(map.get(m.householdIdx) ?? []), k]));
  return map;
}

export function classOn(plan: PeoplePlan, byHousehold: Map<number, number[]>, idx: number, date: string): VisitClass {
  const h = plan.households[idx];
  const override =
    h.override && h.override.on <= date ? { visitClass: h.override.visitClass as VisitClass, reason: h.override.reason } : null;
  return applyOverride(deriveVisitClass(membersOn(plan, byHousehold, idx, date), date), override).visitClass;
}

/**
 * The household's class when it cannot change from `from` to `today` (no one joins, leaves or turns
 * 60 in between, no override is set then); null when it may, and each period must look again.
 */
export function steadyClass(
  plan: PeoplePlan,
  byHousehold: Map<number, number[]>,
  idx: number,
  from: string,
  today: string,
): VisitClass | null {
  const h = plan.households[idx];
  if (h.override && h.override.on > from) return null;
  for (const k of byHousehold.get(idx) ?? []) {
    const m = plan.memberships[k];
    const sixty = `${Number(plan.residents[m.residentIdx].birthDate.slice(0, 4)) + 60}${plan.residents[m.residentIdx].birthDate.slice(4)}`;
    if (m.joinedOn > from || (m.left && m.left.on > from) || (sixty > from && sixty <= addDays(today, 1))) return null;
  }
  return classOn(plan, byHousehold, idx, today);
}

/** Working days from `from` to `to`, both included. */
export function workdaysBetween(dates: PlanDates, from: string, to: string): string[] {
  return dates.workdays.slice(lowerBound(dates.workdays, from), lowerBound(dates.workdays, addDays(to, 1)));
}

/** Visits a worker plans on one day at most (the rest of the day is the office, meetings, cases). */
export const DAY_CAPACITY = 8;

/**
 * `k` distinct days of `days` (in order), drawn towards the start (skew > 1) or the end (skew < 1);
 * a day the worker has already filled (`load`) passes the visit on to the next day with room.
 */
export function pickDays(rng: Rng, days: string[], k: number, skew: number, load?: Map<string, number>): string[] {
  const chosen = new Set<number>();
  const full = (i: number) => (load?.get(days[i]) ?? 0) >= DAY_CAPACITY;
  for (let i = 0; i < k && chosen.size < days.length; i++) {
    const drawn = Math.floor(days.length * rng.next() ** skew);
    let at = drawn;
    for (let step = 1; step < days.length && (chosen.has(at) || full(at)); step++) at = (drawn + step) % days.length;
    if (chosen.has(at)) at = days.findIndex((_, k) => !chosen.has(k)); // every day is full: the first one not taken
    chosen.add(at);
    load?.set(days[at], (load.get(days[at]) ?? 0) + 1);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => days[i]);
}

function inPersonType(rng: Rng): VisitDraft['type'] {
  return rng.next() < 0.06 ? 'three-visits' : 'routine';
}

/** Visit minutes by class: the frail get longer visits. */
export function minutesFor(rng: Rng, visitClass: VisitClass): number {
  return visitClass.startsWith('2') ? rng.int(25, 60) : visitClass.startsWith('1') ? rng.int(20, 45) : rng.int(12, 35);
}

/** The visits of one street household from the later of the window start and its registration up to the end of today's periods. */
export function planStreetHousehold(
  rng: Rng,
  plan: PeoplePlan,
  byHousehold: Map<number, number[]>,
  idx: number,
  policy: PolicyValues,
  worker: WorkerStyle,
  dates: PlanDates,
  load: Map<string, number>,
): VisitDraft[] {
  const h: HouseholdPlan = plan.households[idx];
  const drafts: VisitDraft[] = [];
  const visitors = (): number[] => (worker.companions.length > 0 && rng.next() < 0.1 ? [worker.id, worker.companions[0]] : [worker.id]);
  let cursor = h.createdOn > dates.windowStart ? h.createdOn : dates.windowStart;
  const steady = steadyClass(plan, byHousehold, idx, cursor, dates.today);
  const classAt = (date: string) => steady ?? classOn(plan, byHousehold, idx, date);
  while (cursor <= dates.today) {
    const firstPeriod = periodOf(findVisitRequirement(policy, classAt(cursor))!.period, cursor);
    const visitClass = classAt(firstPeriod.end < dates.today ? firstPeriod.end : dates.today);
    const requirement = findVisitRequirement(policy, visitClass)!;
    const period = periodOf(requirement.period, cursor);
    const days = workdaysBetween(dates, cursor > period.start ? cursor : period.start, period.end);
    let planned = rng.next() < worker.diligence ? requirement.count : rng.int(0, requirement.count - 1);
    if (cursor > period.start) {
      // A period begun before the window (or the registration): visits before it are not shown, so only its share is planned here.
      const share = (diffDays(cursor, period.end) + 1) / (diffDays(period.start, period.end) + 1);
      planned = Array.from({ length: planned }, () => rng.next() < share).filter(Boolean).length;
    }
    for (const date of pickDays(rng, days, planned, worker.skew, load)) {
      drafts.push({ householdIdx: idx, date, type: inPersonType(rng), minutes: minutesFor(rng, visitClass), visitorIds: visitors() });
    }
    if (days.length > 0 && rng.next() < 0.08) {
      for (const date of pickDays(rng, days.slice(Math.floor(days.length / 2)), 1, 1, load)) {
        drafts.push({ householdIdx: idx, date, type: 'follow-up', minutes: minutesFor(rng, visitClass), visitorIds: visitors() });
      }
    }
    if (days.length > 0 && rng.next() < worker.calls + (planned < requirement.count ? 0.15 : 0)) {
      drafts.push({
        householdIdx: idx,
        date: days[rng.int(0, days.length - 1)],
        type: 'call',
        minutes: rng.int(3, 12),
        visitorIds: [worker.id],
      });
    }
    cursor = addDays(period.end, 1);
  }
  return drafts;
}
