/** English: verification (A8.2 quarterly sample, A8.3 yearly check, D8). Typed against the Chinese. */
import type zhVerification from './zh-CN.verification';

const verification: typeof zhVerification = {
  nav: { verification: 'Verification' },
  verification: {
    title: 'Verification', quarter: 'Quarter', year: 'Year', periodKind: { quarterly: 'Quarterly sample', yearly: 'Yearly check' },
    tabs: { draws: 'Samples and tasks', summary: 'Discrepancy rate by grid' },
    draw: 'Draw sample', yearly: 'Yearly check', noRegion: 'Select a region in the region tree', noDraws: 'No sample drawn for this period yet',
    drawTitle: 'Draw the quarterly sample', yearlyTitle: 'Yearly check of household records', region: 'Region', seed: 'Random seed (optional)',
    seedHelp: 'Left empty, one is generated; the same seed always draws the same households, so a draw can be re-checked.',
    drawHelp: 'Strata are grid × class as of the quarter\'s first day: class 1 at 50%, class 2 at 30%, class 3 at 10%, rounded up (as the policy says).',
    yearlyHelp: 'Checks the policy\'s share (default 100%) of the household records of every grid worker; the tasks are assigned to you.',
    exists: 'A sample exists for this region and period. Redrawing cancels its unfinished tasks (finished ones are kept). Redraw?', redraw: 'Redraw',
    drawn: '{{count}} households drawn', baseDate: 'Base date {{date}}', seedValue: 'Seed {{seed}}', superseded: 'Superseded',
    current: 'Current', createdAt: 'Drawn at', policyVersion: 'Policy version {{version}}',
    countsTitle: 'Sample by household class', size: 'Base', drawnCol: 'Drawn', rate: 'Rate', group: { '1': 'Class 1', '2': 'Class 2', '3': 'Class 3' },
    worker: 'Grid worker', noWorker: '(grids without a worker)', grids: 'Grids',
    tasks: 'Verification tasks ({{count}})', allStatuses: 'All statuses', status: { pending: 'To check', done: 'Checked', cancelled: 'Cancelled' },
    col: { address: 'Address', grid: 'Grid', visitClass: 'Class', status: 'Status', discrepancies: 'Wrong fields', action: 'Action' },
    open: 'Check', view: 'View', followUp: '{{count}} to follow up',
    summary: {
      total: 'Total', tasks: 'Tasks', done: 'Checked', withDiscrepancy: 'With errors', rate: 'Discrepancy rate', discrepancies: 'Wrong fields',
      followUps: 'To follow up', byClass: 'By class', empty: 'No verification tasks in this period', rateHelp: 'Discrepancy rate = households with errors / households checked',
    },
  },
  verificationTask: {
    title: 'Verification form', back: 'Back to verification', classAtDraw: 'Class at the draw', classNow: 'Class now', household: 'Household', member: 'Member: {{name}}',
    field: {
      address: 'Address', housing: 'Housing', landlord: 'Landlord', name: 'Name', sex: 'Sex', birthDate: 'Birth date', relation: 'Relation to head',
      tags: 'Tags', idNumber: 'ID number', phone: 'Phone',
    },
    confirmed: 'Correct', corrected: 'Wrong', newValue: 'Correct value', note: 'Note (optional)', empty: '(empty)',
    flagHint: 'Sensitive data is not changed here: flagged, it is checked and corrected by someone allowed to.', relationHint: 'A relation correction is kept on the form, to be made in the household record.',
    allConfirmed: 'All correct', submit: 'Submit the result', submitted: 'Result submitted', remaining: '{{count}} fields not answered yet',
    generalNote: 'General note (optional)', conflict: 'Someone else updated this task; it was reloaded, please check and submit again.',
    result: 'Result', resultSummary: '{{count}} wrong, {{followUps}} to follow up', applied: 'Corrected', followUp: 'Follow up',
    checkedAt: 'Checked at {{time}}', readOnly: 'You can view this task but not fill in its form.', cancelled: 'This task\'s sample was redrawn; the task is cancelled.',
  },
  errors: { DRAW_EXISTS: 'A sample already exists for this region and period' },
  audit: {
    actions: { verification_draw: 'Sample drawn', verification_result: 'Verification result' },
    entities: { 'verification-draw': 'Sample', 'verification-task': 'Verification task' },
  },
};

export default verification;
