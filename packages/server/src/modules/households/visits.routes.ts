import type { FastifyInstance, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { peopleInScope } from '../../plugins/linked-people';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { parsePath } from '../auth/sessions.repository';
import { findHouseholdInScope, getHouseholdInScope } from './households.repository';
import { IdParams, VisitView } from './households.schemas';
import { sealedIdempotencyKey } from './idempotency-key';
import { CreateVisitBody, VisitStatusQuery, VisitStatusResponse } from './visits.schemas';
import * as service from './visits.service';

/** Visits (A7.2, D5): recording with time and GPS rules, and a household's visit status for a date. */
export function visitRoutes(app: FastifyInstance, ctx: AppContext, householdInScope: preValidationHookHandler): void {
  const tags = ['households'];
  /** The grid path of the visited household (checked just before), for the visitors' check. */
  const householdPath = async (req: FastifyRequest) => {
    const id = (req.body as { householdId?: unknown } | undefined)?.householdId;
    const h = Number.isSafeInteger(id) ? await findHouseholdInScope(ctx.db, req.actor!, id as number) : undefined;
    return h ? parsePath(h.gridPath) : null;
  };

  app.post<{ Body: CreateVisitBody }>(
    '/api/v1/visits',
    {
      // the household and every visitor in the caller's scope: 404 before 400 and 403 (contract order)
      preValidation: [
        fieldIdsInScope('body', ['householdId'], (actor, id) => getHouseholdInScope(ctx.db, actor, id)),
        peopleInScope(ctx, ['visitors'], householdPath),
      ],
      schema: { tags, body: CreateVisitBody, response: { 201: VisitView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const res = await service.recordVisit(ctx, actor, req.body, sealedIdempotencyKey(ctx, req, actor.id), req.id);
      return reply.status(res.status).send(res.body);
    },
  );

  app.get<{ Params: IdParams; Querystring: VisitStatusQuery }>(
    '/api/v1/households/:id/visit-status',
    {
      preValidation: householdInScope,
      schema: {
        tags,
        params: IdParams,
        querystring: VisitStatusQuery,
        response: { 200: VisitStatusResponse, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req) => service.visitStatus(ctx, requireActor(req), req.params.id, req.query.date),
  );
}
