import { VISIT_TYPES } from '@gridwork/core/households';
import { Type, type Static } from '@sinclair/typebox';
import { DateText, Id, ReasonView } from './households.schemas';

export const CreateVisitBody = Type.Object(
  {
    householdId: Id,
    startedAt: Type.String({ format: 'date-time', description: 'ISO 8601 with an offset' }),
    endedAt: Type.String({ format: 'date-time' }),
    type: Type.Union(VISIT_TYPES.map((t) => Type.Literal(t))),
    visitors: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true })),
    location: Type.Optional(
      Type.Union([
        Type.Object(
          { lat: Type.Number({ minimum: -90, maximum: 90 }), lng: Type.Number({ minimum: -180, maximum: 180 }) },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    findings: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
    needs: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateVisitBody = Static<typeof CreateVisitBody>;

export const VisitStatusQuery = Type.Object({ date: Type.Optional(DateText) }, { additionalProperties: false });
export type VisitStatusQuery = Static<typeof VisitStatusQuery>;

export const VisitStatusResponse = Type.Object({
  householdId: Type.Integer(),
  date: Type.String(),
  visitClass: Type.String(),
  source: Type.String(),
  derivedClass: Type.String(),
  reasons: Type.Array(ReasonView),
  override: Type.Union([Type.Object({ visitClass: Type.String(), reason: Type.String() }), Type.Null()]),
  period: Type.Object({ start: Type.String(), end: Type.String() }),
  window: Type.Union([Type.Object({ start: Type.String(), end: Type.String() }), Type.Null()], {
    description: 'the days of the period whose visits count (C2.2: days 1-15 of the quarter first month); null when all do',
  }),
  required: Type.Integer(),
  done: Type.Integer(),
  remaining: Type.Integer(),
  status: Type.String(),
  suggestedNext: Type.Union([Type.String(), Type.Null()]),
  policyVersion: Type.Union([Type.Integer(), Type.Null()]),
  rule: Type.String(),
});
