/** English: policy validation problems per stable code. Typed against the Chinese file. */
import type zhPolicyProblems from './zh-CN.policyProblems';

/** The policy form (issue 11): labels, units of fields by key, the diff before saving. */
const policyForm: (typeof zhPolicyProblems)['policyForm'] = {
  formView: 'Form',
  help:
    'Fill in the policy values; the blue tag after each is the rule it comes from. Before saving you see every change ' +
    '(against the preset and v{{version}} in force); saving makes a new version, existing records keep theirs. ' +
    'To add or remove case classes, obligations, tiers or other list entries, switch to JSON.',
  unset: 'not set',
  codesHint: 'type a code, then Enter',
  cancel: 'Cancel',
  changedFromPreset: 'changed · preset {{value}}',
  problemCount: '{{count}} problem(s)',
  fixFirst: '{{count}} problem(s) to fix first (nothing saved)',
  nothingChanged: 'Nothing changed: nothing to save',
  diffTitle: 'Confirm the policy change',
  diffSummary: '{{edited}} value(s) changed against v{{version}} in force; {{differ}} value(s) will differ from the preset "{{preset}}".',
  presetSwitch: 'The preset changes from "{{from}}" to "{{to}}".',
  confirmSave: 'Save',
  editedNow: 'changed now',
  differsOnly: 'differs from preset',
  presetValue: 'Preset',
  currentValue: 'In force (v{{version}})',
  newValue: 'New',
  units: {
    count: 'times',
    minutes: 'minutes',
    minHours: 'hours',
    months: 'months',
    day: 'day',
    fromDay: 'day',
    toDay: 'day',
    monthOfPeriod: 'month',
    weight: 'points',
  },
};

/** Policy keys the form shows that the tree did not name yet (merged into `policyKeys`). */
const policyKeys: (typeof zhPolicyProblems)['policyKeys'] = {
  privacy: 'Personal data',
  revealLimit: 'Reveal limit',
  minutes: 'Window',
  assessment: 'Assessment',
  items: 'Items',
  item: 'Item',
  weight: 'Weight',
  levels: 'Levels',
  schedule: 'Meeting days',
  'monthly-work': 'Monthly work meeting',
  day: 'Day of month',
  weekday: 'Weekday (1 = Monday)',
  maxLength: 'Longest extension',
  startByCategory: 'Starting tier by category',
  dispute: 'Disputes',
  'weekly-team': 'Weekly meeting',
  'team-16th': 'Meeting on the 16th',
  'problem-analysis': 'Problem analysis meeting',
};

const policyProblems: typeof zhPolicyProblems = {
  policyForm,
  policyKeys,
  policyValues: { keep: 'keep the day' },
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
