/**
 * Stable error codes of the case workflow and their kind, which gives the HTTP status:
 * `invalid` → 400, `forbidden` → 403, `conflict` → 409. Body checks (`validateCaseAction`) run
 * before everything else, as the contract orders 400 first; the few `invalid` codes that need the
 * case or the clock (merge into itself, completion time) are raised with the guards, after the
 * state check.
 */
import { DomainError, ErrorCodes } from '../errors';

export const CASE_ERRORS = {
  VALIDATION_FAILED: 'invalid',
  UNKNOWN_CASE_CLASS: 'invalid',
  CLOSE_FIELDS_REQUIRED: 'invalid',
  TRANSFER_TARGET_REQUIRED: 'invalid',
  EXTENSION_REASON_REQUIRED: 'invalid',
  CANNOT_MERGE_INTO_SELF: 'invalid',
  CLOSE_COMPLETED_AT_IN_FUTURE: 'invalid',
  CLOSE_COMPLETED_AT_BEFORE_RECEIPT: 'invalid',
  FORBIDDEN: 'forbidden',
  VERSION_CONFLICT: 'conflict',
  ACTION_NOT_ALLOWED: 'conflict',
  VERIFIER_IS_HANDLER: 'conflict',
  TIER_LADDER_END: 'conflict',
  EXTENSION_NOT_ALLOWED_FOR_CLASS: 'conflict',
  EXTENSION_ALREADY_REQUESTED: 'conflict',
  EXTENSION_NOT_REQUESTED: 'conflict',
  EXTENSION_DEADLINE_TOO_EARLY: 'conflict',
  EXTENSION_DEADLINE_PASSED: 'conflict',
  EXTENSION_TOO_LONG: 'conflict',
} as const;
export type CaseErrorCode = keyof typeof CASE_ERRORS;

/** One named field problem; the shape of `details` for the `invalid` codes. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function caseError(code: CaseErrorCode, message: string, details?: unknown): DomainError {
  return new DomainError(code, message, details);
}

export function invalid(problems: FieldProblem[]): DomainError {
  const fields = problems.map((p) => p.field).join(', ');
  return new DomainError(ErrorCodes.VALIDATION_FAILED, `invalid fields: ${fields}`, problems);
}
