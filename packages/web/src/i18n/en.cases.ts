/** English: cases. Typed against the Chinese, so a missing key fails the type check. */
import type zhCases from './zh-CN.cases';

const cases: typeof zhCases = {
  caseStatus: {
    received: 'Received', accepted: 'Accepted', 'in-progress': 'In progress', responded: 'Responded', 'fed-back': 'Fed back', verified: 'Verified',
    closed: 'Closed', archived: 'Archived', rejected: 'Rejected', merged: 'Merged', reopened: 'Reopened',
  },
  caseActions: {
    intake: 'Intake', 'deadline-recomputed': 'Deadline recomputed', 'photo-added': 'Photo added',
    accept: 'Accept', reject: 'Reject', merge: 'Merge', 'resolve-on-spot': 'Resolve on the spot', escalate: 'Escalate', assign: 'Assign', transfer: 'Transfer',
    start: 'Start', 'request-extension': 'Request extension', 'decide-extension': 'Decide extension', respond: 'Respond', feedback: 'Feed back to resident',
    verify: 'Verify', close: 'Register closing', archive: 'Archive', reopen: 'Reopen',
  },
  light: {
    green: { name: 'Green', state: 'On track' }, yellow: { name: 'Yellow', state: 'Due soon' }, red: { name: 'Red', state: 'Overdue' },
  },
  caseSources: {
    field: 'Field patrol', 'walk-in': 'Walk-in', hotline: 'Hotline', online: 'Online', meeting: 'Meeting', superior: 'Superior assignment', open311: 'Open311',
  },
  satisfaction: { satisfied: 'Satisfied', 'basically-satisfied': 'Basically satisfied', unsatisfied: 'Unsatisfied' },
  caseClasses: { consultation: 'Consultation', general: 'General', complex: 'Complex', 'especially-complex': 'Especially complex', major: 'Major or difficult' },
  cases: {
    title: 'Cases', mine: 'My cases', all: 'All cases', new: 'Report a problem', refresh: 'Refresh', loadMore: 'Load more', back: 'Back to cases',
    open: 'Open', finished: 'Finished', anyStatus: 'Any status', anySource: 'Any source',
    empty: 'No cases', emptyMine: 'No cases of yours', count: '{{count}} cases',
    col: {
      light: 'Light', title: 'Matter', status: 'Status', caseClass: 'Time class', deadline: 'Deadline', grid: 'Grid', source: 'Source',
      category: 'Category', receivedAt: 'Received', tier: 'Tier', id: 'No.', handlingUnit: 'Handling unit', description: 'Description',
    },
    left: 'Due in {{value}}', overdue: '{{value}} overdue', metOnTime: 'Met on time', metLate: 'Met late',
    unit: { day: '{{count}} d', hour: '{{count}} h', minute: '{{count}} min' },
    provisional: 'provisional', provisionalHint: 'The official holidays of that year are not confirmed yet; the deadline is recomputed once they are',
    classLimit: '{{label}} · {{limit}}',
  },
  intake: {
    title: 'Report a problem', grid: 'Grid', locate: 'Locate', locating: 'Locating…', located: 'Located in: {{name}}',
    locatedNone: 'Your position is not inside any grid', locatedOutside: '“{{name}}” is outside your area', locateDenied: 'Cannot get your position; allow location access',
    pickGridFirst: 'Choose the grid first', category: 'Category', caseClass: 'Time class', source: 'Source',
    caseTitle: 'Title', caseTitlePlaceholder: 'The problem in one line, e.g. clutter in the stairwell of building 3', description: 'Description',
    descriptionPlaceholder: 'When, where, who, what exactly', reporter: 'Reporter', reporterName: 'Name', reporterPhone: 'Phone',
    phoneInvalid: 'Enter a valid phone number', anonymous: 'Anonymous', confidential: 'Confidential (hotline and supervisors only)', receivedAt: 'Received at (back-entry)',
    receivedAtHint: 'For paper records; empty means now', submit: 'Submit', submitted: 'Reported, case {{id}}',
    networkFailed: 'Poor connection: the report was not confirmed. The form is kept; press “Retry” to send it again (it will not be filed twice).',
    keyReused: 'The previous attempt may have gone through. Check “My cases” first; if it is not there, submit it as a new report.', submitAsNew: 'Submit as a new report',
    noPolicy: 'This grid has no policy, so no time limit can be set',
  },
  caseDetail: {
    reporter: 'Reporter', anonymous: 'Anonymous', confidential: 'Confidential', noReporter: 'No reporter recorded', reveal: 'Show full details',
    revealTitle: 'Show the reporter', revealConfirm: 'This will be recorded (audited). Show the reporter’s full name and phone?', revealOk: 'Show',
    map: 'Location', noLocation: 'No exact position recorded; showing the grid', timeline: 'History', actionsTitle: 'Actions', noActions: 'Nothing for you to do on this case now',
    conflict: 'Someone else just changed this case; it was reloaded. Check it and try again', notAllowed: 'This action is no longer possible; the case was reloaded',
    detailLine: '{{label}}: {{value}}', done: '{{action}}: done', system: 'System', fromTo: '{{from}} → {{to}}', deadlineChange: 'Deadline: {{from}} → {{to}}', person: 'User #{{id}}',
    extensionPending: 'Extension requested: {{reason}} (proposed {{deadline}})', mergedInto: 'Merged into case #{{id}}',
  },
  actionForm: {
    cancel: 'Cancel', title: '{{action}} · case #{{id}}', submit: 'OK', noFields: '{{action}} this case?',
    reason: 'Reason', details: 'What was done', intoCaseId: 'Merge into case', handlingUnit: 'Handling unit', handlerId: 'Handler', toUserId: 'To person',
    toUnit: 'To unit', explanation: 'Explanation', proposedDeadline: 'Proposed deadline', approve: 'Decision', approveYes: 'Approve', approveNo: 'Refuse',
    deadline: 'Approved deadline', satisfaction: 'Resident’s satisfaction', note: 'Note', handler: 'Handler', completedAt: 'Completed at', caseClass: 'Time class',
    targetRequired: 'Give a person or a unit to transfer to', pickCase: 'Choose an open case of the same grid', userId: 'User number',
  },
  detailKeys: {
    reason: 'Reason', details: 'What was done', explanation: 'Explanation', note: 'Note', satisfaction: 'Satisfaction', handlingUnit: 'Handling unit', handler: 'Handler',
    handlerId: 'Handler', completedAt: 'Completed at', caseClass: 'Time class', classBefore: 'Previous class', tier: 'Tier', tierBefore: 'Previous tier',
    tierAfter: 'New tier', deadline: 'Deadline', receivedAt: 'Received', proposedDeadline: 'Proposed deadline', approve: 'Approved', toUnit: 'To unit',
    toUserId: 'To person', intoCaseId: 'Merged into', onTime: 'On time', metAt: 'Met at', reopened: 'Reopened', provisional: 'Provisional deadline',
    deadlineProvisional: 'Provisional deadline', policyVersion: 'Policy version', handOver: 'First-inquiry hand-over',
    photoId: 'Photo number',
  },
  casePhotos: {
    title: 'Photos', empty: 'No photos yet', camera: 'Take a photo', album: 'Choose from album', count: '{{count}} of {{max}}', uploading: 'Uploading…',
    added: '{{count}} photo(s) added', full: 'At most {{max}} photos', tooLarge: 'The photo is over 10 MB and was not uploaded', badType: 'Only JPEG, PNG and WebP photos are accepted',
    failed: 'Photo upload failed: {{message}}', someFailed: 'The case is filed, but {{count}} photo(s) were not uploaded; add them again on the case page', intakeLabel: 'Photos (optional)',
    intakeHint: 'Phones can take a picture directly; large photos are shrunk first; at most {{max}}, each up to 10 MB', remove: 'Remove',
  },
  mergeSuggestions: {
    title: 'Similar cases nearby (within {{radius}} m)', empty: 'No open case of this category nearby', noLocation: 'This case has no location: open cases of the same category in its grid',
    distance: '{{metres}} m', sameGrid: 'Same grid', pick: 'Merge into this one', picked: 'Chosen',
  },
};

export default cases;
