/** Read helpers over policy values for the modules that apply them (cases, obligations, assessment). */
import { DomainError, ErrorCodes } from '../errors';
import {
  OBLIGATION_SECTIONS,
  type CaseClass,
  type DayLimitValue,
  type Obligation,
  type ObligationSection,
  type PolicyValues,
  type Tier,
} from './schema';

/** Case class codes in their policy order (A3.4, C5.2, B4.2). */
export function caseClassesOf(values: PolicyValues): string[] {
  return Object.keys(values.caseClasses);
}

function caseClassOf(values: PolicyValues, caseClass: string): CaseClass {
  if (!Object.hasOwn(values.caseClasses, caseClass)) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, `Unknown case class "${caseClass}"`, {
      field: 'caseClass',
      allowed: caseClassesOf(values),
    });
  }
  return values.caseClasses[caseClass];
}

export interface CaseTimeLimit extends DayLimitValue {
  caseClass: string;
  extendable: boolean;
  rule: string;
  referral?: CaseClass['referral'];
}

/** The time limit of a case class; throws VALIDATION_FAILED for a class the policy does not know. */
export function timeLimitOf(values: PolicyValues, caseClass: string): CaseTimeLimit {
  const cls = caseClassOf(values, caseClass);
  const limit: CaseTimeLimit = { caseClass, value: cls.limit.value, unit: cls.limit.unit, extendable: cls.extendable, rule: cls.rule };
  if (cls.referral) limit.referral = cls.referral;
  return limit;
}

/** True when a case of this class may get an approved extension (A3.4, D4). */
export function isExtendable(values: PolicyValues, caseClass: string): boolean {
  return caseClassOf(values, caseClass).extendable;
}

/** The escalation ladder, lowest tier first (A2, C5.3, B6.5). */
export function tierLadderOf(values: PolicyValues): Tier[] {
  return [...values.tiers.ladder];
}

/**
 * The tier a new case of `category` starts at: the policy's own choice (C5.3: township disputes go
 * to the community), else the category's default when the ladder has it, else the lowest tier.
 */
export function startTierOf(values: PolicyValues, category: string, categoryDefault: string | null): string {
  const ladder = values.tiers.ladder.map((t) => t.code);
  const own = values.tiers.startByCategory?.[category];
  if (own !== undefined && ladder.includes(own)) return own;
  if (categoryDefault !== null && ladder.includes(categoryDefault)) return categoryDefault;
  return ladder[0];
}

/** The tier above `tier`, or null at the top; throws VALIDATION_FAILED for an unknown tier. */
export function nextTierOf(values: PolicyValues, tier: string): Tier | null {
  const ladder = values.tiers.ladder;
  const i = ladder.findIndex((t) => t.code === tier);
  if (i < 0) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, `Unknown tier "${tier}"`, { field: 'tier', allowed: ladder.map((t) => t.code) });
  }
  return ladder[i + 1] ?? null;
}

/** The share of the time limit after which the light turns yellow (D2). */
export function warnShareOf(values: PolicyValues): number {
  return values.warnShare.value;
}

export interface PolicyObligation {
  /** Stable id `section/code`, e.g. `visits/2-key`. */
  id: string;
  section: ObligationSection;
  code: string;
  obligation: Obligation;
}

/** Every periodic obligation of the policy (D9), for the generic obligation engine. */
export function obligationsOf(values: PolicyValues): PolicyObligation[] {
  return OBLIGATION_SECTIONS.flatMap((section) =>
    Object.entries(values[section]?.obligations ?? {}).map(([code, obligation]) => ({
      id: `${section}/${code}`,
      section,
      code,
      obligation,
    })),
  );
}

/** C3, D10: reveals of sealed personal data one account may make per sliding window (default 30 per 60 minutes). */
export function revealLimitOf(values: PolicyValues): { count: number; minutes: number } {
  const limit = values.privacy?.revealLimit;
  return limit ? { count: limit.count, minutes: limit.minutes } : { count: 30, minutes: 60 };
}

export interface Open311Publication {
  /** The cases that came in through Open311 (source `open311`) are public. */
  filedRequests: boolean;
  /** Category codes whose cases are public whatever their source. */
  categories: string[];
}

/** C3, D10, D11: what the public Open311 feed publishes (default: the cases that came in through Open311, no category). */
export function open311PublicationOf(values: Pick<PolicyValues, 'publication'>): Open311Publication {
  const p = values.publication?.open311;
  return p ? { filedRequests: p.filedRequests, categories: [...p.categories] } : { filedRequests: true, categories: [] };
}
