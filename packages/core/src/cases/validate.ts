/**
 * Body checks of a case action (the contract's 400 step, run before role, version and state):
 * required strings non-blank, instants valid, enumerations known. Details name each field.
 */
import type { PolicyValues } from '../policy';
import { caseClassesOf } from '../policy';
import { caseError, invalid, type FieldProblem } from './case-errors';
import { ACTION_NAMES, SATISFACTIONS, type CaseAction } from './types';

export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

export function isValidInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function isId(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) > 0;
}

type Check = (a: never, problems: FieldProblem[], policy: PolicyValues) => void;

const required =
  (...fields: string[]): Check =>
  (a, problems) => {
    for (const field of fields) {
      if (isBlank((a as Record<string, unknown>)[field])) problems.push({ field, message: 'required, must not be blank' });
    }
  };

const optionalText =
  (field: string): Check =>
  (a, problems) => {
    const value = (a as Record<string, unknown>)[field];
    if (value !== undefined && value !== null && typeof value !== 'string') problems.push({ field, message: 'must be a string' });
  };

function instant(a: Record<string, unknown>, field: string, problems: FieldProblem[], optional = false): void {
  const value = a[field];
  if (optional && value === undefined) return;
  if (!isValidInstant(value)) problems.push({ field, message: 'must be a valid timestamp' });
}

const CHECKS: Partial<Record<CaseAction['action'], Check>> = {
  reject: required('reason'),
  merge: (a: { intoCaseId: unknown }, problems) => {
    if (!isId(a.intoCaseId)) problems.push({ field: 'intoCaseId', message: 'must be a case id' });
  },
  'resolve-on-spot': required('details'),
  escalate: required('reason'),
  assign: (a: { handlerId?: unknown }, problems, policy) => {
    required('handlingUnit')(a as never, problems, policy);
    if (a.handlerId !== undefined && !isId(a.handlerId)) problems.push({ field: 'handlerId', message: 'must be a user id' });
  },
  transfer: (a: { toUserId?: unknown; toUnit?: unknown }, problems, policy) => {
    required('explanation')(a as never, problems, policy);
    if (a.toUserId !== undefined && !isId(a.toUserId)) problems.push({ field: 'toUserId', message: 'must be a user id' });
    if (a.toUnit !== undefined && isBlank(a.toUnit)) problems.push({ field: 'toUnit', message: 'must not be blank' });
  },
  'request-extension': (a: Record<string, unknown>, problems) => instant(a, 'proposedDeadline', problems),
  'decide-extension': (a: Record<string, unknown>, problems) => {
    if (typeof a.approve !== 'boolean') problems.push({ field: 'approve', message: 'must be true or false' });
    instant(a, 'deadline', problems, true);
  },
  respond: required('details'),
  feedback: (a: { satisfaction: unknown }, problems, policy) => {
    if (!(SATISFACTIONS as readonly unknown[]).includes(a.satisfaction)) {
      problems.push({ field: 'satisfaction', message: `must be one of ${SATISFACTIONS.join(', ')}` });
    }
    optionalText('note')(a as never, problems, policy);
  },
  verify: optionalText('note'),
  reopen: required('reason'),
};

/** Throws VALIDATION_FAILED with every problem (details `[{ field, message }]`). */
function checkFields(action: CaseAction, policy: PolicyValues): void {
  const problems: FieldProblem[] = [];
  CHECKS[action.action]?.(action as never, problems, policy);
  if (problems.length > 0) throw invalid(problems);
}

/** A3.3: the four registration fields; CLOSE_FIELDS_REQUIRED names the missing ones. */
function checkClose(action: Extract<CaseAction, { action: 'close' }>): void {
  const problems: FieldProblem[] = ['handlingUnit', 'handler', 'details']
    .filter((field) => isBlank((action as unknown as Record<string, unknown>)[field]))
    .map((field) => ({ field, message: 'required by A3.3, must not be blank' }));
  if (!isValidInstant(action.completedAt)) problems.push({ field: 'completedAt', message: 'required by A3.3, must be a valid timestamp' });
  if (problems.length > 0) {
    throw caseError('CLOSE_FIELDS_REQUIRED', `closing needs ${problems.map((p) => p.field).join(', ')} (A3.3)`, problems);
  }
}

/**
 * Every body check of an action, in one call; the server may call it first to answer 400 before
 * its 403/409 checks (applyCaseAction calls it too).
 */
export function validateCaseAction(action: CaseAction, policy: PolicyValues): void {
  if (!(ACTION_NAMES as readonly unknown[]).includes(action?.action)) {
    throw invalid([{ field: 'action', message: `must be one of ${ACTION_NAMES.join(', ')}` }]);
  }
  if (action.action === 'close') {
    checkClose(action);
    return;
  }
  if (action.action === 'transfer' && action.toUserId === undefined && action.toUnit === undefined) {
    throw caseError('TRANSFER_TARGET_REQUIRED', 'transfer needs toUserId or toUnit (C4)', [
      { field: 'toUserId', message: 'toUserId or toUnit is required' },
      { field: 'toUnit', message: 'toUserId or toUnit is required' },
    ]);
  }
  if (action.action === 'accept' && action.caseClass !== undefined) checkCaseClass(policy, action.caseClass);
  const reasonRule = action.action === 'request-extension' || action.action === 'decide-extension';
  if (reasonRule && policy.extension.reasonRequired && isBlank(action.reason)) {
    throw caseError('EXTENSION_REASON_REQUIRED', 'an extension needs a reason addressed to the resident (A3.4, D4)', [
      { field: 'reason', message: 'required, must not be blank' },
    ]);
  }
  checkFields(action, policy);
}

/** UNKNOWN_CASE_CLASS (details name the field and the allowed codes) unless the policy knows the class. */
export function checkCaseClass(policy: PolicyValues, caseClass: unknown): asserts caseClass is string {
  const allowed = caseClassesOf(policy);
  if (typeof caseClass !== 'string' || !allowed.includes(caseClass)) {
    throw caseError('UNKNOWN_CASE_CLASS', `unknown case class ${JSON.stringify(caseClass)}; allowed: ${allowed.join(', ')}`, [
      { field: 'caseClass', message: `must be one of ${allowed.join(', ')}`, allowed },
    ]);
  }
}
