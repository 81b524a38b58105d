import type { Actor } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { FINISHED, isUnfinished } from '../../db/case-status';

/**
 * The monthly analysis list (C5.1, C8): the cases a grid-level analysis meeting goes through —
 * those open at the end of the month, and the hot ones: reported by several residents (other
 * cases merged into it), escalated at least twice, or flagged hot by a supervisor.
 */
const ESCALATED = sql<boolean>`(c.state->>'escalations')::int >= 2`;
const MERGED = sql<boolean>`EXISTS (SELECT 1 FROM cases m WHERE m.top_region_id = c.top_region_id AND (m.state->>'mergedInto')::bigint = c.id)`;
const FLAGGED = sql<boolean>`EXISTS (SELECT 1 FROM case_annotations a WHERE a.top_region_id = c.top_region_id AND a.case_id = c.id AND a.kind = 'hot-flag')`;
const HOT = sql<boolean>`(${ESCALATED} OR ${MERGED} OR ${FLAGGED})`;
/** Why a case is hot, in the order the list shows them. */
const HOT_REASONS = ['several-residents', 'escalated', 'flagged'] as const;

async function analysisRows(db: Kysely<DB>, actor: Actor, regionPath: string, monthEnd: Date) {
  return db
    .selectFrom('cases as c')
    .innerJoin('regions as g', 'g.id', 'c.grid_id')
    .select([
      'c.id', 'c.title', 'c.status', 'c.category', 'c.case_class as caseClass', 'c.tier', 'c.deadline', 'c.grid_id as gridId', 'g.name as gridName',
      HOT.as('hot'),
      MERGED.as('several-residents'),
      ESCALATED.as('escalated'),
      FLAGGED.as('flagged'),
      isUnfinished('c.status').as('open'),
    ])
    .where('c.grid_path', 'like', `${regionPath}%`)
    .where('c.received_at', '<=', monthEnd)
    .where((eb) => eb.or([eb('c.status', 'not in', FINISHED), HOT]))
    .where((eb) => whereInScope(eb, actor, 'c.grid_path'))
    .orderBy('g.code')
    .orderBy('c.deadline')
    .limit(2000)
    .execute();
}

const Query = Type.Object({ regionId: Type.Integer({ minimum: 1 }), month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }) }, { additionalProperties: false });

export function analysisRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/v1/supervision/analysis',
    {
      preValidation: fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: { tags: ['supervision'], description: 'C5.1 monthly analysis list per grid: open and hot cases', querystring: Query, response: errorResponses(400, 401, 404) },
    },
    async (req) => {
      const actor = requireActor(req);
      const region = await getRegionInScope(ctx.db, actor, req.query.regionId);
      const [y, m] = req.query.month.split('-').map(Number);
      const monthEnd = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000 - 1); // end of the month, Asia/Shanghai
      const rows = await analysisRows(ctx.db, actor, region.path, monthEnd);
      const grids = new Map<number, { gridId: number; gridName: string; open: number; hot: number; cases: unknown[] }>();
      for (const r of rows) {
        const g = grids.get(r.gridId) ?? { gridId: r.gridId, gridName: r.gridName, open: 0, hot: 0, cases: [] };
        g.open += r.open ? 1 : 0;
        g.hot += r.hot ? 1 : 0;
        g.cases.push({ id: r.id, title: r.title, status: r.status, category: r.category, caseClass: r.caseClass, tier: r.tier, deadline: isoShanghai(r.deadline), open: r.open, hot: r.hot, hotReasons: HOT_REASONS.filter((k) => r[k]) });
        grids.set(r.gridId, g);
      }
      return { region: { id: region.id, name: region.name }, month: req.query.month, grids: [...grids.values()] };
    },
  );
}
