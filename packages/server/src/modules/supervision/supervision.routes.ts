import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { getRegionInScope, listRegionsByIds } from '../regions/regions.repository';
import { countLightsByChild, listUrgentCases } from './board.repository';

const BoardQuery = Type.Object({ regionId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const Board = Type.Object({
  region: Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String() }),
  totals: Type.Object({ open: Type.Integer(), yellow: Type.Integer(), red: Type.Integer() }),
  children: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String(), open: Type.Integer(), yellow: Type.Integer(), red: Type.Integer() })),
  cases: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), gridId: Type.Integer(), status: Type.String(), deadline: Type.String(), light: Type.String(), caseClass: Type.String(), tier: Type.String(), handlingUnit: Type.Union([Type.String(), Type.Null()]) })),
});

/** Supervision board (督办, C8): yellow and red cases by region, with drill-down to the cases. */
export function supervisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof BoardQuery> }>(
    '/api/v1/supervision/board',
    { schema: { tags: ['supervision'], querystring: BoardQuery, response: { 200: Board, ...errorResponses(400, 401, 404) } } },
    async (req) => {
      const actor = requireActor(req);
      const region = await getRegionInScope(ctx.db, actor, req.query.regionId);
      const now = ctx.clock();
      const [counts, urgent] = await Promise.all([countLightsByChild(ctx.db, actor, region.path, now), listUrgentCases(ctx.db, actor, region.path, now, 200)]);
      const names = new Map((await listRegionsByIds(ctx.db, counts.map((c) => c.childId))).map((r) => [r.id, r]));
      const children = counts
        .filter((c) => names.has(c.childId))
        .map((c) => ({ id: c.childId, name: names.get(c.childId)!.name, type: names.get(c.childId)!.type, open: c.open, yellow: c.yellow, red: c.red }))
        .sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.name.localeCompare(b.name));
      const sum = (k: 'open' | 'yellow' | 'red') => counts.reduce((s, c) => s + c[k], 0);
      return {
        region: { id: region.id, name: region.name, type: region.type },
        totals: { open: sum('open'), yellow: sum('yellow'), red: sum('red') },
        children,
        cases: urgent.map((c) => ({ ...c, deadline: isoShanghai(c.deadline), light: c.deadline < now ? 'red' : 'yellow' })),
      };
    },
  );
}
