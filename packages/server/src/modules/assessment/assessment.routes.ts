/** Assessment: `GET /api/v1/assessment/scores` (API contract) and the drill-down `GET /api/v1/assessment/records`. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { RecordsQuery, RecordsView, ScoresQuery, ScoresView } from './assessment.schemas';
import { records, scores } from './assessment.service';
import { sendXlsx } from '../../lib/xlsx';
import { scoresXlsx } from '../team/exports';

export function assessmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const regionInScope = fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.get<{ Querystring: ScoresQuery }>(
    '/api/v1/assessment/scores',
    {
      preValidation: regionInScope,
      schema: { tags, querystring: ScoresQuery, response: { 200: ScoresView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => {
      const result = await scores(ctx, requireActor(req), req.query);
      return req.query.format === 'xlsx' ? sendXlsx(reply, `scores-${result.period}.xlsx`, await scoresXlsx(result.items)) : result;
    },
  );
  app.get<{ Querystring: RecordsQuery }>(
    '/api/v1/assessment/records',
    {
      preValidation: regionInScope,
      schema: { tags, querystring: RecordsQuery, response: { 200: RecordsView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => records(ctx, requireActor(req), req.query),
  );
}
