import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { peopleInScope } from '../../plugins/linked-people';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { parsePath } from '../auth/sessions.repository';
import { getHouseholdInScope } from '../households/households.repository';
import { getVisitOwnerInScope } from '../photos/photos.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { sealedIdempotencyKey } from '../households/idempotency-key';
import { getCaseInScope } from './cases.repository';
import { ActionBody, ActionParams, CaseIdParams, CaseListQuery, CaseRecord, CreateCaseBody } from './cases.schemas';
import * as service from './cases.service';
import { listCases } from './case-list.service';
import { listRegister, registerXlsx } from './register';
import { revealReporter } from './reporter-reveal';

/** One closed or archived case of the register (A3.3); register.ts builds it. */
const RegisterEntrySchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  category: Type.String(),
  caseClass: Type.String(),
  gridName: Type.String(),
  receivedAt: Type.String(),
  status: Type.String(),
  handlingUnit: Type.String(),
  handler: Type.String(),
  completedAt: Type.String(),
  details: Type.String(),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
});

export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['cases'];
  const inScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  // ids in the body or query outside the caller's scope (or missing) are 404 before any 400 or 403 (contract order)
  const regionsInScope = (part: 'body' | 'query', keys: string[]) =>
    fieldIdsInScope(part, keys, (actor, id) => getRegionInScope(ctx.db, actor, id));
  const householdInScope = fieldIdsInScope('query', ['householdId'], (actor, id) => getHouseholdInScope(ctx.db, actor, id));
  const visitInScope = fieldIdsInScope('body', ['visitId'], (actor, id) => getVisitOwnerInScope(ctx.db, actor, id));
  const caseRefInScope = fieldIdsInScope('body', ['intoCaseId'], (actor, id) => getCaseInScope(ctx.db, actor, id));
  const casePath = async (req: FastifyRequest) =>
    parsePath((await getCaseInScope(ctx.db, req.actor!, Number((req.params as { id: string }).id))).grid_path);
  const peopleOfCase = peopleInScope(ctx, ['handlerId', 'toUserId'], casePath);

  app.post<{ Body: CreateCaseBody }>(
    '/api/v1/cases',
    {
      preValidation: [regionsInScope('body', ['gridId']), visitInScope],
      schema: { tags, body: CreateCaseBody, response: { 201: CaseRecord, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const res = await service.createCase(ctx, actor, req.body, sealedIdempotencyKey(ctx, req, actor.id), req.id);
      return reply.status(res.status).send(res.body);
    },
  );

  app.get<{ Querystring: CaseListQuery }>(
    '/api/v1/cases',
    {
      preValidation: [regionsInScope('query', ['gridId', 'regionId']), householdInScope],
      schema: {
        tags,
        description: 'Cases in scope by urgency; with withTotal=true the X-Total-Count header counts every match',
        querystring: CaseListQuery,
        response: { 200: Type.Array(CaseRecord), ...errorResponses(400, 401, 404) },
      },
    },
    async (req, reply) => {
      const { items, total } = await listCases(ctx, requireActor(req), req.query);
      if (total !== null) reply.header('x-total-count', String(total));
      return items;
    },
  );

  const RegisterQuery = Type.Object(
    {
      from: Type.Optional(Type.String({ format: 'date' })),
      to: Type.Optional(Type.String({ format: 'date' })),
      q: Type.Optional(Type.String({ maxLength: 100 })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1000 })),
      format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('xlsx')])),
    },
    { additionalProperties: false },
  );
  app.get<{ Querystring: Static<typeof RegisterQuery> }>(
    '/api/v1/cases/register',
    {
      schema: {
        tags,
        description: 'A3.3 register of closed and archived cases; format=xlsx downloads it',
        querystring: RegisterQuery,
        response: {
          200: Type.Array(RegisterEntrySchema, { description: 'JSON unless format=xlsx (a workbook download)' }),
          ...errorResponses(400, 401),
        },
      },
    },
    async (req, reply) => {
      const entries = await listRegister(ctx.db, requireActor(req), { ...req.query, limit: req.query.limit ?? 1000 });
      if (req.query.format !== 'xlsx') return reply.send(entries);
      return sendXlsx(reply, 'case-register.xlsx', await registerXlsx(entries));
    },
  );

  app.get<{ Params: Static<typeof CaseIdParams> }>(
    '/api/v1/cases/:id',
    { preValidation: inScope, schema: { tags, params: CaseIdParams, response: { 200: CaseRecord, ...errorResponses(401, 404) } } },
    async (req) => service.getCase(ctx, requireActor(req), req.params.id),
  );

  app.post<{ Params: ActionParams; Body: ActionBody }>(
    '/api/v1/cases/:id/actions/:action',
    {
      preValidation: [inScope, caseRefInScope, peopleOfCase],
      schema: { tags, params: ActionParams, body: ActionBody, response: { 200: CaseRecord, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.takeAction(ctx, requireActor(req), req.params, req.body, req.id),
  );

  app.post<{ Params: Static<typeof CaseIdParams> }>(
    '/api/v1/cases/:id/reporter/reveal',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: CaseIdParams,
        response: {
          200: Type.Object({
            name: Type.Union([Type.String(), Type.Null()]),
            phone: Type.Union([Type.String(), Type.Null()]),
            confidential: Type.Boolean(),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (req) => revealReporter(ctx, requireActor(req), req.params.id, req.id),
  );
}
