import { Type, type Static } from '@sinclair/typebox';
import { DateText, Id, Nullable, VisitView } from '../households/households.schemas';

const Range = Type.Object({ start: Type.String(), end: Type.String() });

export const DueQuery = Type.Object(
  { date: Type.Optional(DateText), gridId: Type.Optional(Id), includeMet: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type DueQuery = Static<typeof DueQuery>;

export const DueItem = Type.Object({
  householdId: Type.Integer(),
  address: Type.String(),
  gridId: Type.Integer(),
  gridName: Type.String(),
  compoundId: Nullable(Type.Integer()),
  compoundName: Nullable(Type.String()),
  buildingId: Nullable(Type.Integer()),
  buildingName: Nullable(Type.String()),
  visitClass: Type.String(),
  reasons: Type.Array(Type.String(), { description: 'reason codes (A7.2), each once' }),
  period: Range,
  window: Type.Union([Range, Type.Null()], { description: 'the days of the period that count (C2.2), null when all do' }),
  rule: Type.String({ description: 'A7.2 (class frequency) or C2.2 (household-wide round)' }),
  required: Type.Integer(),
  done: Type.Integer(),
  remaining: Type.Integer(),
  status: Type.Union(['overdue', 'at-risk', 'due', 'met'].map((s) => Type.Literal(s))),
  suggestedNext: Nullable(Type.String()),
  lastVisitAt: Nullable(Type.String({ description: 'the last in-person visit up to the end of date' })),
  bucket: Type.Union(['overdue', 'today', 'this-week', 'later', 'done'].map((s) => Type.Literal(s))),
});

export const DueList = Type.Object({
  date: Type.String(),
  items: Type.Array(DueItem),
  truncated: Type.Boolean({ description: 'true when more households were due than the 2,000 most urgent listed' }),
});

export const GroupBy = Type.Union(['grid', 'worker', 'class'].map((s) => Type.Literal(s)));

export const ComplianceQuery = Type.Object(
  { regionId: Type.Optional(Id), date: Type.Optional(DateText), groupBy: Type.Optional(GroupBy) },
  { additionalProperties: false },
);
export type ComplianceQuery = Static<typeof ComplianceQuery> & { groupBy?: 'grid' | 'worker' | 'class' };

export const ComplianceExportQuery = Type.Omit(ComplianceQuery, ['groupBy'], { additionalProperties: false });
export type ComplianceExportQuery = Static<typeof ComplianceExportQuery>;

export const ComplianceRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  households: Type.Integer(),
  required: Type.Integer(),
  done: Type.Integer({ description: 'visit days done, each household counted up to its required number' }),
  met: Type.Integer(),
  due: Type.Integer(),
  atRisk: Type.Integer(),
  overdue: Type.Integer(),
  rate: Type.Number({ description: 'met / households (1 when there are none)' }),
});
export type ComplianceRow = Static<typeof ComplianceRow>;

export const Compliance = Type.Object({
  date: Type.String(),
  regionId: Type.Integer(),
  groupBy: Type.String(),
  total: ComplianceRow,
  rows: Type.Array(ComplianceRow),
});

export const HoursQuery = Type.Object(
  { regionId: Type.Optional(Id), from: Type.Optional(DateText), to: Type.Optional(DateText) },
  { additionalProperties: false },
);
export type HoursQuery = Static<typeof HoursQuery>;

export const Hours = Type.Object({
  from: Type.String(),
  to: Type.String(),
  rows: Type.Array(
    Type.Object({
      userId: Type.Integer(),
      displayName: Type.String(),
      date: Type.String(),
      visits: Type.Integer(),
      minutes: Type.Integer(),
    }),
  ),
});

export const HistoryQuery = Type.Object(
  {
    householdId: Id,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuery>;

export const VisitHistory = Type.Object({ items: Type.Array(VisitView), total: Type.Integer() });
