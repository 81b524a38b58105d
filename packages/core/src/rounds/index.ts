/** Concentrated rounds of the township preset (C2.2, C7.1, D6): rules from the policy, progress, report workflow, permissions. */
export { mergedHours, tallyMembers, type MemberTally, type RoundVisit } from './hours';
export {
  computeRoundProgress,
  type MemberDay,
  type MemberProgress,
  type RoundInput,
  type RoundProgress,
  type RoundReach,
  type RoundReportStatus,
  type RoundStatus,
} from './progress';
export {
  isRoundMonth,
  monthRange,
  reportDueOf,
  ROUND_OBLIGATIONS,
  roundRulesOf,
  roundWindowOf,
  visitingWindowOf,
  type RoundRules,
} from './rules';
export {
  allowedReportActions,
  applyReportAction,
  reasonProblems,
  reasonsByHousehold,
  type NotReachedReason,
  type ReasonProblem,
  type RoundReportAction,
} from './report';
export { roundReportAbilities } from './permissions';
