/** English: the phone survey form (A8.1), three visits four clears (A7.1), the account page. Typed against the Chinese. */
import type zhFieldwork from './zh-CN.fieldwork';

const fieldwork: typeof zhFieldwork = {
  nav: { outreach: 'Outreach visits' },
  household: { fillSurvey: 'Fill in survey' },
  visitTabs: { due: 'My visits', outreach: 'Outreach visits' },
  surveyFill: {
    title: 'Household survey',
    back: 'Back to the household',
    rule: '{{rule}}: the form of the household’s class',
    required: 'Questions marked * must be answered',
    submit: 'Submit survey',
    saved: 'Survey saved',
    restored: 'Restored what you entered last time',
    discard: 'Clear',
    problems: {
      required: 'Answer this question',
      choice: 'Choose one of the options',
      tooLong: 'At most {{max}} characters',
      unknown: 'Not a question of this form',
      invalid: 'Check this answer',
    },
    history: 'Surveys ({{count}})',
    empty: 'No survey filled in yet',
    by: '{{name}} · {{date}}',
    more: 'Show more',
    showAnswers: 'Show answers',
    hideAnswers: 'Hide',
    visit: 'Visit #{{id}}',
  },
  outreach: {
    title: 'Outreach visits',
    intro:
      'Visit party branch members, party group leaders, owners’ committees and residents, and learn four things: party activity, ' +
      'compound management, residents’ circumstances and residents’ needs (A7.1).',
    record: 'Record a visit',
    cancel: 'Cancel',
    count: '{{count}} this month',
    empty: 'No outreach visits this month',
    targets: {
      'party-branch-member': 'Party branch member',
      'party-group-leader': 'Party group leader',
      'owners-committee': 'Owners’ committee',
      resident: 'Resident',
    },
    checklist: {
      'party-activity': 'Party activity',
      'compound-management': 'Compound management',
      'resident-circumstances': 'Residents’ circumstances',
      'resident-needs': 'Residents’ needs',
    },
    form: {
      title: 'Record an outreach visit',
      grid: 'Grid',
      target: 'Visited',
      targetName: 'Name',
      targetNameHint: 'e.g. Wang Jianguo (party member, building 3)',
      visitedAt: 'When',
      checklist: 'Clear now (four clears)',
      notes: 'Notes (optional)',
      notesHint: 'What you learned, requests and follow-up',
      submit: 'Save',
      saved: 'Outreach visit recorded',
      future: 'The time cannot be in the future',
    },
    by: '{{name}}',
    none: 'No item ticked',
  },
  account: {
    title: 'My account',
    menu: 'My account',
    profile: 'Account',
    name: 'Name',
    username: 'Username',
    roles: 'Roles',
  },
  calendarFeed: {
    title: 'Calendar subscription',
    intro:
      'Subscribe to your meetings, training and visit rounds in your phone or desktop calendar (Apple Calendar, Outlook); ' +
      'changes appear there by themselves.',
    private:
      'The address is private: anyone who has it can see your calendar, so do not forward or publish it. If it leaks or you no ' +
      'longer need it, replace it (the old address stops working at once) or stop the subscription.',
    active: 'Subscription on; address created {{date}}',
    inactive: 'No calendar subscription yet',
    create: 'Create address',
    replace: 'Replace address',
    replaceConfirm: 'The old address stops working at once; calendars that use it need the new one. Replace it?',
    revoke: 'Stop subscription',
    revokeConfirm: 'The address stops working at once and calendars stop updating. Stop it?',
    revoked: 'Subscription stopped; the old address no longer works',
    created: 'New address created',
    url: 'Address',
    once: 'This address is shown only this once: copy it now and add it to your calendar app.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; select the address and copy it by hand',
    howTo: 'In your calendar app choose “Add subscribed calendar” (or “From URL”) and paste the address.',
  },
};

export default fieldwork;
