/**
 * Visit frequency by class from the policy (A7.2) and a household's visit status as the contract's
 * `GET /households/:id/visit-status?date=` gives it: class and reasons on `date`, the calendar
 * period containing `date`, required, done (in-person visits, one per day), status (D5, D9).
 */
import { DomainError, ErrorCodes } from '../errors';
import { evaluate } from '../obligations/engine';
import { engineObligationOf } from '../obligations/from-policy';
import type { DateRange } from '../obligations/periods';
import type { EngineObligation, ObligationStatus } from '../obligations/types';
import { warnShareOf, type PolicyValues } from '../policy';
import {
  applyOverride, deriveVisitClass, type HouseholdMember, type VisitClass, type VisitClassOverride, type VisitClassReason,
} from './visit-class';

/** Visit types done in person (contract); `call` is a contact and never counts (D5). */
export const IN_PERSON_VISIT_TYPES = ['routine', 'round', 'three-visits', 'follow-up'] as const;
export const VISIT_TYPES = [...IN_PERSON_VISIT_TYPES, 'call'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export function isInPersonVisit(type: string): boolean {
  return (IN_PERSON_VISIT_TYPES as readonly string[]).includes(type);
}

/** The policy's visit obligation for a class (`visits/<class>`), or null when the policy has none. */
export function findVisitRequirement(policy: PolicyValues, visitClass: VisitClass, policyVersion?: number): EngineObligation | null {
  const obligations = policy.visits?.obligations;
  if (!obligations || !Object.hasOwn(obligations, visitClass)) return null;
  const entry = { id: `visits/${visitClass}`, section: 'visits' as const, code: visitClass, obligation: obligations[visitClass] };
  return engineObligationOf(entry, policyVersion);
}

/**
 * The visit obligation (count per period) of a class from the policy's `visits` section (A7.2:
 * community preset 1-general 1/month, 1-special 2/month, 2-general 2/month, 2-key 1/week,
 * 3 2/quarter). Throws VALIDATION_FAILED when the policy sets no frequency for the class.
 */
export function visitRequirement(policy: PolicyValues, visitClass: VisitClass, policyVersion?: number): EngineObligation {
  const found = findVisitRequirement(policy, visitClass, policyVersion);
  if (found) return found;
  throw new DomainError(ErrorCodes.VALIDATION_FAILED, `the policy sets no visit frequency for class ${visitClass}`, [
    { path: 'visitClass', message: `no visits obligation "${visitClass}" in the policy` },
  ]);
}

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
  required: number;
  done: number;
  remaining: number;
  status: ObligationStatus;
  suggestedNext: string | null;
  policyVersion?: number;
}

/** A household's visit status as of the end of `date` (contract "visit-status"). */
export function visitStatusOf(input: VisitStatusInput): VisitStatus {
  const effective = applyOverride(deriveVisitClass(input.members, input.date), input.override);
  const obligation = visitRequirement(input.policy, effective.visitClass, input.policyVersion);
  const inPersonOnly = input.policy.visits?.inPersonOnly.value ?? true;
  const records = input.visits.map((visit) => ({
    subjectId: 0,
    at: visit.startedAt,
    countsToward: !inPersonOnly || isInPersonVisit(visit.type),
  }));
  const result = evaluate(obligation, 0, records, input.date, { warnShare: warnShareOf(input.policy), onePerDay: true });
  return {
    ...effective,
    period: result.period,
    required: result.required,
    done: result.done,
    remaining: result.remaining,
    status: result.status,
    suggestedNext: result.suggestedNext,
    ...(result.policyVersion !== undefined ? { policyVersion: result.policyVersion } : {}),
  };
}
