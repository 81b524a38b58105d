/**
 * Capabilities: what a role brings, named once (issue "One access model"). A role is a set of them
 * (roles.ts); an action of the registry (registry*.ts) says which capabilities allow it. Two kinds:
 * - permissions ("may do"), checked through `can` for a record in the holder's scope;
 * - duties ("is expected to do"): who is counted or notified (the grid workers who visit, the team of a
 *   grid's round, who acknowledges a round report). Queries select holders with `rolesWith`.
 */
export const CAPABILITIES = {
  // area and people
  'region.edit': 'create, change and delete regions and grids below the bound node',
  'region.administer': 'also change the bound node itself',
  'user.read': 'read the people of the area',
  'user.manage': 'create accounts and give or take back any role',
  'policy.edit': 'edit the policy in force for the area',
  'calendar.edit': 'edit and confirm the working-day calendar (deployment-wide)',
  'taxonomy.edit': 'edit case categories and resident tags (deployment-wide)',
  'audit.read': 'read the audit log of the area',
  'deployment.administer':
    'bound at the top: also read the audit entries about no region (sign-ins, calendar, categories) and the outbound delivery records',
  'open311.manage': 'register and remove Open311 clients',
  // cases
  'case.intake': 'take cases in, and add photos to the cases of the area',
  'case.back-entry': 'enter cases from paper records (a past receivedAt)',
  'case.coordinate': 'accept, reject, merge, assign, escalate, transfer, handle, reopen cases of the area',
  'case.resolve-on-spot': 'solve a small matter on the spot (A1.6)',
  'case.feedback': "record the reporter's feedback",
  'case.verify': 'verify the result of a case',
  'case.close': 'close and archive cases',
  'case.reopen': 'reopen a finished case',
  'case.supervise': 'annotate cases with supervision notes, reminders and hot flags (A9.2, C8)',
  'hotline.desk': 'work the hotline desk: register calls, hotline notes',
  'intake.hotline': 'take calls: intake source hotline, confidential reporters (A9.4)',
  'intake.field': 'take cases in the field (intake source field)',
  'reporter.reveal-confidential': "reveal a confidential reporter's identity (A9.4, C3)",
  // households, visits, rounds, verification
  'household.read': 'read households, residents and visits of the area',
  'household.edit': 'register households and residents, record visits',
  'visit.record-for-others': "record visits other people made (back-entry, a team's visit)",
  'resident.reveal-id-number': "reveal a resident's ID number, one at a time, audited",
  'resident.reveal-phone': "reveal a resident's phone number, one at a time, audited",
  'round.read': "read a township round's progress and reports",
  'round.prepare': "prepare and submit a grid's round report (C2.2)",
  'round.acknowledge': 'acknowledge a round report (the community head, C2.2)',
  'verification.read': 'read verification draws, tasks and summaries',
  'verification.draw': 'draw households each quarter and verify them (A8.2)',
  'verification.yearly': "check each grid worker's records every year (A8.3)",
  'grid.lead': "lead a grid's team: compare its workers' visits, hold its monthly analysis (A11.1, C5.1)",
  // team operations (issue "Team operations")
  'diary.write': 'keep a field diary (A5)',
  'diary.back-enter': 'transcribe paper notebooks for others',
  'diary.review': 'review and comment on field diaries (A5.6)',
  'diary.select': 'shortlist and select excellent diary entries (A5.5)',
  'meeting.convene': 'schedule and run meetings, take attendance and minutes',
  'meeting.attend': 'be invited to meetings, request leave',
  'meeting.announce': 'tell the residents of the grid of a consultation meeting or an expert Q&A session in advance (A2.5)',
  'training.run': 'run training sessions with roll call (A6)',
  'assessment.read': 'read scores and rankings of the area',
  'assessment.score': 'record rewards, penalties and assessment items',
  'supervision.report': 'write the monthly supervision report of a community or town and rate its grid work (C8)',
  // marketing mode (issue "Grid marketing mode")
  'customer.read': 'read compounds, competitors and customers of the area',
  'customer.edit': 'register and update customers, record customer visits',
  'lead.dispatch': 'screen leads and dispatch visits to reps (B4.1)',
  'sale.record': 'record sales',
  'sale.manage': 'set products, commission rules and named targets (B4.6, B5)',
  'worklog.write': 'keep a daily work log (B4.3)',
  'worklog.review': 'review the daily work logs of the team (B4.3)',
  // duties
  'duty.visits': 'is responsible for the visits of the bound grid (compliance, yearly check)',
  'duty.grid-team': 'is on the team of the bound grid (its round report, C2.2)',
  'duty.acknowledge-rounds': "is told when a round report of the community's grids is submitted",
  'duty.oversee-reveals': 'is told when an account reaches the reveal limit (C3, D10)',
} as const;

export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];
