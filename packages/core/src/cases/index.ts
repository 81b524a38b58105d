/** Case workflow (A1.6-A1.7, A2, A3, A9, C4, C5, D2-D4): public API. Pure: time, policy and calendar are arguments. */
export * from './types';
export { computeDeadline, type DeadlineResult } from './deadline';
export { CASE_SOURCE_LABELS, CASE_SOURCES, CASE_STATUS_LABELS, LIGHT_LABELS, zhLabel, type CaseSource } from './labels';
export { FINISHED_STATUSES, isOpen, lightOf, shownLight, warnAt, type Light } from './light';
export { ALLOWED_ACTIONS, isAllowedIn } from './state-table';
export {
  ACTION_ROLES,
  HANDLER_ACTIONS,
  OWNER_ACTIONS,
  backEntryRoles,
  coordinatorRoles,
  intakeRoles,
  isHandlerOrResponder,
  mayTakeAction,
} from './permissions';
export { CASE_ERRORS, type CaseErrorCode, type FieldProblem } from './case-errors';
export { checkCaseClass, validateCaseAction } from './validate';
export { actionsFor, applyCaseAction } from './workflow';
export { intakeEntryOf, newCase, recomputeProvisional, type NewCaseInput } from './new-case';
