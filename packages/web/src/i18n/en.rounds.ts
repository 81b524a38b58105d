/** English: concentrated rounds of the township preset (C2.2, C7.1, D6). Typed against the Chinese file. */
import type zhRounds from './zh-CN.rounds';

const rounds: typeof zhRounds = {
  nav: { rounds: 'Rounds' },
  rounds: {
    title: 'Concentrated rounds', month: 'Month', prevMonth: 'Previous month', nextMonth: 'Next month', noRegion: 'No region in your scope follows the township team policy',
    empty: 'No grid under this region', asOf: 'As of {{date}}',
    status: { 'on-track': 'On track', behind: 'Behind', done: 'Done', overdue: 'Overdue' },
    dayStatus: { met: 'met', due: 'to do', 'at-risk': 'today', overdue: 'missed' },
    reportStatus: { none: 'not generated', draft: 'Draft', submitted: 'Submitted', acknowledged: 'Acknowledged' },
    window: 'Visiting days: {{start}} to {{end}}, {{days}} working days, at least {{hours}} hours each',
    roundMonth: 'First month of the quarter: every household of the grid, reported to the community head by {{due}}',
    reached: 'Households reached {{reached}} / {{total}}', due: 'Report due', deadline: 'Month ends',
    member: 'Member', daysMet: 'Days met', soFar: 'Working days so far', visits: 'Visits', hours: 'Hours', days: 'Each day',
    dayTip: '{{date}}: {{hours}} h ({{status}})', noMembers: 'This grid has no grid workers or grid leaders',
    notReachedTitle: 'Households not reached ({{count}})',
    createReport: 'Generate round report', openReport: 'Open round report', created: 'Draft report generated',
  },
  roundReport: {
    title: '{{grid}} · round report {{month}}', status: 'Status', version: 'version {{version}}', generatedAt: 'Figures generated {{at}}',
    refresh: 'Re-generate from the records', refreshed: 'Re-generated from the records',
    membersTitle: 'Visits by member', householdsTitle: 'Households', householdsLine: '{{total}} households, {{reached}} reached, {{missing}} not reached',
    notReachedTitle: 'Households not reached and why', address: 'Address', reason: 'Reason', reasonPlaceholder: 'e.g. away for work, in hospital, refused', reasonMissing: 'Give a reason',
    allReached: 'Every household was reached',
    problemsTitle: 'Problems found', date: 'Date', findings: 'Findings', needs: 'Needs', cases: 'Cases reported', noProblems: 'No problems recorded on the round',
    summary: 'Summary', summaryPlaceholder: 'How the round went, the main problems found and the next steps',
    submit: 'Submit to the community head', submitConfirm: 'A submitted report cannot be changed. Submit now?', submitted: 'Submitted',
    submittedBy: 'Submitted by', submittedAt: 'Submitted at', acknowledgedBy: 'Acknowledged by', acknowledgedAt: 'Acknowledged at',
    note: 'Community head note', notePlaceholder: 'Note (optional)', acknowledge: 'Acknowledge', acknowledged: 'Acknowledged',
    print: 'Print', conflict: 'Someone else changed the report; the latest version is shown',
  },
  roundPrint: {
    heading: '{{grid}} round report', period: 'Visiting days', month: 'Month', due: 'Due', grid: 'Grid',
    memberCol: 'Member', visitsCol: 'Visits', hoursCol: 'Hours', daysCol: 'Days met / working days',
    households: 'Households', householdsLine: '{{total}} households, {{reached}} reached, {{missing}} not reached.',
    notReached: 'Households not reached', address: 'Address', reason: 'Reason', problems: 'Problems and needs found',
    date: 'Date', findings: 'Findings', needs: 'Needs', cases: 'Cases', none: 'None',
    summary: 'Summary', note: 'Community head note',
    submitter: 'Submitted by', submittedAt: 'Submitted at', receiver: 'Community head', acknowledgedAt: 'Acknowledged at',
    signTeam: 'Grid responsible person (signature)', signHead: 'Community head (signature)', printedOn: 'Printed on', back: 'Back', print: 'Print',
    draftWarning: 'Draft, not submitted',
  },
  audit: {
    actions: { 'round-report_create': 'Round report created', 'round-report_refresh': 'Round report refreshed', 'round-report_submit': 'Round report submitted', 'round-report_acknowledge': 'Round report acknowledged' },
    entities: { 'round-report': 'Round report' },
  },
};

export default rounds;
