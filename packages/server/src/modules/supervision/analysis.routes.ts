/** `GET /api/v1/supervision/analysis` (C5.1, analysis.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { monthlyAnalysis } from './analysis.service';

const Query = Type.Object(
  { regionId: Type.Integer({ minimum: 1 }), month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) },
  { additionalProperties: false },
);

export function analysisRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/v1/supervision/analysis',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags: ['supervision'],
        description: 'C5.1 monthly analysis list per grid: open and hot cases',
        querystring: Query,
        response: errorResponses(400, 401, 404),
      },
    },
    async (req) => monthlyAnalysis(ctx, requireActor(req), req.query),
  );
}
