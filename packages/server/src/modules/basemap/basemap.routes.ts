import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { importBasemap, readBasemap } from './basemap.service';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const ReadQuery = Type.Object({ regionId: Type.Optional(Id) }, { additionalProperties: false });
const ImportQuery = Type.Object({ regionId: Id, dryRun: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false });
const Kind = Type.Union([Type.Literal('major-road'), Type.Literal('road'), Type.Literal('compound'), Type.Literal('building')]);

/** What GET /basemap sends: roads (LineString) and compounds and buildings (Polygon), WGS-84. */
const BasemapCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({ kind: Kind, name: Type.Union([Type.String(), Type.Null()]) }),
      geometry: Type.Unknown({ description: 'LineString (roads) or Polygon (compounds, buildings)' }),
    }),
  ),
});
const ImportResponse = Type.Object({
  features: Type.Integer(),
  kinds: Type.Record(Type.String(), Type.Integer()),
  dryRun: Type.Boolean(),
});

export function basemapRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['basemap'];

  app.get<{ Querystring: Static<typeof ReadQuery> }>(
    '/api/v1/basemap',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags,
        querystring: ReadQuery,
        response: {
          200: fileResponse('the base map near the grids in scope (RFC 7946)', ['application/geo+json'], BasemapCollection),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const fc = await readBasemap(ctx, requireActor(req), req.query.regionId);
      return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify(fc));
    },
  );

  app.put<{ Querystring: Static<typeof ImportQuery>; Body: unknown }>(
    '/api/v1/basemap',
    {
      bodyLimit: 50 * 1024 * 1024,
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: { tags, querystring: ImportQuery, response: { 200: ImportResponse, ...errorResponses(400, 401, 403, 404, 413) } },
    },
    async (req) => importBasemap(ctx, requireActor(req), req.query.regionId, req.body, req.query.dryRun ?? false, req.id),
  );
}
