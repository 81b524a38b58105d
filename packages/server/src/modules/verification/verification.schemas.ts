import { Type, type Static } from '@sinclair/typebox';
import { DateText, Id, Nullable, VisitClassSchema } from '../households/households.schemas';

const Iso = Type.String({ description: 'ISO 8601 with offset' });
export const Quarter = Type.String({ pattern: '^\\d{4}-Q[1-4]$', description: 'YYYY-Qn, e.g. 2026-Q4' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Seed = Type.Union(
  [Type.String({ minLength: 1, maxLength: 64 }), Type.Integer({ minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER })],
  { description: 'the same seed draws the same households' },
);
const Kind = Type.Union([Type.Literal('quarterly'), Type.Literal('yearly')]);
const Status = Type.Union([Type.Literal('pending'), Type.Literal('done'), Type.Literal('cancelled')]);

export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const DrawBody = Type.Object(
  { regionId: Id, quarter: Quarter, seed: Type.Optional(Seed), redraw: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type DrawBody = Static<typeof DrawBody>;

export const YearlyBody = Type.Object(
  { regionId: Id, year: Year, seed: Type.Optional(Seed), redraw: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type YearlyBody = Static<typeof YearlyBody>;

export const DrawsQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    quarter: Type.Optional(Quarter),
    year: Type.Optional(Year),
    kind: Type.Optional(Kind),
    current: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type DrawsQuery = Static<typeof DrawsQuery>;

export const TasksQuery = Type.Object(
  {
    status: Type.Optional(Status),
    drawId: Type.Optional(Id),
    kind: Type.Optional(Kind),
    mine: Type.Optional(Type.Boolean({ description: 'only tasks assigned to the caller' })),
    followUp: Type.Optional(Type.Boolean({ description: 'tasks whose form flagged a field for follow-up' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type TasksQuery = Static<typeof TasksQuery>;

export const SummaryQuery = Type.Object(
  { regionId: Id, quarter: Type.Optional(Quarter), year: Type.Optional(Year) },
  { additionalProperties: false },
);
export type SummaryQuery = Static<typeof SummaryQuery>;

export const FieldAnswerSchema = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: 60, description: 'household.address | resident.<id>.tags ...' }),
    outcome: Type.Union([Type.Literal('confirmed'), Type.Literal('corrected')]),
    correctedValue: Type.Optional(Type.Unknown({ description: 'plain fields only; a sealed field is only flagged' })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const ResultBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    checkedAt: Type.String({ format: 'date-time' }),
    fields: Type.Array(FieldAnswerSchema, { maxItems: 2000 }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type ResultBody = Static<typeof ResultBody>;

const Counts = Type.Record(Type.String(), Type.Object({ size: Type.Integer(), drawn: Type.Integer() }));

export const TaskSummary = Type.Object({
  id: Type.Integer(),
  drawId: Type.Integer(),
  kind: Kind,
  period: Type.String(),
  householdId: Type.Integer(),
  address: Type.String(),
  gridId: Type.Integer(),
  gridName: Type.String(),
  visitClass: VisitClassSchema,
  assigneeId: Nullable(Type.Integer()),
  status: Status,
  version: Type.Integer(),
  discrepancies: Nullable(Type.Integer()),
  followUps: Nullable(Type.Integer()),
  checkedAt: Nullable(Iso),
  completedBy: Nullable(Type.Integer()),
  completedAt: Nullable(Iso),
});

export const DrawView = Type.Object({
  id: Type.Integer(),
  kind: Kind,
  regionId: Type.Integer(),
  region: Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() }),
  quarter: Nullable(Type.String()),
  year: Nullable(Type.Integer()),
  baseDate: DateText,
  seed: Type.String(),
  rates: Type.Record(Type.String(), Type.Number()),
  share: Nullable(Type.Number()),
  policy: Type.Object({ regionId: Nullable(Type.Integer()), version: Nullable(Type.Integer()) }),
  counts: Counts,
  countsByGroup: Counts,
  strata: Type.Array(
    Type.Object({ gridId: Type.Integer(), visitClass: VisitClassSchema, rate: Type.Number(), size: Type.Integer(), drawn: Type.Integer() }),
  ),
  groups: Nullable(
    Type.Array(
      Type.Object({
        workerId: Nullable(Type.Integer()),
        workerName: Nullable(Type.String()),
        gridIds: Type.Array(Type.Integer()),
        size: Type.Integer(),
        drawn: Type.Integer(),
      }),
    ),
  ),
  createdBy: Type.Integer(),
  createdAt: Iso,
  supersedes: Nullable(Type.Integer()),
  supersededBy: Nullable(Type.Integer()),
  supersededAt: Nullable(Iso),
  tasks: Type.Optional(Type.Array(TaskSummary)),
});

export const DrawList = Type.Object({
  items: Type.Array(DrawView),
  abilities: Type.Object(
    { draw: Type.Boolean(), yearly: Type.Boolean() },
    { description: 'for the region asked for, else anywhere in scope' },
  ),
});

export const TaskList = Type.Object({ items: Type.Array(TaskSummary), total: Type.Integer() });

const FormField = Type.Object({
  field: Type.String(),
  scope: Type.Union([Type.Literal('household'), Type.Literal('resident')]),
  residentId: Nullable(Type.Integer()),
  name: Type.String(),
  value: Type.Unknown({ description: 'the recorded value; ID numbers and phones as masks' }),
  correct: Type.Union([Type.Literal('value'), Type.Literal('flag')], {
    description: 'value: a corrected value is applied; flag: marked for follow-up',
  }),
});

export const ResultField = Type.Object({
  field: Type.String(),
  outcome: Type.Union([Type.Literal('confirmed'), Type.Literal('corrected')]),
  before: Type.Unknown(),
  correctedValue: Type.Optional(Type.Unknown()),
  applied: Type.Boolean(),
  followUp: Type.Boolean(),
  note: Type.Optional(Type.String()),
});
export type ResultField = Static<typeof ResultField>;

export const TaskDetail = Type.Composite([
  TaskSummary,
  Type.Object({
    household: Type.Object({
      id: Type.Integer(),
      address: Type.String(),
      housing: Type.String(),
      landlord: Nullable(Type.String()),
      version: Type.Integer(),
      visitClass: Type.Object({
        asOf: DateText,
        visitClass: VisitClassSchema,
        source: Type.String(),
        derivedClass: VisitClassSchema,
        reasons: Type.Array(
          Type.Object({ rule: Type.String(), reason: Type.String(), visitClass: VisitClassSchema, residentId: Type.Integer() }),
        ),
        override: Nullable(Type.Object({ visitClass: Type.String(), reason: Type.String() })),
      }),
      members: Type.Array(
        Type.Object({
          residentId: Type.Integer(),
          name: Type.String(),
          sex: Type.String(),
          birthDate: DateText,
          relation: Nullable(Type.String()),
          tags: Type.Array(Type.String()),
          idNumber: Nullable(Type.String()),
          phone: Nullable(Type.String()),
          version: Type.Integer(),
        }),
      ),
    }),
    form: Type.Array(FormField),
    result: Nullable(Type.Object({ fields: Type.Array(ResultField), note: Nullable(Type.String()) })),
    abilities: Type.Object({ submit: Type.Boolean() }),
  }),
]);

export const SummaryCounts = Type.Object({
  tasks: Type.Integer(),
  done: Type.Integer(),
  withDiscrepancy: Type.Integer(),
  discrepancyRate: Nullable(Type.Number()),
  discrepancies: Type.Integer(),
  followUps: Type.Integer(),
});
export type SummaryCounts = Static<typeof SummaryCounts>;

export const SummaryView = Type.Object({
  regionId: Type.Integer(),
  kind: Kind,
  period: Type.String(),
  grids: Type.Array(
    Type.Composite([
      Type.Object({ gridId: Type.Integer(), code: Type.String(), name: Type.String(), byClass: Type.Record(Type.String(), SummaryCounts) }),
      SummaryCounts,
    ]),
  ),
  byClass: Type.Record(Type.String(), SummaryCounts),
  total: SummaryCounts,
});
