/**
 * A household's visit class from a reason mask (A7.2, D5): the batch form of `deriveVisitClass`.
 *
 * Each reason of `VISIT_CLASS_REASONS` is one bit (age-60-plus = 1, empty-nest = 2, living-alone = 4,
 * low-income = 8, disabled = 16, seriously-ill = 32, bedridden = 64). A member gives the bits of
 * `reasonsOf` (elderly-only tags only on a member of 60 or more); a household's mask is the OR of its
 * current members' masks. A database can compute the mask with `REASON_MASK_TERMS` and the cutoff
 * date of `elderlyBirthCutoff`, so a million households need no member rows in memory; the class
 * and the reason codes are then table lookups, from the same precedence as `deriveVisitClass`.
 */
import { checkDate } from '../obligations/periods';
import {
  classOfReasons,
  deriveVisitClass,
  ELDERLY_AGE,
  ELDERLY_ONLY_REASONS,
  VISIT_CLASS_REASONS,
  type HouseholdMember,
  type VisitClass,
  type VisitClassReasonCode,
} from './visit-class';

/** The bit of each reason in a reason mask. */
export const REASON_BIT = Object.fromEntries(VISIT_CLASS_REASONS.map((code, i) => [code, 1 << i])) as Record<VisitClassReasonCode, number>;
/** Masks run from 0 to this value (every reason at once). */
export const MAX_REASON_MASK = (1 << VISIT_CLASS_REASONS.length) - 1;

/**
 * How a member's bit is set: `age-60-plus` when the member is elderly (born on or before the cutoff),
 * a tag reason when the member carries `tag` (and is elderly, for `elderlyOnly` tags).
 */
export interface ReasonMaskTerm {
  reason: VisitClassReasonCode;
  bit: number;
  /** null for `age-60-plus` (the age alone). */
  tag: string | null;
  elderlyOnly: boolean;
}

const ELDERLY_ONLY: ReadonlySet<string> = new Set(ELDERLY_ONLY_REASONS);

export const REASON_MASK_TERMS: readonly ReasonMaskTerm[] = VISIT_CLASS_REASONS.map((reason) => ({
  reason,
  bit: REASON_BIT[reason],
  tag: reason === 'age-60-plus' ? null : reason,
  elderlyOnly: reason === 'age-60-plus' || ELDERLY_ONLY.has(reason),
}));

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The latest birth date of someone who is `ELDERLY_AGE` or older on `date` (`ageOn` ≥ 60 exactly when
 * birthDate ≤ cutoff): the same month and day 60 years earlier, 29 February becoming 28 February in a
 * common year.
 */
export function elderlyBirthCutoff(date: string): string {
  checkDate(date);
  const year = Number(date.slice(0, 4)) - ELDERLY_AGE;
  const monthDay = date.slice(5) === '02-29' && !isLeap(year) ? '02-28' : date.slice(5);
  return `${String(Math.max(year, 1)).padStart(4, '0')}-${monthDay}`;
}

/** The OR of the members' reason bits on `date` (the reasons `deriveVisitClass` lists). */
export function reasonMaskOf(members: readonly HouseholdMember[], date: string): number {
  let mask = 0;
  for (const reason of deriveVisitClass(members, date).reasons) mask |= REASON_BIT[reason.reason];
  return mask;
}

const CODES_OF_MASK: ReadonlyArray<readonly VisitClassReasonCode[]> = Array.from({ length: MAX_REASON_MASK + 1 }, (_, mask) =>
  Object.freeze(VISIT_CLASS_REASONS.filter((code) => (mask & REASON_BIT[code]) !== 0)),
);
const CLASS_OF_MASK: readonly VisitClass[] = CODES_OF_MASK.map((codes) => classOfReasons(codes));

function checkMask(mask: number): void {
  if (!Number.isInteger(mask) || mask < 0 || mask > MAX_REASON_MASK) throw new RangeError(`reason mask ${mask} out of range`);
}

/** The visit class of a reason mask (highest frequency wins, `3` for none). */
export function visitClassOfMask(mask: number): VisitClass {
  checkMask(mask);
  return CLASS_OF_MASK[mask];
}

/** The reason codes of a mask, each once, in the order of `VISIT_CLASS_REASONS` (a shared frozen array). */
export function reasonCodesOfMask(mask: number): readonly VisitClassReasonCode[] {
  checkMask(mask);
  return CODES_OF_MASK[mask];
}
