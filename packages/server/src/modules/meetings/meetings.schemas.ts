/** Meetings (A2.5, A4, C2.4, C4, C5.1, C6, D7; API contract "Team operations"): bodies and views. */
import { ROLES } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import { Code, DateText, Id, Nullable } from '../households/households.schemas';
import { MonthText } from '../diaries/diaries.schemas';

export const ATTENDANCE = ['present', 'late', 'absent', 'on-leave'] as const;
const AttendanceValue = Type.Union(ATTENDANCE.map((a) => Type.Literal(a)));
const RoleCode = Type.Union(ROLES.map((r) => Type.Literal(r)));
/**
 * Meetings outside the policy's rhythm: an urgent meeting called by the grid chief (C2.4), a public
 * consultation meeting on hot issues (A2.5, 民情恳谈会) and an expert Q&A session announced in advance (A2.5).
 */
export const EXTRA_MEETING_TYPES = ['urgent', 'public-consultation', 'expert-qa'] as const;

export const ScheduleQuery = Type.Object({ regionId: Type.Optional(Id), month: Type.Optional(MonthText) }, { additionalProperties: false });
export type ScheduleQuery = Static<typeof ScheduleQuery>;
export const ScheduleView = Type.Array(
  Type.Object({
    type: Type.String(),
    date: Type.String(),
    regionId: Type.Integer(),
    setDate: Type.String(),
    shifted: Type.Boolean(),
    rule: Type.String(),
    combines: Type.Optional(Type.Array(Type.String())),
    /** A meeting of this type recorded for the region in that month, if any. */
    meetingId: Nullable(Type.Integer()),
  }),
);

export const CreateMeetingBody = Type.Object(
  {
    type: Code,
    regionId: Id,
    startsAt: Type.String({ format: 'date-time' }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    place: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    /** Who is invited: every team member bound at or below the region (default), narrowed to these roles… */
    inviteRoles: Type.Optional(Type.Array(RoleCode, { maxItems: 20, uniqueItems: true })),
    /** …plus these people (relevant leaders, C6; experts' hosts, A2.5). */
    inviteUserIds: Type.Optional(Type.Array(Id, { maxItems: 100, uniqueItems: true })),
    topics: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 })),
    /** A2.5: what residents are told in advance (required for consultation meetings and expert Q&A). */
    notice: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateMeetingBody = Static<typeof CreateMeetingBody>;

export const MeetingListQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    from: Type.Optional(DateText),
    to: Type.Optional(DateText),
    type: Type.Optional(Code),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { description: 'xlsx downloads the list as a workbook' }),
    ),
  },
  { additionalProperties: false },
);
export type MeetingListQuery = Static<typeof MeetingListQuery>;

export const AnnounceBody = Type.Object(
  {
    /** Roughly how many households were told. */
    households: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type AnnounceBody = Static<typeof AnnounceBody>;
export const LeaveBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
export const LeaveDecisionBody = Type.Object({ approve: Type.Boolean() }, { additionalProperties: false });
export const AttendanceBody = Type.Object(
  {
    entries: Type.Array(Type.Object({ userId: Id, status: AttendanceValue }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 500,
    }),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;
export const MinutesBody = Type.Object(
  { expectedVersion: Type.Integer({ minimum: 1 }), minutes: Type.String({ maxLength: 20000 }) },
  { additionalProperties: false },
);
export const TaskBody = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 500 }), ownerId: Id, dueOn: DateText, caseId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type TaskBody = Static<typeof TaskBody>;
export const TaskPatchBody = Type.Object(
  { status: Type.Union([Type.Literal('open'), Type.Literal('done')]) },
  { additionalProperties: false },
);

const Person = Type.Object({ id: Type.Integer(), name: Type.String() });
const TaskView = Type.Object({
  id: Type.Integer(),
  meetingId: Type.Integer(),
  title: Type.String(),
  owner: Person,
  dueOn: Type.String(),
  caseId: Nullable(Type.Integer()),
  caseStatus: Nullable(Type.String()),
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  overdue: Type.Boolean(),
  doneAt: Nullable(Type.String()),
});
const AgendaItem = Type.Object({
  kind: Type.Union([Type.Literal('case'), Type.Literal('topic')]),
  title: Type.String(),
  caseId: Type.Optional(Type.Integer()),
  gridName: Type.Optional(Type.String()),
  reasons: Type.Optional(Type.Array(Type.String())),
});
export type AgendaItem = Static<typeof AgendaItem>;

export const MeetingSummary = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  title: Type.String(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  startsAt: Type.String(),
  place: Nullable(Type.String()),
  urgent: Type.Boolean(),
  status: Type.Union([Type.Literal('scheduled'), Type.Literal('held'), Type.Literal('cancelled')]),
  started: Type.Boolean(),
  convenedBy: Person,
  invited: Type.Integer(),
  present: Type.Integer(),
  version: Type.Integer(),
});
export const MeetingView = Type.Composite([
  MeetingSummary,
  Type.Object({
    agenda: Type.Array(AgendaItem),
    minutes: Nullable(Type.String()),
    invitees: Type.Array(
      Type.Object({
        user: Person,
        attendance: Nullable(AttendanceValue),
        leave: Nullable(Type.Object({ id: Type.Integer(), reason: Type.String(), status: Type.String() })),
      }),
    ),
    tasks: Type.Array(TaskView),
    /** What became of the decisions of the previous meeting of the same type and region. */
    previousTasks: Type.Array(TaskView),
    /** A2.5: what residents are told in advance, and which grid workers have passed it on (announced types only). */
    notice: Nullable(Type.String()),
    announcement: Nullable(
      Type.Object({
        due: Type.Integer(),
        done: Type.Integer(),
        households: Type.Integer(),
        by: Type.Array(
          Type.Object({ user: Person, at: Type.String(), households: Nullable(Type.Integer()), note: Nullable(Type.String()) }),
        ),
        pending: Type.Array(Person),
      }),
    ),
    abilities: Type.Object({ convene: Type.Boolean(), requestLeave: Type.Boolean(), announce: Type.Boolean() }),
  }),
]);
export type MeetingView = Static<typeof MeetingView>;
