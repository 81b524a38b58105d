import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { exportBoard } from './board-export';
import { supervisionBoard } from './board.service';

const BoardQuery = Type.Object({ regionId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const Board = Type.Object({
  region: Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() }),
  totals: Type.Object({ open: Type.Integer(), yellow: Type.Integer(), red: Type.Integer() }),
  children: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      type: Type.String(),
      open: Type.Integer(),
      yellow: Type.Integer(),
      red: Type.Integer(),
    }),
  ),
  cases: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      gridId: Type.Integer(),
      status: Type.String(),
      deadline: Type.String(),
      light: Type.Union([Type.Literal('yellow'), Type.Literal('red')]),
      caseClass: Type.String(),
      tier: Type.String(),
      handlingUnit: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

/** Supervision board (督办, C8): yellow and red cases by region, with drill-down to the cases. */
export function supervisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof BoardQuery> }>(
    '/api/v1/supervision/board',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: { tags: ['supervision'], querystring: BoardQuery, response: { 200: Board, ...errorResponses(400, 401, 404) } },
    },
    async (req) => {
      const actor = requireActor(req);
      return supervisionBoard(ctx, actor, await getRegionInScope(ctx.db, actor, req.query.regionId));
    },
  );

  app.get<{ Querystring: Static<typeof BoardQuery> }>(
    '/api/v1/supervision/board/export',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: {
        tags: ['supervision'],
        description: 'The board as xlsx with Chinese headers: child regions with their counts, and the yellow and red cases; audited',
        querystring: BoardQuery,
        response: { 200: fileResponse('the board workbook', [XLSX_MIME]), ...errorResponses(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { file, title } = await exportBoard(ctx, requireActor(req), req.query.regionId, req.id);
      return sendXlsx(reply, 'supervision-board.xlsx', file, title);
    },
  );
}
