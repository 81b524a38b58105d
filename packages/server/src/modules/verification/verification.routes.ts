import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import * as draws from './draws.service';
import { submitResult } from './result.service';
import { exportVerificationSummary } from './summary-export';
import { verificationSummary } from './summary.service';
import { getTaskInScope } from './tasks.repository';
import * as tasks from './tasks.service';
import { getDrawInScope } from './verification.repository';
import {
  DrawBody,
  DrawList,
  DrawsQuery,
  DrawView,
  IdParams,
  ResultBody,
  SummaryQuery,
  SummaryView,
  TaskDetail,
  TaskList,
  TasksQuery,
  YearlyBody,
} from './verification.schemas';

/** Verification (API contract `POST /verification/draws`; A8.2, A8.3, D8). */
export function verificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['verification'];
  const drawInScope = existsInScope((actor, id) => getDrawInScope(ctx.db, actor, id));
  const taskInScope = existsInScope((actor, id) => getTaskInScope(ctx.db, actor, id));
  /** A `regionId` in the body or query outside the caller's scope is 404 before any 400 (contract order). */
  const regionInScope = (part: 'body' | 'query') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));

  app.post<{ Body: DrawBody }>(
    '/api/v1/verification/draws',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: DrawBody, response: { 201: DrawView, ...errorResponses(400, 401, 403, 404, 409, 422) } },
    },
    async (req, reply) => reply.status(201).send(await draws.drawQuarterly(ctx, requireActor(req), req.body, req.id)),
  );

  app.post<{ Body: YearlyBody }>(
    '/api/v1/verification/yearly',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: YearlyBody, response: { 201: DrawView, ...errorResponses(400, 401, 403, 404, 409, 422) } },
    },
    async (req, reply) => reply.status(201).send(await draws.drawYearly(ctx, requireActor(req), req.body, req.id)),
  );

  app.get<{ Querystring: DrawsQuery }>(
    '/api/v1/verification/draws',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: DrawsQuery, response: { 200: DrawList, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => draws.listDraws(ctx, requireActor(req), req.query),
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/verification/draws/:id',
    { preValidation: drawInScope, schema: { tags, params: IdParams, response: { 200: DrawView, ...errorResponses(401, 403, 404) } } },
    async (req) => draws.getDraw(ctx, requireActor(req), req.params.id),
  );

  app.get<{ Querystring: TasksQuery }>(
    '/api/v1/verification/tasks',
    {
      preValidation: fieldIdsInScope('query', ['drawId'], (actor, id) => getDrawInScope(ctx.db, actor, id)),
      schema: { tags, querystring: TasksQuery, response: { 200: TaskList, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => tasks.listTasks(ctx, requireActor(req), req.query),
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/verification/tasks/:id',
    { preValidation: taskInScope, schema: { tags, params: IdParams, response: { 200: TaskDetail, ...errorResponses(401, 403, 404) } } },
    async (req) => tasks.getTask(ctx, requireActor(req), req.params.id),
  );

  app.post<{ Params: IdParams; Body: ResultBody }>(
    '/api/v1/verification/tasks/:id/result',
    {
      preValidation: taskInScope,
      schema: { tags, params: IdParams, body: ResultBody, response: { 200: TaskDetail, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => submitResult(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.get<{ Querystring: SummaryQuery }>(
    '/api/v1/verification/summary',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: SummaryQuery, response: { 200: SummaryView, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => verificationSummary(ctx, requireActor(req), req.query),
  );

  app.get<{ Querystring: SummaryQuery }>(
    '/api/v1/verification/summary/export',
    {
      preValidation: regionInScope('query'),
      schema: {
        tags,
        description: 'The summary (by grid and by class, the total last) as xlsx with Chinese headers; audited',
        querystring: SummaryQuery,
        response: { 200: fileResponse('the summary workbook', [XLSX_MIME]), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { file, title } = await exportVerificationSummary(ctx, requireActor(req), req.query, req.id);
      return sendXlsx(reply, 'verification-summary.xlsx', file, title);
    },
  );
}
