/** English: monthly analysis list, tracking-feedback form, Open311 clients. Typed against the Chinese. */
import type zhReports from './zh-CN.reports';

const reports: typeof zhReports = {
  analysis: {
    title: 'Monthly analysis', month: 'Month', print: 'Print', region: 'Region',
    heading: '{{region}} {{month}}: problems for the analysis meeting',
    summary: '{{grids}} grids, {{open}} open, {{hot}} hot',
    grid: 'Grid', gridLine: '{{open}} open · {{hot}} hot',
    col: { id: 'No.', title: 'Matter', category: 'Category', caseClass: 'Time class', tier: 'Tier', status: 'Status', deadline: 'Deadline', hot: 'Why hot', handler: 'Handler (set at the meeting)' },
    reason: { 'several-residents': 'Several residents', escalated: 'Escalated twice', flagged: 'Flagged' },
    open: 'Open', empty: 'No open or hot cases this month',
    note: 'C5.1: each grid level holds at least one analysis meeting a month on reported problems and assigns handlers. Hot: several residents (cases merged into it), escalated at least twice, or flagged by a supervisor.',
    printedAt: 'Printed {{at}}',
  },
  feedbackForm: {
    title: 'Tracking-feedback form', print: 'Print', back: 'Back to the case', button: 'Print feedback form',
    caseNo: 'No.', issuer: 'Issued by', printedOn: 'Date',
    resident: 'Resident', phone: 'Phone', anonymous: 'Anonymous', confidential: '(confidential)',
    matter: 'Matter', description: 'Details', category: 'Category', caseClass: 'Time class', deadline: 'Time limit',
    receivedAt: 'Received', source: 'Channel', grid: 'Grid',
    handlingUnit: 'Handling unit', handler: 'Handler', result: 'Result', completedAt: 'Completed',
    feedback: 'Feedback to the resident', feedbackAt: 'Given on', feedbackContent: 'Content',
    view: "Resident's view", verification: 'Verification', verifiedAt: 'Verified on', verifier: 'Verified by',
    onTime: 'Within the limit', onTimeYes: 'On time', onTimeNo: 'Late', pending: 'In progress',
    signatures: { handler: 'Handler', gridWorker: 'Grid worker', head: 'Head', resident: 'Resident' },
    date: 'Date', footnote: 'Filled in by the community head station and sent to the grid worker, who tells the resident (A3.2); registered and archived by the workstation when closed (A3.3).',
  },
  open311: {
    title: 'Open311 clients', create: 'New client', name: 'Name', region: 'Service area',
    createdAt: 'Created', status: 'Status', active: 'Active', inactive: 'Deactivated', revoke: 'Deactivate', revokeConfirm: 'The key stops working at once. Deactivate "{{name}}"?',
    revoked: 'Deactivated', empty: 'No Open311 clients yet',
    keyTitle: 'Client key', keyOnce: 'The key is shown only this once (the server keeps only its SHA-256). Copy it now and keep it safe.', copy: 'Copy', copied: 'Copied', done: 'I have saved it',
    help: 'Outside channels (a city hotline platform, a mini-program) file requests through GeoReport v2 at /open311/v2; one key per client, and requests can only land in grids of its service area.',
    actingUser: 'System account',
  },
};

export default reports;
