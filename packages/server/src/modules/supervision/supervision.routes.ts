import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope, listRegionsByIds } from '../regions/regions.repository';
import { countLightsByGrid, listUrgentCases } from './board.repository';

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
      const region = await getRegionInScope(ctx.db, actor, req.query.regionId);
      const now = ctx.clock();
      const [byGrid, urgent] = await Promise.all([
        countLightsByGrid(ctx.db, actor, region.path, now),
        listUrgentCases(ctx.db, actor, region.path, now, 200),
      ]);
      const counts = foldIntoChildren(byGrid, region.path);
      const names = new Map(
        (
          await listRegionsByIds(
            ctx.db,
            counts.map((c) => c.childId),
          )
        ).map((r) => [r.id, r]),
      );
      const children = counts
        .filter((c) => names.has(c.childId))
        .map((c) => ({
          id: c.childId,
          name: names.get(c.childId)!.name,
          type: names.get(c.childId)!.type,
          open: c.open,
          yellow: c.yellow,
          red: c.red,
        }))
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

/** Sums per-grid counts into the region's direct children (the first path segment under it). */
function foldIntoChildren(rows: { gridPath: string; open: number; yellow: number; red: number }[], regionPath: string) {
  const byChild = new Map<number, { childId: number; open: number; yellow: number; red: number }>();
  for (const r of rows) {
    const childId = Number(r.gridPath.slice(regionPath.length).split('/')[0]);
    const c = byChild.get(childId) ?? { childId, open: 0, yellow: 0, red: 0 };
    c.open += r.open;
    c.yellow += r.yellow;
    c.red += r.red;
    byChild.set(childId, c);
  }
  return [...byChild.values()];
}
