/** Training (A6): sessions run by the grid office with roll call, and members' self-study (trainings.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { DateText, Id, Nullable } from '../households/households.schemas';
import { AttendanceBody } from '../meetings/meetings.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import { sendXlsx } from '../../lib/xlsx';
import { trainingsXlsx } from '../team/exports';
import * as service from './trainings.service';

export const CreateTrainingBody = Type.Object(
  {
    regionId: Id,
    topic: Type.String({ minLength: 1, maxLength: 200 }),
    startsAt: Type.String({ format: 'date-time' }),
    minutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    materials: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
);
export type CreateTrainingBody = Static<typeof CreateTrainingBody>;
export const SelfStudyBody = Type.Object(
  { studiedOn: DateText, topic: Type.String({ minLength: 1, maxLength: 200 }), minutes: Type.Integer({ minimum: 1, maximum: 1440 }) },
  { additionalProperties: false },
);
export type SelfStudyBody = Static<typeof SelfStudyBody>;
const Person = Type.Object({ id: Type.Integer(), name: Type.String() });
const Status = Type.Union(['present', 'late', 'absent', 'on-leave'].map((s) => Type.Literal(s)));
export const TrainingView = Type.Object({
  id: Type.Integer(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  topic: Type.String(),
  startsAt: Type.String(),
  minutes: Type.Integer(),
  materials: Nullable(Type.String()),
  runBy: Person,
  members: Type.Integer(),
  present: Type.Integer(),
  roll: Type.Optional(Type.Array(Type.Object({ user: Person, attendance: Nullable(Status) }))),
  abilities: Type.Object({ run: Type.Boolean() }),
});
const SelfStudyView = Type.Object({
  id: Type.Integer(),
  user: Person,
  studiedOn: Type.String(),
  topic: Type.String(),
  minutes: Type.Integer(),
});
const ListQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('xlsx')], { description: 'xlsx downloads the list as a workbook' }),
    ),
  },
  { additionalProperties: false },
);
const StudyQuery = Type.Object(
  { userId: Type.Optional(Id), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Params = Static<typeof Params>;

export function trainingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => service.getTrainingInScope(ctx, actor, id));
  const regionInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.post<{ Body: CreateTrainingBody }>(
    '/api/v1/trainings',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: CreateTrainingBody, response: { 201: TrainingView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.status(201).send(await service.createTraining(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/trainings',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: ListQuery, response: { 200: Type.Array(TrainingView), ...errorResponses(400, 401, 404) } },
    },
    async (req, reply) => {
      const list = await service.listTrainings(ctx, requireActor(req), req.query);
      return req.query.format === 'xlsx' ? sendXlsx(reply, 'trainings.xlsx', await trainingsXlsx(list)) : list;
    },
  );
  app.get<{ Params: Params }>(
    '/api/v1/trainings/:id',
    { preValidation: inScope, schema: { tags, params: Params, response: { 200: TrainingView, ...errorResponses(401, 404) } } },
    async (req) => service.getTraining(ctx, requireActor(req), req.params.id),
  );
  app.put<{ Params: Params; Body: Static<typeof AttendanceBody> }>(
    '/api/v1/trainings/:id/attendance',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: AttendanceBody, response: { 200: TrainingView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.rollCall(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
  app.post<{ Body: SelfStudyBody }>(
    '/api/v1/self-study',
    { schema: { tags, body: SelfStudyBody, response: { 201: SelfStudyView, ...errorResponses(400, 401, 403) } } },
    async (req, reply) => reply.status(201).send(await service.recordSelfStudy(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof StudyQuery> }>(
    '/api/v1/self-study',
    {
      preValidation: fieldIdsInScope('query', ['userId'], (actor, id) => service.memberInScope(ctx, actor, id)),
      schema: { tags, querystring: StudyQuery, response: { 200: Type.Array(SelfStudyView), ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => service.listSelfStudy(ctx, requireActor(req), req.query),
  );
}
