import { REGION_TYPES, ROLES } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/** A password being set (the administrator's user form, one's own change): 10 to 256 characters; the service refuses the demo one. */
export const NewPassword = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH });

export const RoleRef = Type.Object({
  id: Type.Integer(),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  regionId: Type.Integer(),
  regionName: Type.String(),
  regionType: Type.Union(REGION_TYPES.map((t) => Type.Literal(t))),
});

export const UserAbilities = Type.Object({
  manageRegions: Type.Boolean(),
  manageUsers: Type.Boolean(),
  memberProfiles: Type.Boolean({ description: "reads other people's member profiles (成员档案) somewhere in scope" }),
  editPolicy: Type.Boolean(),
  editCalendar: Type.Boolean(),
  viewAudit: Type.Boolean(),
  viewDeliveries: Type.Boolean(),
  fileCases: Type.Boolean({ description: 'may take in cases (somewhere in scope)' }),
  backEnterCases: Type.Boolean({ description: 'may set receivedAt when taking in a case (paper records)' }),
  hotlineRegister: Type.Boolean({ description: 'keeps or reads the hotline register (A9.2)' }),
  verification: Type.Boolean({ description: 'reads verification draws, tasks and the per-area summary (A8.2, A8.3)' }),
  households: Type.Boolean({ description: 'reads household records somewhere in scope (A11.1)' }),
  householdEdit: Type.Boolean({
    description: 'registers households and residents, records visits and imports the roster somewhere in scope (A11.1)',
  }),
  visitCompliance: Type.Boolean({
    description:
      'reads visit compliance: a household reader bound above the grid level, or a grid leader for their grid (A7.2, A8.2, A11.1)',
  }),
  dueVisits: Type.Boolean({
    description: 'works a due list of visits (我的走访) and lands on it: registers households bound to a grid (A7.2)',
  }),
  monthlyAnalysis: Type.Boolean({
    description: 'holds the monthly analysis meeting (C5.1): a grid leader, or anyone bound above the grid level',
  }),
  manageOpen311: Type.Boolean({ description: 'manages Open311 clients (administrators)' }),
  intakeSource: Type.Union([Type.Literal('field'), Type.Literal('hotline'), Type.Literal('walk-in')], {
    description:
      'the source a case this user takes in starts with: field for grid workers and leaders, hotline for hotline operators, else walk-in',
  }),
  confidentialIntake: Type.Boolean({ description: 'takes in reporters who ask to stay confidential (hotline operators, A9.4)' }),
  // team operations (A4-A6, A10, C4-C6)
  diaries: Type.Boolean({ description: 'keeps, reviews or transcribes field diaries (A5)' }),
  diaryReview: Type.Boolean({ description: "reads and reviews the area's diary entries (A5.6)" }),
  diaryBackEnter: Type.Boolean({ description: 'transcribes paper notebooks for others' }),
  teamMember: Type.Boolean({ description: 'a team member: keeps a diary, records self-study (A5.2, A6)' }),
  meetings: Type.Boolean({ description: 'takes part in meetings somewhere in scope (A4, C6)' }),
  conveneMeetings: Type.Boolean({ description: 'convenes meetings somewhere in scope' }),
  trainings: Type.Boolean({ description: 'reads training sessions (A6)' }),
  runTraining: Type.Boolean({ description: 'runs training sessions with roll call (the grid office, A6)' }),
  rewards: Type.Boolean({ description: 'reads rewards and penalties: their own, or their area as an assessor (A10)' }),
  proposeRewards: Type.Boolean({ description: 'proposes and approves rewards and penalties (A10)' }),
  assessment: Type.Boolean({ description: 'reads scores and rankings of the area' }),
  supervisionReports: Type.Boolean({ description: 'writes the monthly supervision reports (C8) somewhere in scope' }),
});

export const SignedInUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleRef),
  abilities: UserAbilities,
});

export const LoginResponse = Type.Object({ token: Type.String(), user: SignedInUser });
export const MeResponse = Type.Object({ user: SignedInUser, demo: Type.Boolean() });
