export * from './schema';
export {
  CODE_PATTERN,
  DAY_UNITS,
  PERIODS,
  RULE_ID_PATTERN,
  DayLimit as DayLimitSchema,
  Obligation as ObligationSchema,
  ObligationGroup as ObligationGroupSchema,
} from './schema-parts';
export { RULE_IDS, isRuleId } from './rule-ids';
export { PRESETS, clonePreset, presetFamily } from './presets';
export { validatePolicy, type PolicyProblem, type PolicyValidation } from './validate';
export { resolvePolicy, type PolicyChainLink } from './resolve';
export * from './accessors';
