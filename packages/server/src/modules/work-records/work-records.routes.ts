/**
 * A8.3 records of the community grid lead: the implementation plan of the community for a year, and
 * the yearly evaluation of each workstation (rated 0-100). Written by who records assessment items
 * over the region (the community lead, officers), read by who reads scores there.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { Id, Nullable } from '../households/households.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import * as service from './work-records.service';

const Kind = Type.Union([Type.Literal('implementation-plan'), Type.Literal('workstation-evaluation')]);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const CreateBody = Type.Object(
  {
    kind: Kind,
    regionId: Id,
    year: Year,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    content: Type.String({ minLength: 1, maxLength: 20000 }),
    rating: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    content: Type.Optional(Type.String({ minLength: 1, maxLength: 20000 })),
    rating: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
const View = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  content: Type.String(),
  rating: Nullable(Type.Integer()),
  author: Type.Object({ id: Type.Integer(), name: Type.String() }),
  version: Type.Integer(),
  updatedAt: Type.String(),
  abilities: Type.Object({ edit: Type.Boolean() }),
});
const ListQuery = Type.Object(
  { regionId: Type.Optional(Id), year: Type.Optional(Year), kind: Type.Optional(Kind) },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function workRecordRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => service.getInScope(ctx, actor, id));
  const regionInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.post<{ Body: Static<typeof CreateBody> }>(
    '/api/v1/work-records',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: CreateBody, response: { 201: View, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => reply.status(201).send(await service.createWorkRecord(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/work-records',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: ListQuery, response: { 200: Type.Array(View), ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.listWorkRecords(ctx, requireActor(req), req.query),
  );
  app.patch<{ Params: Static<typeof Params>; Body: Static<typeof PatchBody> }>(
    '/api/v1/work-records/:id',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: PatchBody, response: { 200: View, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.updateWorkRecord(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
}
