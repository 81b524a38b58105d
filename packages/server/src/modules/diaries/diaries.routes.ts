/** Field diaries (A5, C4): `/api/v1/diaries` (diaries.service.ts, diary-status.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getCaseInScope } from '../cases/cases.repository';
import { sealedIdempotencyKey } from '../households/idempotency-key';
import { diariesXlsx, EXPORT_LIMIT } from '../team/exports';
import { sendXlsx } from '../../lib/xlsx';
import { getRegionInScope } from '../regions/regions.repository';
import { getUserInScope } from '../users/users.service';
import { getVisitInScope } from './diaries.repository';
import {
  CreateDiaryBody,
  DiaryListQuery,
  DiaryListView,
  DiaryStatusQuery,
  DiaryStatusView,
  DiaryView,
  ReviewBody,
  SelectBody,
  UpdateDiaryBody,
} from './diaries.schemas';
import { diaryStatus } from './diary-status';
import * as service from './diaries.service';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Params = Static<typeof Params>;

export function diaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => service.getDiaryInScope(ctx, actor, id));
  const userInScope = (part: 'query' | 'body', key: string) =>
    fieldIdsInScope(part, [key], (actor, id) => (id === actor.id ? Promise.resolve() : getUserInScope(ctx, actor, id)));

  app.post<{ Body: CreateDiaryBody }>(
    '/api/v1/diaries',
    {
      preValidation: [
        userInScope('body', 'authorId'),
        fieldIdsInScope('body', ['caseIds'], (actor, id) => getCaseInScope(ctx.db, actor, id)),
        fieldIdsInScope('body', ['visitIds'], (actor, id) => getVisitInScope(ctx.db, actor, id)),
      ],
      schema: { tags, body: CreateDiaryBody, response: { 201: DiaryView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const res = await service.createDiary(ctx, actor, req.body, sealedIdempotencyKey(ctx, req, actor.id), req.id);
      return reply.status(res.status).send(res.body);
    },
  );

  app.get<{ Querystring: DiaryListQuery }>(
    '/api/v1/diaries',
    {
      preValidation: [
        userInScope('query', 'userId'),
        fieldIdsInScope('query', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      ],
      schema: { tags, querystring: DiaryListQuery, response: { 200: DiaryListView, ...errorResponses(400, 401, 404) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const region = req.query.regionId === undefined ? undefined : await getRegionInScope(ctx.db, actor, req.query.regionId);
      if (req.query.format !== 'xlsx') return service.listDiaries(ctx, actor, req.query, region?.path);
      const all = await service.listDiaries(ctx, actor, { ...req.query, limit: EXPORT_LIMIT, offset: 0 }, region?.path);
      return sendXlsx(reply, 'diaries.xlsx', await diariesXlsx(all.items));
    },
  );

  app.get<{ Querystring: Static<typeof DiaryStatusQuery> }>(
    '/api/v1/diaries/status',
    {
      preValidation: userInScope('query', 'userId'),
      schema: { tags, querystring: DiaryStatusQuery, response: { 200: DiaryStatusView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => diaryStatus(ctx, requireActor(req), req.query.userId, req.query.date),
  );

  app.get<{ Params: Params }>(
    '/api/v1/diaries/:id',
    { preValidation: inScope, schema: { tags, params: Params, response: { 200: DiaryView, ...errorResponses(401, 404) } } },
    async (req) => service.getDiary(ctx, requireActor(req), req.params.id),
  );

  app.patch<{ Params: Params; Body: UpdateDiaryBody }>(
    '/api/v1/diaries/:id',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: UpdateDiaryBody, response: { 200: DiaryView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.updateDiary(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.post<{ Params: Params; Body: Static<typeof ReviewBody> }>(
    '/api/v1/diaries/:id/reviews',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: ReviewBody, response: { 200: DiaryView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => service.reviewDiary(ctx, requireActor(req), req.params.id, req.body.comment, req.id),
  );

  for (const [verb, status] of [
    ['shortlist', 'shortlisted'],
    ['select', 'selected'],
  ] as const) {
    app.post<{ Params: Params; Body: Static<typeof SelectBody> }>(
      `/api/v1/diaries/:id/${verb}`,
      {
        preValidation: inScope,
        schema: { tags, params: Params, body: SelectBody, response: { 200: DiaryView, ...errorResponses(400, 401, 403, 404) } },
      },
      async (req) => service.markDiary(ctx, requireActor(req), req.params.id, req.body.month, status, req.id),
    );
  }
}
