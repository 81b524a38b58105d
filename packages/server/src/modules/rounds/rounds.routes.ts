import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { getReportInScope } from './rounds.repository';
import {
  AcknowledgeBody,
  CreateReportBody,
  IdParams,
  ProgressQuery,
  ProgressView,
  ReportList,
  ReportsQuery,
  ReportView,
  SubmitBody,
  VersionBody,
} from './rounds.schemas';
import * as service from './rounds.service';

/** Concentrated rounds of the township preset (C2.2, C7.1, D6): progress and the round report to the community head. */
export function roundRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['rounds'];
  const reportInScope = existsInScope((actor, id) => getReportInScope(ctx.db, actor, id));
  /** A gridId / regionId in the body or query outside the caller's scope is 404 before any 400 (contract order). */
  const regionsInScope = (part: 'body' | 'query', keys: string[]) =>
    fieldIdsInScope(part, keys, (actor, id) => getRegionInScope(ctx.db, actor, id));
  const errors = errorResponses(400, 401, 403, 404, 409, 422);

  app.get<{ Querystring: ProgressQuery }>(
    '/api/v1/rounds/progress',
    {
      preValidation: regionsInScope('query', ['gridId', 'regionId']),
      schema: {
        tags,
        description: "C7.1 C2.2 D6 a month's round progress per grid and member",
        querystring: ProgressQuery,
        response: { 200: ProgressView, ...errors },
      },
    },
    async (req) => service.roundProgress(ctx, requireActor(req), req.query),
  );

  app.post<{ Body: CreateReportBody }>(
    '/api/v1/rounds/reports',
    {
      preValidation: regionsInScope('body', ['gridId']),
      schema: {
        tags,
        description: 'C2.2 a draft round report generated from the records',
        body: CreateReportBody,
        response: { 201: ReportView, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createReport(ctx, requireActor(req), req.body, req.id)),
  );

  app.get<{ Querystring: ReportsQuery }>(
    '/api/v1/rounds/reports',
    {
      preValidation: regionsInScope('query', ['regionId']),
      schema: { tags, querystring: ReportsQuery, response: { 200: ReportList, ...errors } },
    },
    async (req) => service.listReports(ctx, requireActor(req), req.query),
  );

  app.get<{ Params: IdParams }>(
    '/api/v1/rounds/reports/:id',
    { preValidation: reportInScope, schema: { tags, params: IdParams, response: { 200: ReportView, ...errorResponses(401, 403, 404) } } },
    async (req) => service.getReport(ctx, requireActor(req), req.params.id),
  );

  app.post<{ Params: IdParams; Body: VersionBody }>(
    '/api/v1/rounds/reports/:id/refresh',
    {
      preValidation: reportInScope,
      schema: {
        tags,
        description: "C2.2 re-generate a draft's figures",
        params: IdParams,
        body: VersionBody,
        response: { 200: ReportView, ...errors },
      },
    },
    async (req) => service.refreshReport(ctx, requireActor(req), req.params.id, req.body.expectedVersion, req.id),
  );

  app.post<{ Params: IdParams; Body: SubmitBody }>(
    '/api/v1/rounds/reports/:id/submit',
    {
      preValidation: reportInScope,
      schema: {
        tags,
        description: 'C2.2 submit to the community head; every household not reached needs a reason',
        params: IdParams,
        body: SubmitBody,
        response: { 200: ReportView, ...errors },
      },
    },
    async (req) => service.submitReport(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.post<{ Params: IdParams; Body: AcknowledgeBody }>(
    '/api/v1/rounds/reports/:id/acknowledge',
    {
      preValidation: reportInScope,
      schema: {
        tags,
        description: 'C2.2 the community head acknowledges a submitted report',
        params: IdParams,
        body: AcknowledgeBody,
        response: { 200: ReportView, ...errors },
      },
    },
    async (req) => service.acknowledgeReport(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
}
