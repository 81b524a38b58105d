/**
 * Registry: team operations (A4-A6, A10, C4-C6) and the marketing mode (B3-B5), the resources the
 * issues "Team operations" and "Grid marketing mode" build. Their routes check these actions.
 */
import { ANY_ROLE, cap, type ResourceTable } from './registry-kit';

const AUTHOR = { relation: 'author' } as const;

export const TEAM_RESOURCES = {
  diary: {
    read: { grants: [cap('diary.review'), cap('diary.select'), AUTHOR], message: 'your role may not read these diary entries' },
    write: { grants: [cap('diary.write'), cap('diary.back-enter')], message: 'your role keeps no field diary' },
    /** The author corrects their own entry (until it is selected excellent: checked by the service). */
    edit: { grants: [AUTHOR], message: 'only the author corrects a diary entry' },
    'back-enter': { grants: [cap('diary.back-enter')], message: 'only back-entry roles transcribe diaries for others' },
    review: { grants: [cap('diary.review')], message: 'your role may not review diaries' },
    /** A5.5: the workstation (and the lead) put entries on the month's shortlist. */
    shortlist: { grants: [cap('diary.review'), cap('diary.select')], message: 'your role may not shortlist diary entries' },
    /** A5.5: never one's own entry (409/403 SELF_SELECTION is checked by the service). */
    select: { grants: [cap('diary.select')], message: 'only the community grid lead selects excellent entries' },
  },
  meeting: {
    read: { grants: [cap('meeting.convene'), cap('meeting.attend')], message: 'your role takes part in no meetings here' },
    convene: { grants: [cap('meeting.convene')], message: 'your role may not convene meetings here' },
    attend: { grants: [cap('meeting.attend')], message: 'your role is not invited to meetings here' },
    /** A2.5: the grid workers pass a consultation meeting or expert Q&A on to residents in advance. */
    announce: { grants: [cap('meeting.announce')], message: 'only grid workers announce meetings to residents' },
  },
  training: {
    read: { grants: [ANY_ROLE], message: 'this training is outside your area' },
    run: { grants: [cap('training.run')], message: 'only the grid office runs training' },
  },
  assessment: {
    read: { grants: [cap('assessment.read')], message: 'your role may not read scores here' },
    score: { grants: [cap('assessment.score')], message: 'your role may not record assessment items here' },
  },
  /** C8: the monthly supervision report; its rating counts in the community's assessment. */
  'supervision-report': {
    read: { grants: [cap('supervision.report'), cap('assessment.read')], message: 'your role may not read supervision reports here' },
    write: { grants: [cap('supervision.report')], message: 'only the supervising office writes supervision reports' },
  },
  customer: {
    read: { grants: [cap('customer.read')], message: 'your role may not read customers here' },
    edit: { grants: [cap('customer.edit')], message: 'your role may not change customers here' },
    dispatch: { grants: [cap('lead.dispatch')], message: 'only the grid manager dispatches visits' },
  },
  sale: {
    record: { grants: [cap('sale.record')], message: 'your role may not record sales' },
    manage: { grants: [cap('sale.manage')], message: 'only the grid manager sets products and targets' },
  },
  worklog: {
    write: { grants: [cap('worklog.write')], message: 'your role keeps no daily work log' },
    review: { grants: [cap('worklog.review')], message: 'only the grid manager reviews work logs' },
  },
} as const satisfies Record<string, ResourceTable>;
