/**
 * Visit frequency by class from the policy (A7.2) and a household's visit status as the contract's
 * `GET /households/:id/visit-status?date=` gives it: class and reasons on `date`, the calendar
 * period containing `date`, required, done (in-person visits, one per day), status (D5, D9).
 */
import type { DateRange } from '../obligations/periods';
import type { ObligationStatus } from '../obligations/types';
import type { PolicyValues } from '../policy';
import {
  applyOverride,
  deriveVisitClass,
  type HouseholdMember,
  type VisitClass,
  type VisitClassOverride,
  type VisitClassReason,
} from './visit-class';
import { countVisitDays, requirementOf, standingOf, visitPlanOf } from './visit-plan';

export {
  findVisitRequirement,
  householdVisitObligationCode,
  IN_PERSON_VISIT_TYPES,
  isInPersonVisit,
  VISIT_TYPES,
  visitRequirement,
  type VisitType,
} from './visit-requirement';

export interface VisitInput {
  startedAt: Date;
  type: string;
}

export interface VisitStatusInput {
  /** The household's current members on `date`. */
  members: readonly HouseholdMember[];
  override?: VisitClassOverride | null;
  /** The household's visits by anyone (any period: only those in the period count). */
  visits: readonly VisitInput[];
  policy: PolicyValues;
  policyVersion?: number;
  date: string;
}

export interface VisitStatus {
  visitClass: VisitClass;
  source: 'derived' | 'override';
  derivedClass: VisitClass;
  reasons: VisitClassReason[];
  override: VisitClassOverride | null;
  period: DateRange;
  /** The part of the period whose visits count (C2.2: days 1-15 of the quarter's first month); null when the whole period counts. */
  window: DateRange | null;
  /** The rule of the obligation applied: A7.2 (class frequency) or C2.2 (household-wide round). */
  rule: string;
  required: number;
  done: number;
  remaining: number;
  status: ObligationStatus;
  suggestedNext: string | null;
  policyVersion?: number;
}

/** A household's visit status as of the end of `date` (contract "visit-status"), through the visit plan of the date. */
export function visitStatusOf(input: VisitStatusInput): VisitStatus {
  const effective = applyOverride(deriveVisitClass(input.members, input.date), input.override);
  const plan = visitPlanOf(input.policy, input.date, input.policyVersion);
  const requirement = requirementOf(plan, effective.visitClass);
  const done = countVisitDays(input.visits, requirement.counts, plan.inPersonOnly);
  return {
    ...effective,
    period: { ...requirement.period },
    window: requirement.window && { ...requirement.window },
    rule: requirement.rule,
    ...standingOf(plan, requirement, done),
    ...(plan.policyVersion !== undefined ? { policyVersion: plan.policyVersion } : {}),
  };
}
