/** Assessment (API contract "Team operations"): queries and views. */
import { ASSESSMENT_ITEMS, ASSESSMENT_LEVELS } from '@gridwork/core/assessment';
import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable } from '../households/households.schemas';

/**
 * A string from a fixed list as `{ type: 'string', enum }`: validated the same as a union of literals,
 * but the reply serialiser writes it as a plain string instead of trying each branch (a ranking
 * answer holds tens of thousands of them).
 */
function StringEnum<T extends string>(values: readonly T[], options: { description?: string } = {}) {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}
const Level = StringEnum(ASSESSMENT_LEVELS);
const Item = StringEnum(ASSESSMENT_ITEMS);
const PeriodText = Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$', description: 'YYYY-MM (monthly) or YYYY (yearly)' });

export const ScoresQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    period: PeriodText,
    level: Level,
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { description: 'xlsx downloads the ranking as a workbook' }),
    ),
  },
  { additionalProperties: false },
);
export type ScoresQuery = Static<typeof ScoresQuery>;
export const RecordsQuery = Type.Object(
  { regionId: Type.Optional(Id), period: PeriodText, level: Level, subjectId: Id, item: Item },
  { additionalProperties: false },
);
export type RecordsQuery = Static<typeof RecordsQuery>;

const Subject = Type.Object({ type: Level, id: Type.Integer(), name: Type.String() });
const Part = Type.Object({
  item: Item,
  rule: Type.String(),
  weight: Type.Number(),
  value: Type.Number(),
  points: Type.Number(),
  done: Type.Number(),
  of: Type.Number(),
});
export const ScoresView = Type.Object({
  period: Type.String(),
  level: Level,
  regionId: Type.Integer(),
  asOf: Type.String(),
  policyVersion: Nullable(Type.Integer()),
  items: Type.Array(Type.Object({ subject: Subject, score: Type.Number(), rank: Type.Integer(), parts: Type.Array(Part) })),
});
export const RecordsView = Type.Object({
  period: Type.String(),
  subject: Subject,
  part: Part,
  records: Type.Array(
    Type.Object({
      ref: Nullable(Type.Object({ type: Type.String(), id: Type.Integer() })),
      label: Type.String(),
      date: Nullable(Type.String()),
      outcome: Type.String(),
      counts: Type.Union([Type.Literal('done'), Type.Literal('missed'), Type.Literal('excused'), Type.Literal('points')]),
      value: Type.Optional(Type.Number()),
    }),
  ),
});
