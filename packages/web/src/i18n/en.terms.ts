/** English: domain terms (RULES.md terms table), codes the API sends, and error codes. */
import type zhTerms from './zh-CN.terms';

const terms: typeof zhTerms = {
  roles: {
    admin: 'Administrator',
    'street-officer': 'Street officer',
    'town-officer': 'Town officer',
    'community-lead': 'Community grid lead',
    'workstation-staff': 'Workstation staff',
    'grid-leader': 'Grid leader',
    'grid-worker': 'Grid worker',
    'hotline-operator': 'Hotline operator',
    'department-handler': 'Department handler',
    supervisor: 'Supervisor',
  },
  regionTypes: {
    district: 'District', street: 'Street', town: 'Town', community: 'Community', workstation: 'Workstation', grid: 'Grid', compound: 'Compound', building: 'Building',
  },
  presets: { community: 'Community (part 4)', township: 'Township (part 6)', marketing: 'Grid marketing (part 5)' },
  units: {
    'working-days': 'working days', 'calendar-days': 'days', days: 'days', hours: 'hours', weeks: 'weeks', months: 'months', quarters: 'quarters',
    percent: '%', times: 'times', week: 'per week', month: 'per month', quarter: 'per quarter', 'half-month': 'per half-month', year: 'per year', day: 'per day',
  },
  policyKeys: {
    caseClasses: 'Case classes and time limits', tiers: 'Handling tiers', visits: 'Household visits', label: 'Name', limit: 'Time limit', extendable: 'Extendable',
    maxExtension: 'Longest extension', unit: 'Unit', value: 'Value', consultation: 'Consultation', general: 'General', complex: 'Complex',
    'especially-complex': 'Especially complex', major: 'Major', count: 'Count', per: 'Per', period: 'Period', window: 'Window',
    classes: 'Classes', households: 'Households', verification: 'Verification', rate: 'Rate', rates: 'Rates', diary: 'Field diary',
    meetings: 'Regular meetings', meeting: 'Meeting', training: 'Training', dailyLog: 'Daily log', warnShare: 'Warning share',
    marketing: 'Grid marketing', commissionCap: 'Commission cap', awardThreshold: 'Award threshold', goldCustomerVisit: 'Gold customer visit',
    rhythm: 'Rhythm', visitWindow: 'Visit window', reportDue: 'Report due', dayOfMonth: 'Day of month', weekday: 'Weekday',
    combined: 'Combined', moveToWorkday: 'Move to next working day', startsOn: 'Starts on', from: 'From', to: 'To', minHours: 'Minimum hours',
    escalateTo: 'Escalate to', handler: 'Handler', name: 'Name', code: 'Code', order: 'Order', roles: 'Roles', description: 'Description',
    yearlyCheck: 'Yearly check', share: 'Share', obligations: 'Periodic obligations', feedback: 'Feedback', reopen: 'Reopen',
  },
  errors: {
    UNKNOWN: 'Something went wrong',
    NETWORK_ERROR: 'Network error: check the connection and try again',
    TIMEOUT: 'The request timed out; try again',
    INVALID_CREDENTIALS: 'Wrong username or password',
    TOO_MANY_ATTEMPTS: 'Too many attempts; try again later',
    UNAUTHORIZED: 'Your session has ended; sign in again',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Not found, or outside your area',
    VALIDATION_FAILED: 'Some input is invalid',
    VERSION_CONFLICT: 'Someone else changed this record; reload and try again',
    ACTION_NOT_ALLOWED: 'This action is not allowed now',
    REGION_HAS_CHILDREN: 'This region still has child regions and cannot be deleted',
    GEOJSON_INVALID: 'The GeoJSON file has errors',
    POLICY_INVALID: 'The policy has errors',
    CALENDAR_UNKNOWN: 'The calendar of that year is unknown',
    USERNAME_TAKEN: 'That username is taken',
    CODE_TAKEN: 'That code is already used',
    DUPLICATE: 'That record already exists',
    INTERNAL_ERROR: 'Server error; try again later',
    HTTP_502: 'The server is unavailable; try again later',
    HTTP_503: 'The server is unavailable; try again later',
    HTTP_504: 'The server did not answer in time; try again later',
  },
};

export default terms;
