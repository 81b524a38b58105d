/**
 * Which visit obligation a household owes (A7.2, C2.2, D5, D6): its class's own frequency, else the
 * policy's household-wide visit obligation; and which visit types count (in person only).
 */
import { DomainError, ErrorCodes } from '../errors';
import { engineObligationOf } from '../obligations/from-policy';
import type { EngineObligation } from '../obligations/types';
import type { PolicyValues } from '../policy';
import type { VisitClass } from './visit-class';

/** Visit types done in person (contract); `call` is a contact and never counts (D5). */
export const IN_PERSON_VISIT_TYPES = ['routine', 'round', 'three-visits', 'follow-up'] as const;
export const VISIT_TYPES = [...IN_PERSON_VISIT_TYPES, 'call'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export function isInPersonVisit(type: string): boolean {
  return (IN_PERSON_VISIT_TYPES as readonly string[]).includes(type);
}

/** The code of the policy's household-wide visit obligation (subject `household`, e.g. C2.2 `quarterly-round`), or null. */
export function householdVisitObligationCode(policy: PolicyValues): string | null {
  const obligations = policy.visits?.obligations ?? {};
  return Object.keys(obligations).find((code) => obligations[code].subject === 'household') ?? null;
}

/**
 * The policy's visit obligation for a class: its own (`visits/<class>`, A7.2), else the policy's
 * household-wide obligation that every household of the grid owes (township C2.2 with D6: one visit
 * in days 1-15 of each quarter's first month); null when the policy has neither.
 */
export function findVisitRequirement(policy: PolicyValues, visitClass: VisitClass, policyVersion?: number): EngineObligation | null {
  const obligations = policy.visits?.obligations;
  if (!obligations) return null;
  const code = Object.hasOwn(obligations, visitClass) ? visitClass : householdVisitObligationCode(policy);
  if (code === null) return null;
  return engineObligationOf({ id: `visits/${code}`, section: 'visits', code, obligation: obligations[code] }, policyVersion);
}

/**
 * The visit obligation (count per period) of a class from the policy's `visits` section (A7.2:
 * community preset 1-general 1/month, 1-special 2/month, 2-general 2/month, 2-key 1/week,
 * 3 2/quarter; township: the C2.2 round for every class). Throws VALIDATION_FAILED when the policy
 * sets neither a frequency for the class nor a household-wide visit obligation.
 */
export function visitRequirement(policy: PolicyValues, visitClass: VisitClass, policyVersion?: number): EngineObligation {
  const found = findVisitRequirement(policy, visitClass, policyVersion);
  if (found) return found;
  throw new DomainError(ErrorCodes.VALIDATION_FAILED, `the policy sets no visit frequency for class ${visitClass}`, [
    { path: 'visitClass', message: `no visits obligation "${visitClass}" in the policy` },
  ]);
}
