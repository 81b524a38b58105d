import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from './regions.repository';
import {
  CreateRegionBody,
  DeleteRegionQuery,
  IdParams,
  RegionDetail,
  RegionRecord,
  RegionsQuery,
  UpdateRegionBody,
} from './regions.schemas';
import * as service from './regions.service';

export function regionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const inScope = existsInScope((actor, id) => getRegionInScope(ctx.db, actor, id));
  const tags = ['regions'];

  app.get<{ Querystring: { type?: string } }>(
    '/api/v1/regions',
    { schema: { tags, querystring: RegionsQuery, response: { 200: Type.Array(RegionRecord), ...errorResponses(400, 401) } } },
    async (req) => service.listRegions(ctx, requireActor(req), req.query.type),
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/regions/:id',
    { preValidation: inScope, schema: { tags, params: IdParams, response: { 200: RegionDetail, ...errorResponses(401, 404) } } },
    async (req) => service.getRegion(ctx, requireActor(req), req.params.id),
  );

  app.post<{ Body: CreateRegionBody }>(
    '/api/v1/regions',
    {
      preValidation: fieldIdsInScope('body', ['parentId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: { tags, body: CreateRegionBody, response: { 201: RegionDetail, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => reply.status(201).send(await service.createRegion(ctx, requireActor(req), req.body, req.id)),
  );

  app.patch<{ Params: IdParams; Body: UpdateRegionBody }>(
    '/api/v1/regions/:id',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: IdParams,
        body: UpdateRegionBody,
        response: { 200: RegionDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.updateRegion(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.delete<{ Params: IdParams; Querystring: { expectedVersion: number } }>(
    '/api/v1/regions/:id',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: IdParams,
        querystring: DeleteRegionQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await service.deleteRegion(ctx, requireActor(req), req.params.id, req.query.expectedVersion, req.id);
      return reply.status(204).send();
    },
  );
}
