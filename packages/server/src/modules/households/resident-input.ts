/**
 * Checks and seals a resident's personal fields. Problems name the field and never carry the value
 * (C3): an invalid or duplicate ID number is reported as `body.idNumber` and a reason only.
 */
import { DomainError } from '@gridwork/core';
import { isValidDate } from '@gridwork/core/calendar';
import { checkIdNumber, maskIdNumber, maskPhone } from '@gridwork/core/households';
import type { SealedColumns } from './residents.repository';
import type { SealedFields } from './sealed-fields';

export interface FieldProblem {
  field: string;
  message: string;
  problem?: string;
}

export function validationFailed(problems: FieldProblem[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `invalid ${problems.map((p) => p.field).join(', ')}`, problems);
}

export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw validationFailed(problems);
}

const MIN_DATE = '1900-01-01';

/** A calendar date that exists, not before 1900 and not after `today`. */
export function dateProblem(value: string, today: string, field: string): FieldProblem | null {
  if (!isValidDate(value)) return { field, problem: 'not-a-date', message: 'not a real calendar date' };
  if (value < MIN_DATE) return { field, problem: 'too-early', message: 'must not be before 1900-01-01' };
  if (value > today) return { field, problem: 'future', message: 'must not be in the future' };
  return null;
}

/** Digits of a phone number for hashing: spaces and dashes removed, a leading +86 / 0086 dropped. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^\d{7,15}$/.test(compact) ? compact : null;
}

/** An 18-character ID number shape (exact search goes through the keyed hash). */
export function looksLikeIdNumber(q: string): boolean {
  return /^\d{17}[\dXx]$/.test(q.trim());
}

export function sealPhone(sealed: SealedFields, raw: string, problems: FieldProblem[], field = 'body.phone'): SealedColumns | null {
  const phone = normalizePhone(raw);
  if (!phone) {
    problems.push({ field, problem: 'format', message: 'a phone number has 7 to 15 digits (spaces, dashes and +86 allowed)' });
    return null;
  }
  return { enc: sealed.seal('phone', phone), hash: sealed.hash('phone', phone), mask: maskPhone(phone) };
}

export interface IdExpectations {
  /** Unset when the birth date itself is invalid (that problem is reported on its own). */
  birthDate?: string;
  /** Unset when the sex itself is invalid (that problem is reported on its own). */
  sex?: 'M' | 'F';
  today: string;
}

/** Validates an ID number (GB 11643 check digit, agreement with birth date and sex) and seals it. */
export function sealIdNumber(
  sealed: SealedFields,
  raw: string,
  expect: IdExpectations,
  problems: FieldProblem[],
  field = 'body.idNumber',
): SealedColumns | null {
  const check = checkIdNumber(raw, { birthDate: expect.birthDate, sex: expect.sex, asOf: expect.today });
  if (!check.valid) {
    problems.push({ field, problem: check.problem, message: check.message });
    return null;
  }
  const id = check.info.idNumber;
  return { enc: sealed.seal('idNumber', id), hash: sealed.hash('idNumber', id), mask: maskIdNumber(id) };
}

/** An ID number problem against the resident's birth date and sex, without sealing (PATCH of those). */
export function idNumberAgreementProblem(idNumber: string, expect: IdExpectations, field: string): FieldProblem | null {
  const check = checkIdNumber(idNumber, { birthDate: expect.birthDate, sex: expect.sex, asOf: expect.today });
  return check.valid ? null : { field, problem: check.problem, message: check.message };
}

/** Tags must be on the editable list (active), or already on the resident. */
export function tagProblems(tags: readonly string[], active: ReadonlySet<string>, kept: readonly string[] = []): FieldProblem[] {
  return tags.flatMap((tag, i) =>
    active.has(tag) || kept.includes(tag)
      ? []
      : [{ field: `body.tags.${i}`, problem: 'unknown-tag', message: `"${tag}" is not on the resident tag list` }],
  );
}

export const DUPLICATE_ID_NUMBER: FieldProblem = {
  field: 'body.idNumber',
  problem: 'duplicate',
  message: 'this ID number is already registered to a current resident (ask the community grid lead to check)',
};

/** A unique-index clash on the ID number hash (two concurrent registrations of one person). */
export function isDuplicateIdNumberClash(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === '23505' && err.constraint === 'residents_id_number_current_unique';
}
