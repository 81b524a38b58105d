/** Monthly supervision reports (C8): `/api/v1/supervision/reports` (supervision-reports.service.ts). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { MonthText } from '../diaries/diaries.schemas';
import { Id, Nullable } from '../households/households.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import { reportXlsx } from './report-xlsx';
import * as service from './supervision-reports.service';

const Count = Type.Integer();
const ReportView = Type.Object({
  id: Type.Integer(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  month: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('issued')]),
  figures: Type.Object({
    month: Type.String(),
    cases: Type.Object({ received: Count, overdue: Count, extended: Count, late: Count, decided: Count }),
    visitsByClass: Type.Array(
      Type.Object({ key: Type.String(), label: Type.String(), households: Count, met: Count, rate: Type.Number() }),
    ),
    team: Type.Array(Type.Object({ item: Type.String(), done: Type.Number(), of: Type.Number() })),
    meetings: Type.Object({ scheduled: Count, held: Count, types: Type.Array(Type.String()) }),
    trainings: Type.Object({ sessions: Count, attended: Count, of: Count }),
    rewards: Type.Array(
      Type.Object({ userName: Type.String(), kind: Type.String(), ground: Type.String(), points: Type.Number(), awardedOn: Type.String() }),
    ),
  }),
  generatedAt: Type.String(),
  comments: Nullable(Type.String()),
  rating: Nullable(Type.Integer()),
  version: Type.Integer(),
  issuedAt: Nullable(Type.String()),
  abilities: Type.Object({ edit: Type.Boolean(), issue: Type.Boolean() }),
});
const CreateBody = Type.Object({ regionId: Id, month: MonthText }, { additionalProperties: false });
const UpdateBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    comments: Type.Optional(Nullable(Type.String({ maxLength: 8000 }))),
    rating: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
    refresh: Type.Optional(Type.Boolean({ description: 'regenerate the figures from the records' })),
    issue: Type.Optional(Type.Boolean({ description: 'issue the report (final; needs a rating)' })),
  },
  { additionalProperties: false },
);
const ListQuery = Type.Object(
  { regionId: Type.Optional(Id), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Params = Static<typeof Params>;

export function supervisionReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => service.getReportInScope(ctx, actor, id));
  const regionInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.post<{ Body: Static<typeof CreateBody> }>(
    '/api/v1/supervision/reports',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: CreateBody, response: { 201: ReportView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => reply.status(201).send(await service.createReport(ctx, requireActor(req), req.body, req.id)),
  );
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/supervision/reports',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: ListQuery, response: { 200: Type.Array(ReportView), ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.listReports(ctx, requireActor(req), req.query),
  );
  app.get<{ Params: Params }>(
    '/api/v1/supervision/reports/:id',
    { preValidation: inScope, schema: { tags, params: Params, response: { 200: ReportView, ...errorResponses(401, 404) } } },
    async (req) => service.presentReport(requireActor(req), await service.getReportInScope(ctx, requireActor(req), req.params.id)),
  );
  app.patch<{ Params: Params; Body: Static<typeof UpdateBody> }>(
    '/api/v1/supervision/reports/:id',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: UpdateBody, response: { 200: ReportView, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.updateReport(ctx, requireActor(req), req.params.id, req.body, req.id),
  );
  app.get<{ Params: Params }>(
    '/api/v1/supervision/reports/:id/xlsx',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: Params,
        response: { 200: fileResponse('the report as an xlsx workbook', [XLSX_MIME]), ...errorResponses(401, 404) },
      },
    },
    async (req, reply) => {
      const r = service.presentReport(requireActor(req), await service.getReportInScope(ctx, requireActor(req), req.params.id));
      return sendXlsx(reply, `supervision-${r.month}.xlsx`, await reportXlsx(r));
    },
  );
}
