import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { parsePath } from '../auth/sessions.repository';
import { listLatestPolicies, presetOf } from '../policy/policy.repository';
import { exportGrids, importGrids } from './grids-geojson.service';
import { getRegionInScope, listRegionsInScope } from './regions.repository';
import { GeoJsonExportQuery, GeoJsonImportQuery, GeoJsonImportResponse, GridRecord, LocateQuery, LocateResponse } from './regions.schemas';

const MAX_GRIDS = 10_000;

/** What GET /grids/geojson sends (grids-geojson.service.ts exportGrids). */
const GridFeatureCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({
        id: Type.Integer(),
        code: Type.String(),
        name: Type.String(),
        parentCode: Type.Union([Type.String(), Type.Null()]),
        parentId: Type.Union([Type.Integer(), Type.Null()]),
      }),
      geometry: Type.Union([Type.Unknown({ description: 'Polygon or MultiPolygon' }), Type.Null()]),
    }),
  ),
});

export function gridRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['grids'];

  app.get('/api/v1/grids', { schema: { tags, response: { 200: Type.Array(GridRecord), ...errorResponses(401) } } }, async (req) => {
    const actor = requireActor(req);
    const [rows, policies] = await Promise.all([listRegionsInScope(ctx.db, actor, { type: 'grid' }), listLatestPolicies(ctx.db)]);
    return rows.slice(0, MAX_GRIDS).map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      type: 'grid' as const,
      parentId: r.parentId,
      preset: presetOf(parsePath(r.path), policies),
    }));
  });

  app.get<{ Querystring: LocateQuery }>(
    '/api/v1/grids/locate',
    { schema: { tags, querystring: LocateQuery, response: { 200: LocateResponse, ...errorResponses(400, 401) } } },
    async (req) => ({ grid: ctx.grids.locate(req.query.lng, req.query.lat) }),
  );

  app.get<{ Querystring: GeoJsonExportQuery }>(
    '/api/v1/grids/geojson',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags,
        querystring: GeoJsonExportQuery,
        response: {
          200: fileResponse('the grids in scope (RFC 7946)', ['application/geo+json'], GridFeatureCollection),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const fc = await exportGrids(ctx, requireActor(req), req.query.regionId, req.query.crs ?? 'wgs84');
      return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify(fc));
    },
  );

  app.post<{ Querystring: GeoJsonImportQuery; Body: unknown }>(
    '/api/v1/grids/geojson',
    {
      bodyLimit: 50 * 1024 * 1024,
      schema: { tags, querystring: GeoJsonImportQuery, response: { 200: GeoJsonImportResponse, ...errorResponses(400, 401, 403, 413) } },
    },
    async (req) =>
      importGrids(ctx, requireActor(req), req.body, { dryRun: req.query.dryRun ?? false, crs: req.query.crs ?? 'wgs84' }, req.id),
  );
}
