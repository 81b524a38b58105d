/**
 * Merge suggestions (issue 3 item 3): open cases of the same category within 200 m of the case,
 * nearest first, at most 20, in the caller's scope. Cases without a location are matched by grid:
 * a case without one gets the open cases of its grid; a located case also gets the same-grid
 * cases that have none (after the measured ones, distance null).
 */
import { boundingBox, haversineMetres } from '@gridwork/core/geo';
import { FINISHED_STATUSES } from '@gridwork/core/cases';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import type { SessionUser } from '../auth/sessions.repository';
import { getCaseInScope, type CaseRow } from './cases.repository';

export const MERGE_RADIUS_M = 200;
export const MAX_SUGGESTIONS = 20;
/** Enough rows for any real neighbourhood; the exact distance then keeps the nearest 20. */
const PREFILTER_ROWS = 1000;

/** SQL only: open same-category cases in scope in the box around the case (or, without location, in its grid). */
async function findCandidates(db: Kysely<DB>, actor: SessionUser, c: CaseRow) {
  const located = c.lat !== null && c.lng !== null;
  const box = located ? boundingBox({ lat: c.lat!, lng: c.lng! }, MERGE_RADIUS_M) : null;
  return db
    .selectFrom('cases')
    .select(['id', 'title', 'status', 'received_at', 'lat', 'lng'])
    .where((eb) => whereInScope(eb, actor, 'cases.grid_path'))
    .where('category', '=', c.category)
    .where('status', 'not in', [...FINISHED_STATUSES])
    .where('id', '!=', c.id)
    .where((eb) => {
      const sameGridUnplaced = eb.and([eb('grid_id', '=', c.grid_id), eb('lat', 'is', null)]);
      if (!box) return eb('grid_id', '=', c.grid_id);
      const inBox = eb.and([eb('lat', '>=', box.south), eb('lat', '<=', box.north), eb('lng', '>=', box.west), eb('lng', '<=', box.east)]);
      return eb.or([inBox, sameGridUnplaced]);
    })
    .orderBy('received_at', 'desc')
    .limit(PREFILTER_ROWS)
    .execute();
}

export async function mergeSuggestions(ctx: AppContext, actor: SessionUser, caseId: number) {
  const c = await getCaseInScope(ctx.db, actor, caseId);
  const rows = await findCandidates(ctx.db, actor, c);
  const here = c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : null;
  const measured = rows.map((r) => ({
    r,
    d: here && r.lat !== null && r.lng !== null ? haversineMetres(here, { lat: r.lat, lng: r.lng }) : null,
  }));
  const near = measured.filter((m) => m.d !== null && m.d <= MERGE_RADIUS_M).sort((a, b) => a.d! - b.d! || a.r.id - b.r.id);
  const unplaced = measured.filter((m) => m.d === null);
  return [...near, ...unplaced].slice(0, MAX_SUGGESTIONS).map(({ r, d }) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    distanceMetres: d === null ? null : Math.round(d),
    receivedAt: isoShanghai(r.received_at),
  }));
}

const Params = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const Suggestion = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  status: Type.String(),
  distanceMetres: Type.Union([Type.Integer(), Type.Null()], {
    description: 'great-circle metres; null when either case has no location (matched by grid)',
  }),
  receivedAt: Type.String(),
});

export function mergeSuggestionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const inScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/cases/:id/merge-suggestions',
    {
      preValidation: inScope,
      schema: {
        tags: ['cases'],
        description: `Open cases of the same category within ${MERGE_RADIUS_M} m, nearest first (at most ${MAX_SUGGESTIONS})`,
        params: Params,
        response: { 200: Type.Array(Suggestion), ...errorResponses(401, 404) },
      },
    },
    async (req) => mergeSuggestions(ctx, requireActor(req), req.params.id),
  );
}
