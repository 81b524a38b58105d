/** A8.1 household survey forms and A7.1 三访四清 visits (surveys.service.ts). */
import { FOUR_CLEAR, OUTREACH_TARGETS } from '@gridwork/core/households';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getHouseholdInScope } from '../households/households.repository';
import { DateText, Id, Nullable } from '../households/households.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import * as service from './surveys.service';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const Person = Type.Object({ id: Type.Integer(), name: Type.String() });
const Question = Type.Object({
  key: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  kind: Type.Union([Type.Literal('choice'), Type.Literal('text')]),
  options: Type.Optional(Type.Array(Type.Object({ code: Type.String(), zh: Type.String(), en: Type.String() }))),
  maxLength: Type.Optional(Type.Integer()),
});
const FormView = Type.Object({
  householdId: Type.Integer(),
  visitClass: Type.String(),
  rule: Type.String(),
  questions: Type.Array(Question),
});
const Answers = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 500 }), { maxProperties: 40 });
const SurveyBody = Type.Object({ answers: Answers, visitId: Type.Optional(Id) }, { additionalProperties: false });
const SurveyView = Type.Object({
  id: Type.Integer(),
  householdId: Type.Integer(),
  visitClass: Type.String(),
  answers: Type.Record(Type.String(), Type.String()),
  visitId: Nullable(Type.Integer()),
  filledBy: Person,
  filledAt: Type.String(),
});
const OutreachBody = Type.Object(
  {
    gridId: Id,
    target: Type.Union(OUTREACH_TARGETS.map((t) => Type.Literal(t))),
    targetName: Type.String({ minLength: 1, maxLength: 100 }),
    visitedAt: Type.String({ format: 'date-time' }),
    checklist: Type.Array(Type.Union(FOUR_CLEAR.map((c) => Type.Literal(c))), { uniqueItems: true, maxItems: 4 }),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
);
const OutreachView = Type.Object({
  id: Type.Integer(),
  gridId: Type.Integer(),
  gridName: Type.String(),
  target: Type.String(),
  targetName: Type.String(),
  visitedAt: Type.String(),
  checklist: Type.Array(Type.String()),
  notes: Nullable(Type.String()),
  visitor: Person,
});
const OutreachQuery = Type.Object(
  { gridId: Type.Optional(Id), from: Type.Optional(DateText), to: Type.Optional(DateText) },
  { additionalProperties: false },
);

export function surveyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['households'];
  const householdInScope = existsInScope((actor, id) => getHouseholdInScope(ctx.db, actor, id));
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/households/:id/survey-form',
    { preValidation: householdInScope, schema: { tags, params: Params, response: { 200: FormView, ...errorResponses(401, 403, 404) } } },
    async (req) => service.surveyForm(ctx, requireActor(req), req.params.id),
  );
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/households/:id/surveys',
    {
      preValidation: householdInScope,
      schema: { tags, params: Params, response: { 200: Type.Array(SurveyView), ...errorResponses(401, 403, 404) } },
    },
    async (req) => service.listSurveys(ctx, requireActor(req), req.params.id),
  );
  app.post<{ Params: Static<typeof Params>; Body: Static<typeof SurveyBody> }>(
    '/api/v1/households/:id/surveys',
    {
      preValidation: householdInScope,
      schema: { tags, params: Params, body: SurveyBody, response: { 201: SurveyView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.status(201).send(await service.fillSurvey(ctx, requireActor(req), req.params.id, req.body, req.id)),
  );
  const gridInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['gridId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.post<{ Body: Static<typeof OutreachBody> }>(
    '/api/v1/outreach-visits',
    {
      preValidation: gridInScope('body'),
      schema: { tags, body: OutreachBody, response: { 201: OutreachView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.status(201).send(await service.recordOutreach(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof OutreachQuery> }>(
    '/api/v1/outreach-visits',
    {
      preValidation: gridInScope('query'),
      schema: { tags, querystring: OutreachQuery, response: { 200: Type.Array(OutreachView), ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.listOutreach(ctx, requireActor(req), req.query),
  );
}
