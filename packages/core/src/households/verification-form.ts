/**
 * Verification periods and forms (A8.2, A8.3, D8). A quarterly draw names its quarter as
 * `2026-Q4`; its base date is the quarter's first day. A verification form answers every recorded
 * field of the household: the household's address, housing and landlord, and for each current
 * member name, sex, birth date, relation, tags, ID number and phone. Each answer is `confirmed` or
 * `corrected`; a correction of a plain field carries the corrected value, a correction of a sealed
 * field (ID number, phone: C3, D10) carries no value and only marks the record for follow-up.
 */
import { isValidDate } from '../calendar/dates';
import { DomainError, ErrorCodes } from '../errors';

export interface QuarterRange {
  quarter: string;
  /** First and last day, 'YYYY-MM-DD'. */
  start: string;
  end: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The days of a quarter `YYYY-Qn`; anything else is VALIDATION_FAILED on `path`. */
export function quarterRange(quarter: string, path = 'quarter'): QuarterRange {
  const m = QUARTER.exec(quarter);
  if (!m || Number(m[1]) < 1900) {
    throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'a quarter is written YYYY-Qn, e.g. 2026-Q4', [
      { path, message: 'must look like 2026-Q4' },
    ]);
  }
  const year = m[1];
  const q = Number(m[2]);
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const endDay = endMonth === 6 || endMonth === 9 ? 30 : 31;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { quarter, start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${endDay}` };
}

/** The quarter (`YYYY-Qn`) a date lies in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export const HOUSEHOLD_FORM_FIELDS = ['address', 'housing', 'landlord'] as const;
export const RESIDENT_FORM_FIELDS = ['name', 'sex', 'birthDate', 'relation', 'tags', 'idNumber', 'phone'] as const;
export type HouseholdFormField = (typeof HOUSEHOLD_FORM_FIELDS)[number];
export type ResidentFormField = (typeof RESIDENT_FORM_FIELDS)[number];

/** Sealed fields: a correction only flags them; the form never carries their value. */
export const SEALED_FORM_FIELDS: readonly string[] = ['idNumber', 'phone'];
/** Recorded but not applied from the form: a correction is kept on the result for follow-up. */
export const FOLLOW_UP_FORM_FIELDS: readonly string[] = [...SEALED_FORM_FIELDS, 'relation'];

export type FormFieldKey =
  | { key: string; scope: 'household'; name: HouseholdFormField }
  | { key: string; scope: 'resident'; residentId: number; name: ResidentFormField };

/** `household.address` or `resident.<id>.tags`; null for anything else. */
export function parseFormField(key: string): FormFieldKey | null {
  const household = /^household\.([A-Za-z]+)$/.exec(key);
  if (household && (HOUSEHOLD_FORM_FIELDS as readonly string[]).includes(household[1])) {
    return { key, scope: 'household', name: household[1] as HouseholdFormField };
  }
  const resident = /^resident\.([1-9]\d{0,14})\.([A-Za-z]+)$/.exec(key);
  if (resident && (RESIDENT_FORM_FIELDS as readonly string[]).includes(resident[2])) {
    return { key, scope: 'resident', residentId: Number(resident[1]), name: resident[2] as ResidentFormField };
  }
  return null;
}

/** Every field a household's form must answer, household fields first, then each member's. */
export function formFieldKeys(residentIds: readonly number[]): string[] {
  return [
    ...HOUSEHOLD_FORM_FIELDS.map((f) => `household.${f}`),
    ...residentIds.flatMap((id) => RESIDENT_FORM_FIELDS.map((f) => `resident.${id}.${f}`)),
  ];
}

export type FieldOutcome = 'confirmed' | 'corrected';

export interface FieldAnswer {
  field: string;
  outcome: FieldOutcome;
  correctedValue?: unknown;
  note?: string;
}

export interface FormProblem {
  field: string;
  problem: string;
  message: string;
}

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function textProblem(value: unknown, min: number, max: number): string | null {
  if (typeof value !== 'string') return 'must be text';
  const n = value.trim().length;
  return n < min || n > max ? `must be ${min} to ${max} characters` : null;
}

/** Shape of a corrected value (lists and ID agreement are checked against stored data by the caller). */
export function correctedValueProblem(name: HouseholdFormField | ResidentFormField, value: unknown): string | null {
  switch (name) {
    case 'address':
      return textProblem(value, 1, 200);
    case 'landlord':
      return value === null ? null : textProblem(value, 0, 200);
    case 'housing':
      return value === 'owned' || value === 'rented' ? null : 'must be owned or rented';
    case 'name':
      return textProblem(value, 1, 50);
    case 'sex':
      return value === 'M' || value === 'F' ? null : 'must be M or F';
    case 'birthDate':
      return isValidDate(value) ? null : 'must be a real date YYYY-MM-DD';
    case 'relation':
      return value === null || (typeof value === 'string' && CODE.test(value) && value.length <= 40)
        ? null
        : 'must be a relation code or null';
    case 'tags':
      return Array.isArray(value) && value.every((t) => typeof t === 'string' && CODE.test(t)) && new Set(value).size === value.length
        ? null
        : 'must be a list of distinct tag codes';
    default:
      return 'cannot be corrected with a value';
  }
}

/** The form's answers against the fields it must answer: missing, unknown, repeated, misplaced values. */
export function checkFormAnswers(required: readonly string[], answers: readonly FieldAnswer[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const wanted = new Set(required);
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const at = `fields.${i}`;
    const parsed = parseFormField(a.field);
    if (!parsed || !wanted.has(a.field)) {
      problems.push({ field: `${at}.field`, problem: 'unknown-field', message: `${a.field} is not a field of this household's form` });
      return;
    }
    if (seen.has(a.field)) problems.push({ field: `${at}.field`, problem: 'repeated', message: `${a.field} is answered twice` });
    seen.add(a.field);
    const hasValue = a.correctedValue !== undefined;
    if (SEALED_FORM_FIELDS.includes(parsed.name)) {
      if (hasValue)
        problems.push({
          field: `${at}.correctedValue`,
          problem: 'sealed',
          message: 'a sealed field is only flagged as wrong, never corrected here',
        });
    } else if (a.outcome === 'confirmed' && hasValue) {
      problems.push({ field: `${at}.correctedValue`, problem: 'unexpected', message: 'a confirmed field carries no corrected value' });
    } else if (a.outcome === 'corrected') {
      const problem = hasValue ? correctedValueProblem(parsed.name, a.correctedValue) : 'a correction needs the corrected value';
      if (problem) problems.push({ field: `${at}.correctedValue`, problem: hasValue ? 'invalid' : 'missing', message: problem });
    }
  });
  for (const key of required) {
    if (!seen.has(key)) problems.push({ field: `fields.${key}`, problem: 'not-answered', message: `${key} is not answered` });
  }
  return problems;
}

/** Fields found wrong (corrected or flagged). */
export function discrepancyCount(answers: readonly FieldAnswer[]): number {
  return answers.filter((a) => a.outcome === 'corrected').length;
}
