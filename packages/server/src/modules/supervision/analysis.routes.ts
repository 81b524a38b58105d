/** `GET /api/v1/supervision/analysis` (C5.1, analysis.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { HOT_REASONS } from './analysis.repository';
import { monthlyAnalysis } from './analysis.service';

const Query = Type.Object(
  { regionId: Type.Integer({ minimum: 1 }), month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) },
  { additionalProperties: false },
);

const AnalysisCase = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  status: Type.String(),
  category: Type.String(),
  caseClass: Type.String(),
  tier: Type.String(),
  deadline: Type.String(),
  open: Type.Boolean(),
  hot: Type.Boolean(),
  hotReasons: Type.Array(Type.Union(HOT_REASONS.map((r) => Type.Literal(r)))),
});
const AnalysisList = Type.Object({
  region: Type.Object({ id: Type.Integer(), name: Type.String() }),
  month: Type.String(),
  grids: Type.Array(
    Type.Object({
      gridId: Type.Integer(),
      gridName: Type.String(),
      open: Type.Integer(),
      hot: Type.Integer(),
      cases: Type.Array(AnalysisCase),
    }),
  ),
});

export function analysisRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/v1/supervision/analysis',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags: ['supervision'],
        description: 'C5.1 monthly analysis list per grid: open and hot cases',
        querystring: Query,
        response: { 200: AnalysisList, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => monthlyAnalysis(ctx, requireActor(req), req.query),
  );
}
