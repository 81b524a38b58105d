/** English: policy validation problems per stable code. Typed against the Chinese file. */
import type zhPolicyProblems from './zh-CN.policyProblems';

const policyProblems: typeof zhPolicyProblems = {
  policyProblem: {
    codes: {
      INVALID: 'Invalid value',
      TYPE: 'Expected {{type}}',
      REQUIRED: '"{{property}}" is required',
      UNKNOWN_PROPERTY: 'Unknown item "{{property}}": remove it or check its spelling',
      ONE_OF: 'Must be one of: {{options}}',
      CODE_FORMAT: 'A code uses lowercase letters, digits and hyphens only (e.g. general-case)',
      RULE_ID_FORMAT: 'Expected a rule ID, e.g. A3.4',
      MINIMUM: 'Must be at least {{limit}}',
      MAXIMUM: 'Must be at most {{limit}}',
      TOO_SHORT: 'At least {{limit}} characters',
      TOO_LONG: 'At most {{limit}} characters',
      TOO_FEW: 'At least {{limit}} entries',
      TOO_MANY: 'At most {{limit}} entries',
      UNKNOWN_RULE: 'There is no rule "{{id}}"',
      WINDOW_PERIOD: 'A "{{period}}" period cannot have a window',
      WINDOW_ORDER: 'The first day ({{from}}) is after the last day ({{to}})',
      MONTH_OF_PERIOD_NOT_APPLICABLE: 'Only quarter or year periods take a month of the period',
      MONTH_OF_PERIOD_MISSING: 'A {{period}} window needs the month of the period',
      MONTH_OF_PERIOD_RANGE: 'A {{period}} has only {{months}} months',
      DUPLICATE_TIER: 'The tier code "{{code}}" is used twice',
      UNKNOWN_TIER: 'The tier "{{tier}}" is not in the tier ladder',
      REFERRAL_TOO_LATE: 'The referral limit {{within}} exceeds the class limit {{limit}}',
      UNKNOWN_MEETING: 'There is no meeting "{{meeting}}"',
      DAY_AND_WEEKDAY: 'Set a day of the month or a weekday, not both',
      UNKNOWN_VISIT_CLASS: 'There is no visit class "{{visitClass}}"',
      CLASS_RATE_TWICE: 'The visit class "{{visitClass}}" already has the rate "{{rate}}"',
      DUPLICATE_CUSTOMER_CLASS: 'The customer class "{{code}}" is used twice',
      ITEM_WEIGHTED_TWICE: 'The assessment item "{{item}}" is weighted twice',
    },
    document: 'The whole policy',
    item: 'entry {{n}}',
    field: 'Field',
    types: {
      number: 'a number',
      integer: 'a whole number',
      string: 'text',
      boolean: 'yes or no',
      object: 'a group of values (object)',
      array: 'a list',
    },
  },
};

export default policyProblems;
