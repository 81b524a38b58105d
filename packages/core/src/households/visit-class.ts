/**
 * Household visit classes (A7.2, D5; API contract "Households and visits"), derived from the
 * current members' ages and circumstance tags on a date:
 *
 * - class 1 when a member is 60 or older on the date; `1-special` when such a member is tagged
 *   `empty-nest` or `living-alone` (those tags count only on a member of 60 or more);
 * - `2-general` for a member tagged `low-income` or `disabled`; `2-key` for `seriously-ill` or
 *   `bedridden` (any age);
 * - otherwise `3`.
 * Several matches: the highest visit frequency wins (2-key > 2-general > 1-special > 1-general > 3),
 * and every matching reason is listed.
 *
 * Age is in completed years on the date (Asia/Shanghai calendar dates): someone born 1966-11-27
 * turns 60 on 2026-11-27. Someone born on 29 February turns a year older on 1 March in common years
 * (and on 29 February in leap years), as ages are counted in China.
 */
import { DomainError, ErrorCodes } from '../errors';
import { checkDate } from '../obligations/periods';

export const VISIT_CLASSES = ['1-general', '1-special', '2-general', '2-key', '3'] as const;
export type VisitClass = (typeof VISIT_CLASSES)[number];

/**
 * The classes' names: the one source for every page, export and print (the household list and
 * its export, the profile, the due list, compliance, reports), so a class reads the same everywhere.
 */
export const VISIT_CLASS_LABELS: Readonly<Record<VisitClass, { zh: string; en: string }>> = {
  '1-general': { zh: '一类户（一般）', en: 'Class 1 (general)' },
  '1-special': { zh: '一类户（特殊）', en: 'Class 1 (special)' },
  '2-general': { zh: '二类户（一般）', en: 'Class 2 (general)' },
  '2-key': { zh: '二类户（重点）', en: 'Class 2 (key)' },
  '3': { zh: '三类户', en: 'Class 3' },
};

/** Every class's name in `lang`. */
export function visitClassLabels(lang: 'zh' | 'en'): Record<VisitClass, string> {
  return Object.fromEntries(VISIT_CLASSES.map((c) => [c, VISIT_CLASS_LABELS[c][lang]])) as Record<VisitClass, string>;
}

/** Highest visit frequency first (contract). */
export const VISIT_CLASS_PRECEDENCE: readonly VisitClass[] = ['2-key', '2-general', '1-special', '1-general', '3'];

export const ELDERLY_AGE = 60;

export const VISIT_CLASS_REASONS = [
  'age-60-plus',
  'empty-nest',
  'living-alone',
  'low-income',
  'disabled',
  'seriously-ill',
  'bedridden',
] as const;
export type VisitClassReasonCode = (typeof VISIT_CLASS_REASONS)[number];

/** The class each reason asks for; elderly tags only for members of 60 or more. */
const CLASS_OF_REASON: Record<VisitClassReasonCode, VisitClass> = {
  'age-60-plus': '1-general',
  'empty-nest': '1-special',
  'living-alone': '1-special',
  'low-income': '2-general',
  disabled: '2-general',
  'seriously-ill': '2-key',
  bedridden: '2-key',
};
/** Reasons that count only on a member of 60 or more (the tag alone says nothing on a younger member). */
export const ELDERLY_ONLY_REASONS: readonly VisitClassReasonCode[] = ['empty-nest', 'living-alone'];
const ELDERLY_TAGS: ReadonlySet<string> = new Set(ELDERLY_ONLY_REASONS);

/** The class the reasons give together: the highest frequency among them, `3` when there is none. */
export function classOfReasons(codes: Iterable<VisitClassReasonCode>): VisitClass {
  const found = new Set<VisitClass>();
  for (const code of codes) found.add(CLASS_OF_REASON[code]);
  return VISIT_CLASS_PRECEDENCE.find((c) => found.has(c)) ?? '3';
}

export interface HouseholdMember {
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  tags: readonly string[];
}

export interface VisitClassReason {
  rule: 'A7.2';
  /** Index of the member in the list given. */
  memberIndex: number;
  reason: VisitClassReasonCode;
  /** The class this reason alone would give. */
  visitClass: VisitClass;
}

export interface DerivedVisitClass {
  visitClass: VisitClass;
  /** Every matching reason, by member, in the order of `VISIT_CLASS_REASONS`; empty for class 3. */
  reasons: VisitClassReason[];
}

export function isVisitClass(value: unknown): value is VisitClass {
  return typeof value === 'string' && (VISIT_CLASSES as readonly string[]).includes(value);
}

/** Completed years from `birthDate` to `date` (negative before birth). */
export function ageOn(birthDate: string, date: string): number {
  checkDate(birthDate, 'birthDate');
  checkDate(date, 'date');
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // 'MM-DD' strings compare as dates; '02-29' is reached on 03-01 in a common year.
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function reasonsOf(member: HouseholdMember, memberIndex: number, date: string): VisitClassReason[] {
  const elderly = ageOn(member.birthDate, date) >= ELDERLY_AGE;
  const tags = new Set(member.tags);
  return VISIT_CLASS_REASONS.filter((code) => {
    if (code === 'age-60-plus') return elderly;
    return tags.has(code) && (elderly || !ELDERLY_TAGS.has(code));
  }).map((reason) => ({ rule: 'A7.2', memberIndex, reason, visitClass: CLASS_OF_REASON[reason] }));
}

/** The visit class of a household from its current members on `date`, with every reason. */
export function deriveVisitClass(members: readonly HouseholdMember[], date: string): DerivedVisitClass {
  checkDate(date, 'date');
  const reasons = members.flatMap((member, i) => {
    checkDate(member.birthDate, `members[${i}].birthDate`);
    return reasonsOf(member, i, date);
  });
  return { visitClass: classOfReasons(reasons.map((r) => r.reason)), reasons };
}

export interface VisitClassOverride {
  visitClass: VisitClass;
  /** Required: why the derived class does not fit. */
  reason: string;
}

/** The class in force, showing the derived class and reasons beside any manual override. */
export interface EffectiveVisitClass {
  visitClass: VisitClass;
  source: 'derived' | 'override';
  derivedClass: VisitClass;
  reasons: VisitClassReason[];
  override: VisitClassOverride | null;
}

/** Applies a manual override (A7.2, issue 4 item 2): it needs a valid class and a non-empty reason. */
export function applyOverride(derived: DerivedVisitClass, override?: VisitClassOverride | null): EffectiveVisitClass {
  const base = { derivedClass: derived.visitClass, reasons: derived.reasons };
  if (!override) return { visitClass: derived.visitClass, source: 'derived', ...base, override: null };
  const problems: { path: string; message: string }[] = [];
  if (!isVisitClass(override.visitClass))
    problems.push({ path: 'override.visitClass', message: `must be one of ${VISIT_CLASSES.join(', ')}` });
  if (typeof override.reason !== 'string' || override.reason.trim() === '') {
    problems.push({ path: 'override.reason', message: 'a manual visit class needs a reason' });
  }
  if (problems.length > 0) throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'invalid visit class override', problems);
  const kept = { visitClass: override.visitClass, reason: override.reason.trim() };
  return { visitClass: kept.visitClass, source: 'override', ...base, override: kept };
}
