import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { GROUP_BYS } from './statistics.repository';
import { exportStatistics } from './statistics-export';
import { caseStatistics, MAX_RANGE_DAYS } from './statistics.service';

const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, Asia/Shanghai' });
const Query = Type.Object(
  {
    regionId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'default: the top of the caller’s scope' })),
    from: DateString,
    to: DateString,
    groupBy: Type.Union(GROUP_BYS.map((g) => Type.Literal(g))),
  },
  { additionalProperties: false },
);
const Rate = Type.Union([Type.Number(), Type.Null()]);
const Row = Type.Object({
  key: Type.String(),
  label: Type.String(),
  received: Type.Integer({ description: 'cases received in the range' }),
  closed: Type.Integer({ description: 'of them: closed or archived' }),
  decided: Type.Integer({ description: 'of them: whose time limit is decided (onTime not null)' }),
  onTime: Type.Integer(),
  onTimeRate: Type.Union([Type.Number(), Type.Null()], { description: 'onTime / decided; null when none is decided' }),
  avgHandlingDays: Type.Union([Type.Number(), Type.Null()], {
    description: 'receipt → completion (or feedback), calendar days, one decimal',
  }),
  satisfaction: Type.Object({ satisfied: Type.Integer(), basicallySatisfied: Type.Integer(), unsatisfied: Type.Integer(), rate: Rate }),
  overdueOpen: Type.Integer({ description: 'open, not met and past the deadline now' }),
});
const Statistics = Type.Object({
  from: Type.String(),
  to: Type.String(),
  regionId: Type.Integer(),
  groupBy: Type.String(),
  total: Row,
  rows: Type.Array(Row),
});

/** Case statistics (issue 3, item 10): received, closed, on-time rate, handling days, satisfaction, overdue. */
export function statisticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/v1/statistics/cases',
    {
      // 404 for a region outside the scope comes before 400 for the rest of the query (check order)
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags: ['statistics'],
        description: `Cases received in [from, to] (at most ${MAX_RANGE_DAYS} days) under a region, grouped; region = its direct children.`,
        querystring: Query,
        response: { 200: Statistics, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => caseStatistics(ctx, requireActor(req), req.query),
  );

  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/v1/statistics/cases/export',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags: ['statistics'],
        description: 'The same statistics (one grouping, the total last) as xlsx with Chinese headers; audited',
        querystring: Query,
        response: { 200: fileResponse('the statistics workbook', [XLSX_MIME]), ...errorResponses(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { file, title } = await exportStatistics(ctx, requireActor(req), req.query, req.id);
      return sendXlsx(reply, `statistics-${req.query.groupBy}.xlsx`, file, title);
    },
  );
}
