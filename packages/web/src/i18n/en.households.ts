/** English: households, residents and visits. Typed against the Chinese, so a missing key fails the type check. */
import type zhHouseholds from './zh-CN.households';

const households: typeof zhHouseholds = {
  nav: { visits: 'My visits', households: 'Households', 'visit-stats': 'Visit statistics' },
  visitClass: { '1-general': 'Class 1 (general)', '1-special': 'Class 1 (special)', '2-general': 'Class 2 (general)', '2-key': 'Class 2 (key)', '3': 'Class 3' },
  classReason: {
    'age-60-plus': 'aged 60+', 'empty-nest': 'empty nest', 'living-alone': 'living alone', 'low-income': 'low income', disabled: 'disabled',
    'seriously-ill': 'seriously ill', bedridden: 'bedridden',
  },
  visitStatus: { met: 'Met', due: 'Due', 'at-risk': 'At risk', overdue: 'Overdue' },
  visitTypes: { routine: 'Routine visit', round: 'Round', 'three-visits': 'Three visits', 'follow-up': 'Follow-up', call: 'Phone contact' },
  housing: { owned: 'Owned', rented: 'Rented' },
  sex: { M: 'M', F: 'F' },
  relation: { head: 'Head', spouse: 'Spouse', child: 'Child', parent: 'Parent', grandchild: 'Grandchild', sibling: 'Sibling', tenant: 'Tenant', other: 'Other' },
  endReason: { moved: 'Moved to another household here', 'moved-out': 'Moved out', deceased: 'Deceased' },
  households: {
    title: 'Households', search: 'Address, name, ID number or phone', anyGrid: 'All grids', new: 'New household', empty: 'No households match',
    count: '{{count}} households', loadMore: 'Load more', noMembers: 'No members',
    col: { id: 'No.', address: 'Address', grid: 'Grid', housing: 'Housing', members: 'Members' },
    form: {
      title: 'New household', editTitle: 'Edit household', grid: 'Grid', address: 'Address', addressPlaceholder: 'e.g. 12 Heping Rd, bldg 3, unit 2, room 301',
      compound: 'Compound (optional)', building: 'Building (optional)', housing: 'Housing', landlord: 'Landlord', created: 'Household #{{id}} created',
    },
  },
  household: {
    back: 'Back to households', title: 'Household #{{id}}', grid: 'Grid', compound: 'Compound', building: 'Building', housing: 'Housing', landlord: 'Landlord',
    edit: 'Edit', visit: 'Visit', print: 'Print survey form',
    classTitle: 'Visit class', override: 'set manually', derivedWas: 'from the members: {{class}}', noReasons: 'No special circumstances',
    setOverride: 'Set manually', clearOverride: 'Derive from members again', overrideTitle: 'Set the visit class manually', overrideReason: 'Reason',
    overrideHelp: 'A manual class replaces the one derived from the members’ ages and tags; the reason is recorded and shown.', cleared: 'The class is derived from the members again',
    statusTitle: 'Visits this period', period: '{{start}} to {{end}}', doneOf: '{{done}} of {{required}} visits done', suggested: 'Visit by {{date}}',
    members: 'Members ({{count}})', formerMembers: 'Former members ({{count}})', addMember: 'Add member', noMembers: 'No members',
    age: '{{age}} yrs', joinedOn: 'since {{date}}', left: '{{date}} {{reason}}',
    editMember: 'Edit', endMembership: 'Leaves',
    idNumber: 'ID number', phone: 'Phone', reveal: 'Reveal', revealTitle: 'Reveal the full {{field}}',
    revealConfirm: 'Revealing is recorded in the audit log. Reveal the full {{field}} of {{name}}?', hide: 'Hide',
    history: 'Visit history', noVisits: 'No visits yet', outsideGrid: 'Position outside the grid', notCounted: 'not counted',
    findings: 'Findings', needs: 'Needs', located: 'Located', loadMore: 'Load more', historyCount: '{{count}} in all',
    cases: 'Open cases reported from visits', noCases: 'No open cases reported from this household’s visits',
  },
  residentForm: {
    addTitle: 'Add member', editTitle: 'Edit member: {{name}}', name: 'Name', sex: 'Sex', birthDate: 'Date of birth', idNumber: 'ID number',
    phone: 'Phone', keep: 'Leave empty to keep ({{mask}})', tags: 'Tags', relation: 'Relation to the head', joinedOn: 'Joined on (default today)',
    more: 'More (economic situation, skills, views, social relations)', economicSituation: 'Economic situation', skills: 'Skills', views: 'Views',
    socialRelations: 'Main social relations', notes: 'Notes', saved: 'Member saved',
  },
  endForm: {
    title: 'Leaves: {{name}}', reason: 'Reason', on: 'Date', toHousehold: 'New household', toHouseholdSearch: 'Type an address to search',
    relation: 'Relation in the new household', note: 'Note', done: 'Recorded', help: 'Nothing is deleted: the person stays under “Former members”.',
  },
  visitForm: {
    photosFailed: 'The visit is saved, but {{count}} photo(s) were not uploaded', photosSkip: 'Go on without them',
    title: 'Record a visit', type: 'Type', callHint: 'A phone call is recorded as a contact and never counts as a visit', startedAt: 'Started', endedAt: 'Ended',
    gps: 'Record position', gpsBusy: 'Locating…', gpsDone: 'Position recorded (about {{accuracy}} m)', gpsClear: 'Clear position',
    gpsDenied: 'Cannot get your position; allow location access', gpsUnavailable: 'Location is not available on this device or connection (needs HTTPS)', location: 'Position',
    findings: 'Findings', findingsPlaceholder: 'Changes in members, health, housing, living conditions', needs: 'Needs', needsPlaceholder: 'Difficulties, needs and views the residents raised',
    reportIssue: 'Report a problem after saving', reportIssueHint: 'Opens the case intake form with the grid and position filled in',
    submit: 'Save visit', saved: 'Visit saved', outsideGrid: 'Note: the recorded position lies outside this household’s grid; please check',
    endBeforeStart: 'The end must be after the start',
    networkFailed: 'Poor signal: the visit was not confirmed. The form is kept; “Retry” sends it again (it will not be recorded twice).',
    keyReused: 'The previous submission may have been saved. Check the visit history first; if it is not there, submit it as a new visit.', submitAsNew: 'Submit as a new visit',
    problems: {
      future: 'The start may be at most 5 minutes in the future', 'before-start': 'The end must be after the start', 'too-long': 'A visit lasts at most 12 hours',
      'outside-china': 'The position lies outside China',
    },
  },
  due: {
    title: 'My visits', buckets: { overdue: 'Overdue', today: 'Today', 'this-week': 'This week', later: 'Later', done: 'Met this period' },
    visit: 'Visit', doneOf: '{{done}}/{{required}} done', suggested: 'by {{date}}', lastVisit: 'last {{date}}', never: 'never visited',
    periodEnd: 'period ends {{date}}', showMet: 'Show met', empty: 'No households are due',
    count: '{{count}} households', truncated: 'Many households are due: only the {{count}} most urgent are listed',
  },
  compliance: {
    title: 'Visit statistics', date: 'As of', byGrid: 'By grid', byWorker: 'By worker', byClass: 'By class', total: 'Total',
    col: { label: 'Name', households: 'Households', required: 'Required', done: 'Done', met: 'Met', due: 'Due', atRisk: 'At risk', overdue: 'Overdue', rate: 'Rate' },
    legend: { good: 'rate ≥ 90%', fair: '≥ 60%', poor: '< 60%', empty: 'no households' },
    hours: 'Visiting hours (last 7 days)', worker: 'Person', sum: 'Total', visits: '{{count}} visits', noHours: 'No in-person visits in the last 7 days',
    hoursHint: 'In-person visits only; overlapping visits of one person on one day are merged. Cells show hours (visits).', noRegion: 'Choose a region in the tree',
  },
  survey: {
    title: 'Grid household survey form ({{kind}})', kind: { '1': 'class 1', '2': 'class 2', '3': 'class 3' },
    print: 'Print', back: 'Back to the household', formType: 'Form type', blankRows: '(blank rows to fill in)',
    serial: 'Household no.', surveyDate: 'Survey date', dateBlank: '____ / __ / __',
    basics: '1. Household', address: 'Address', grid: 'Grid', place: 'Compound / building', housing: 'Housing', landlord: 'Landlord (rented)',
    visitClass: 'Visit class', reasons: 'Because of',
    members: '2. Members', memberCols: { name: 'Name', sex: 'Sex', birthDate: 'Born', relation: 'Relation', idNumber: 'ID number', phone: 'Phone', tags: 'Circumstances' },
    elderly: {
      title: '3. Elderly members (class 1)', living: 'Living situation', livingOptions: 'alone □　with spouse □　with children □　empty nest □　other ______',
      health: 'Health', healthOptions: 'good □　fair □　poor □　chronic illness ______　limited mobility □',
      care: 'Care needs', careOptions: 'daily care □　meals □　nursing □　companionship □　emergency call □　other ______',
      contact: 'Emergency contact and phone',
    },
    vulnerable: {
      title: '3. Hardship and assistance (class 2)', allowance: 'Assistance received', allowanceOptions: 'minimum living allowance □　extreme-poverty support □　temporary aid □　amount ______ yuan/month',
      disability: 'Disability', disabilityOptions: 'type ______　grade ______　certificate no. ______',
      illness: 'Serious illness / bedridden', illnessOptions: 'seriously ill □　bedridden □　condition ______　carer ______',
      assistance: 'Assistance needed', assistanceOptions: 'medical □　employment □　housing □　education □　daily care □　other ______',
    },
    general: {
      title: '3. Employment and needs (class 3)', employment: 'Employment', employmentOptions: 'employed □　self-employed □　flexible □　unemployed □　retired □　student □',
      work: 'Employer / business', resident: 'Residence', residentOptions: 'registered □　migrant □ (residence permit □)　renting □',
      needs: 'Needs and views',
    },
    findings: '4. Problems found and how they were handled', views: '5. Residents’ views and suggestions',
    signatures: 'Signatures', surveyor: 'Surveyor (grid worker)', householdSign: 'Household', verifier: 'Workstation verifier', signDate: 'Date',
    footer: 'This form holds residents’ personal information: for grid work only, never to be disclosed.',
  },
  errors: { POLICY_INCOMPLETE: 'The policy in force sets no visit frequency for this class' },
  audit: {
    actions: {
      household_create: 'Create household', household_update: 'Update household', resident_create: 'Add member', resident_update: 'Update member',
      'resident_membership-end': 'Member leaves', resident_reveal: 'Resident data revealed', 'visit_photo-add': 'Visit photo added', visit_create: 'Record visit', 'resident-tag_save': 'Save resident tag',
    },
    entities: { household: 'Household', resident: 'Resident', visit: 'Visit', 'resident-tag': 'Resident tag' },
  },
};

export default households;
