import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { getHouseholdInScope } from './households.repository';
import { CreateHouseholdBody, HouseholdDetail, HouseholdList, HouseholdsQuery, IdParams, UpdateHouseholdBody } from './households.schemas';
import * as service from './households.service';
import { sealedIdempotencyKey } from './idempotency-key';
import { residentRoutes } from './residents.routes';
import { visitRoutes } from './visits.routes';

/** Households and visits (API contract "Households and visits"; A7, A11.1, C3, D5, D10). */
export function householdRoutes(app: FastifyInstance, ctx: AppContext): void {
  const inScope = existsInScope((actor, id) => getHouseholdInScope(ctx.db, actor, id));
  /** Grids, compounds and buildings in the body or query: outside the caller's scope is 404 before 400 and 403 (contract order). */
  const placesInScope = (part: 'body' | 'query') =>
    fieldIdsInScope(part, ['gridId', 'compoundId', 'buildingId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  const tags = ['households'];

  app.post<{ Body: CreateHouseholdBody }>(
    '/api/v1/households',
    {
      preValidation: placesInScope('body'),
      schema: { tags, body: CreateHouseholdBody, response: { 201: HouseholdDetail, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const res = await service.createHousehold(ctx, actor, req.body, sealedIdempotencyKey(ctx, req, actor.id), req.id);
      return reply.status(res.status).send(res.body);
    },
  );

  app.get<{ Querystring: HouseholdsQuery }>(
    '/api/v1/households',
    {
      preValidation: placesInScope('query'),
      schema: { tags, querystring: HouseholdsQuery, response: { 200: HouseholdList, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => service.listHouseholds(ctx, requireActor(req), req.query, req.id),
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/households/:id',
    { preValidation: inScope, schema: { tags, params: IdParams, response: { 200: HouseholdDetail, ...errorResponses(401, 403, 404) } } },
    async (req) => service.getHousehold(ctx, requireActor(req), req.params.id),
  );

  app.patch<{ Params: IdParams; Body: UpdateHouseholdBody }>(
    '/api/v1/households/:id',
    {
      preValidation: [inScope, placesInScope('body')],
      schema: {
        tags,
        params: IdParams,
        body: UpdateHouseholdBody,
        response: { 200: HouseholdDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.updateHousehold(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  residentRoutes(app, ctx, inScope);
  visitRoutes(app, ctx, inScope);
}
