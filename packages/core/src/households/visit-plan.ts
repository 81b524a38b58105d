/**
 * The visit obligations of one policy on one date, prepared once for any number of households
 * (A7.2, C2.2, D5, D6, D9). For each class: the obligation it owes (`findVisitRequirement`), its
 * frame from the obligation engine (period, window, elapsed share) and the dates whose in-person
 * visits count as of the end of the date. A household's standing is then a lookup from its class and
 * the number of distinct Asia/Shanghai days with a counting visit in those dates: the same frame,
 * status rule and suggestion as `evaluate`, without a record list per household.
 */
import { DomainError, ErrorCodes } from '../errors';
import { shanghaiDate } from '../calendar';
import { statusOf, suggestNext } from '../obligations/engine';
import { frameOf, type Frame } from '../obligations/frame';
import { periodOf, type DateRange } from '../obligations/periods';
import type { EngineObligation, ObligationStatus } from '../obligations/types';
import { warnShareOf, type PolicyValues } from '../policy';
import { VISIT_CLASSES, type VisitClass } from './visit-class';
import { findVisitRequirement, isInPersonVisit } from './visit-requirement';

export interface PlannedRequirement {
  visitClass: VisitClass;
  obligation: EngineObligation;
  /** A7.2 for a class frequency, C2.2 for the township round. */
  rule: string;
  /** The calendar period containing the date. */
  period: DateRange;
  /** The part of the period that counts (C2.2: days 1-15 of the quarter's first month); null without a window. */
  window: DateRange | null;
  /** Visits on these dates count (the period or window, up to the date); empty when end < start. */
  counts: DateRange;
  frame: Frame;
}

export interface VisitPlan {
  date: string;
  policyVersion?: number;
  /** D5: only in-person visits count (policy `visits.inPersonOnly`). */
  inPersonOnly: boolean;
  warnShare: number;
  /** The requirement of each class; null when the policy sets nothing for it (POLICY_INCOMPLETE). */
  byClass: Readonly<Record<VisitClass, PlannedRequirement | null>>;
}

export interface VisitStanding {
  required: number;
  done: number;
  remaining: number;
  status: ObligationStatus;
  suggestedNext: string | null;
}

/** The plan of `policy` for the end of `date`. */
export function visitPlanOf(policy: PolicyValues, date: string, policyVersion?: number): VisitPlan {
  const byClass = {} as Record<VisitClass, PlannedRequirement | null>;
  for (const visitClass of VISIT_CLASSES) {
    const obligation = findVisitRequirement(policy, visitClass, policyVersion);
    if (!obligation) {
      byClass[visitClass] = null;
      continue;
    }
    const period = periodOf(obligation.period, date);
    const frame = frameOf(obligation, period, date);
    byClass[visitClass] = {
      visitClass,
      obligation,
      rule: obligation.rule ?? 'A7.2',
      period,
      window: frame.window ?? null,
      counts: { start: frame.span.start, end: frame.countUntil },
      frame,
    };
  }
  return {
    date,
    ...(policyVersion !== undefined ? { policyVersion } : {}),
    inPersonOnly: policy.visits?.inPersonOnly.value ?? true,
    warnShare: warnShareOf(policy),
    byClass,
  };
}

/** The requirement of a class; VALIDATION_FAILED naming the class when the policy sets none. */
export function requirementOf(plan: VisitPlan, visitClass: VisitClass): PlannedRequirement {
  const found = plan.byClass[visitClass];
  if (found) return found;
  throw new DomainError(ErrorCodes.VALIDATION_FAILED, `the policy sets no visit frequency for class ${visitClass}`, [
    { path: 'visitClass', message: `no visits obligation "${visitClass}" in the policy` },
  ]);
}

type Outcome = Omit<VisitStanding, 'done'>;
/** Outcomes by min(done, required): a handful per requirement, computed once. */
const outcomes = new WeakMap<PlannedRequirement, Outcome[]>();

/** A household's standing from its requirement and its distinct counting visit days in `counts`. */
export function standingOf(plan: VisitPlan, requirement: PlannedRequirement, done: number): VisitStanding {
  const { frame } = requirement;
  const required = frame.applies ? requirement.obligation.count : 0;
  const key = done < required ? done : required;
  let known = outcomes.get(requirement);
  if (!known) outcomes.set(requirement, (known = []));
  let outcome = known[key];
  if (!outcome) {
    const remaining = required - key;
    const status = statusOf(frame, required, key, plan.warnShare);
    const suggestedNext = status === 'met' || status === 'overdue' ? null : suggestNext(frame, remaining, plan.date);
    outcome = known[key] = { required, remaining, status, suggestedNext };
  }
  return { required: outcome.required, done, remaining: outcome.remaining, status: outcome.status, suggestedNext: outcome.suggestedNext };
}

/** Distinct Asia/Shanghai dates in `counts` with a visit that counts (in person, unless the policy says otherwise). */
export function countVisitDays(visits: ReadonlyArray<{ startedAt: Date; type: string }>, counts: DateRange, inPersonOnly: boolean): number {
  const days = new Set<string>();
  for (const visit of visits) {
    if (inPersonOnly && !isInPersonVisit(visit.type)) continue;
    const day = shanghaiDate(visit.startedAt);
    if (day >= counts.start && day <= counts.end) days.add(day);
  }
  return days.size;
}
