/** Field diaries (A5, C4; API contract "Team operations"): bodies and views. */
import { Type, type Static } from '@sinclair/typebox';
import { DateText, Id, Nullable } from '../households/households.schemas';

const Text = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const Required = (max: number) => Type.String({ minLength: 1, maxLength: max });
export const MonthText = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

export const CreateDiaryBody = Type.Object(
  {
    occurredAt: Type.String({ format: 'date-time', description: 'ISO 8601 with an offset; not in the future' }),
    place: Required(200),
    people: Required(500),
    content: Required(4000),
    background: Text(4000),
    cause: Text(4000),
    suggestions: Text(4000),
    solution: Text(4000),
    outcome: Text(4000),
    reflection: Text(4000),
    caseIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
    visitIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
    authorId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CreateDiaryBody = Static<typeof CreateDiaryBody>;

export const UpdateDiaryBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    place: Type.Optional(Required(200)),
    people: Type.Optional(Required(500)),
    content: Type.Optional(Required(4000)),
    background: Text(4000),
    cause: Text(4000),
    suggestions: Text(4000),
    solution: Text(4000),
    outcome: Text(4000),
    reflection: Text(4000),
  },
  { additionalProperties: false },
);
export type UpdateDiaryBody = Static<typeof UpdateDiaryBody>;

export const ReviewBody = Type.Object({ comment: Required(2000) }, { additionalProperties: false });
export const SelectBody = Type.Object({ month: MonthText }, { additionalProperties: false });

export const DiaryListQuery = Type.Object(
  {
    userId: Type.Optional(Id),
    regionId: Type.Optional(Id),
    from: Type.Optional(DateText),
    to: Type.Optional(DateText),
    selected: Type.Optional(Type.Boolean({ description: 'only entries selected excellent (in any month of the range)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { description: 'xlsx downloads the list as a workbook' }),
    ),
  },
  { additionalProperties: false },
);
export type DiaryListQuery = Static<typeof DiaryListQuery>;

export const DiaryStatusQuery = Type.Object({ userId: Type.Optional(Id), date: Type.Optional(DateText) }, { additionalProperties: false });
export type DiaryStatusQuery = Static<typeof DiaryStatusQuery>;

const Person = Type.Object({ id: Type.Integer(), name: Type.String() });
export const DiaryView = Type.Object({
  id: Type.Integer(),
  authorId: Type.Integer(),
  author: Person,
  regionId: Type.Integer(),
  regionName: Type.String(),
  occurredAt: Type.String(),
  place: Type.String(),
  people: Type.String(),
  content: Type.String(),
  background: Nullable(Type.String()),
  cause: Nullable(Type.String()),
  suggestions: Nullable(Type.String()),
  solution: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  reflection: Nullable(Type.String()),
  caseIds: Type.Array(Type.Integer()),
  visitIds: Type.Array(Type.Integer()),
  backEntered: Type.Boolean(),
  createdBy: Type.Integer(),
  createdAt: Type.String(),
  version: Type.Integer(),
  reviews: Type.Array(Type.Object({ id: Type.Integer(), reviewer: Person, comment: Type.String(), at: Type.String() })),
  selections: Type.Array(
    Type.Object({
      month: Type.String(),
      status: Type.Union([Type.Literal('shortlisted'), Type.Literal('selected')]),
      by: Person,
      at: Type.String(),
    }),
  ),
  abilities: Type.Object({ edit: Type.Boolean(), review: Type.Boolean(), shortlist: Type.Boolean(), select: Type.Boolean() }),
});
export type DiaryView = Static<typeof DiaryView>;

export const DiaryListView = Type.Object({ total: Type.Integer(), items: Type.Array(DiaryView) });

export const DiaryStatusView = Type.Object({
  userId: Type.Integer(),
  date: Type.String(),
  period: Type.Object({ start: Type.String(), end: Type.String() }),
  required: Type.Integer(),
  done: Type.Integer(),
  remaining: Type.Integer(),
  status: Type.Union([Type.Literal('met'), Type.Literal('due'), Type.Literal('at-risk'), Type.Literal('overdue')]),
  rule: Type.String(),
  policyVersion: Nullable(Type.Integer()),
});
