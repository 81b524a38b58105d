/** TypeBox schemas of the rounds API (C2.2, C7.1, D6). */
import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable } from '../households/households.schemas';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const Range = Type.Object({ start: Type.String(), end: Type.String() });
const ObligationStatus = Type.Union(['met', 'due', 'at-risk', 'overdue'].map((s) => Type.Literal(s)));
const RoundStatus = Type.Union(['on-track', 'behind', 'done', 'overdue'].map((s) => Type.Literal(s)));
const ReportStatus = Type.Union(['draft', 'submitted', 'acknowledged'].map((s) => Type.Literal(s)));

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const ProgressQuery = Type.Object(
  { gridId: Type.Optional(Id), regionId: Type.Optional(Id), month: Type.Optional(Month) },
  {
    additionalProperties: false,
    description: 'gridId for one grid, or regionId for every grid under a region; month defaults to the current one',
  },
);
export type ProgressQuery = Static<typeof ProgressQuery>;

const MemberProgress = Type.Object({
  userId: Type.Integer(),
  displayName: Type.String(),
  workingDays: Type.Integer(),
  workingDaysSoFar: Type.Integer(),
  daysMet: Type.Integer(),
  daysMissed: Type.Integer(),
  visits: Type.Integer(),
  hours: Type.Number(),
  days: Type.Array(Type.Object({ date: Type.String(), hours: Type.Number(), met: Type.Boolean(), status: ObligationStatus })),
});

export const GridProgress = Type.Object({
  gridId: Type.Integer(),
  gridName: Type.String(),
  month: Type.String(),
  asOf: Type.String(),
  policyVersion: Nullable(Type.Integer()),
  status: RoundStatus,
  window: Range,
  workingDays: Type.Array(Type.String()),
  workingDaysSoFar: Type.Integer(),
  minHours: Type.Number(),
  deadline: Type.String(),
  members: Type.Array(MemberProgress),
  round: Nullable(
    Type.Object({
      window: Range,
      total: Type.Integer(),
      reached: Type.Integer(),
      status: ObligationStatus,
      notReached: Type.Array(Type.Object({ householdId: Type.Integer(), address: Type.String() })),
    }),
  ),
  report: Nullable(
    Type.Object({
      due: Type.String(),
      id: Nullable(Type.Integer()),
      status: Nullable(ReportStatus),
      submittedAt: Nullable(Type.String()),
      onTime: Nullable(Type.Boolean()),
    }),
  ),
  abilities: Type.Object({ createReport: Type.Boolean(), prepare: Type.Boolean(), acknowledge: Type.Boolean() }),
});

export const ProgressView = Type.Object({ month: Type.String(), asOf: Type.String(), grids: Type.Array(GridProgress) });

export const CreateReportBody = Type.Object({ gridId: Id, month: Month }, { additionalProperties: false });
export type CreateReportBody = Static<typeof CreateReportBody>;

export const ReportsQuery = Type.Object({ regionId: Id, month: Type.Optional(Month) }, { additionalProperties: false });
export type ReportsQuery = Static<typeof ReportsQuery>;

export const VersionBody = Type.Object({ expectedVersion: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type VersionBody = Static<typeof VersionBody>;

export const SubmitBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    summary: Type.String({ minLength: 1, maxLength: 4000 }),
    notReached: Type.Optional(
      Type.Array(Type.Object({ householdId: Id, reason: Type.String({ maxLength: 500 }) }, { additionalProperties: false }), {
        maxItems: 5000,
      }),
    ),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const AcknowledgeBody = Type.Object(
  { expectedVersion: Type.Integer({ minimum: 1 }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type AcknowledgeBody = Static<typeof AcknowledgeBody>;

const Person = Nullable(Type.Object({ id: Type.Integer(), displayName: Type.String() }));

export const ReportView = Type.Object({
  id: Type.Integer(),
  gridId: Type.Integer(),
  gridName: Type.String(),
  month: Type.String(),
  status: ReportStatus,
  version: Type.Integer(),
  policyVersion: Nullable(Type.Integer()),
  due: Type.String(),
  generatedAt: Type.String(),
  figures: Type.Unknown({
    description: 'members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems',
  }),
  summary: Nullable(Type.String()),
  createdBy: Person,
  createdAt: Type.String(),
  submittedBy: Person,
  submittedAt: Nullable(Type.String()),
  acknowledgedBy: Person,
  acknowledgedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
  allowedActions: Type.Array(Type.String()),
  abilities: Type.Object({ refresh: Type.Boolean(), submit: Type.Boolean(), acknowledge: Type.Boolean() }),
});

export const ReportList = Type.Object({ items: Type.Array(ReportView) });
