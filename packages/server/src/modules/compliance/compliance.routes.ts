import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getHouseholdInScope } from '../households/households.repository';
import { getRegionInScope } from '../regions/regions.repository';
import {
  Compliance,
  ComplianceExportQuery,
  ComplianceQuery,
  DueList,
  DueQuery,
  HistoryQuery,
  Hours,
  HoursQuery,
  VisitHistory,
} from './compliance.schemas';
import { exportCompliance } from './compliance-export';
import * as service from './compliance.service';
import { dueList } from './due-list.service';

/** Visit due list, compliance (and its export), visiting hours and history (A7.2, C2.2, C7.1, D5, D6, D9). */
export function complianceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['households'];
  /** An id in the query outside the caller's scope is 404 before the query is validated (contract order). */
  const regionInScope = (param: string) => fieldIdsInScope('query', [param], (actor, id) => getRegionInScope(ctx.db, actor, id));

  app.get<{ Querystring: DueQuery }>(
    '/api/v1/visits/due',
    {
      preValidation: regionInScope('gridId'),
      schema: { tags, querystring: DueQuery, response: { 200: DueList, ...errorResponses(400, 401, 403, 404, 422) } },
    },
    async (req) => dueList(ctx, requireActor(req), req.query),
  );

  app.get<{ Querystring: ComplianceQuery }>(
    '/api/v1/visits/compliance',
    {
      preValidation: regionInScope('regionId'),
      schema: { tags, querystring: ComplianceQuery, response: { 200: Compliance, ...errorResponses(400, 401, 403, 404, 422) } },
    },
    async (req) => service.complianceReport(ctx, requireActor(req), req.query),
  );

  app.get<{ Querystring: ComplianceExportQuery }>(
    '/api/v1/visits/compliance/export',
    {
      preValidation: regionInScope('regionId'),
      schema: {
        tags,
        description: 'The compliance by grid, by grid worker and by class (one sheet each) as xlsx with Chinese headers; audited',
        querystring: ComplianceExportQuery,
        response: { 200: fileResponse('the compliance workbook', [XLSX_MIME]), ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => {
      const { file, title } = await exportCompliance(ctx, requireActor(req), req.query, req.id);
      return sendXlsx(reply, 'visit-compliance.xlsx', file, title);
    },
  );

  app.get<{ Querystring: HoursQuery }>(
    '/api/v1/visits/hours',
    {
      preValidation: regionInScope('regionId'),
      schema: { tags, querystring: HoursQuery, response: { 200: Hours, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => service.visitingHours(ctx, requireActor(req), req.query),
  );

  app.get<{ Querystring: HistoryQuery }>(
    '/api/v1/visits',
    {
      preValidation: fieldIdsInScope('query', ['householdId'], (actor, id) => getHouseholdInScope(ctx.db, actor, id)),
      schema: { tags, querystring: HistoryQuery, response: { 200: VisitHistory, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req) => service.visitHistory(ctx, requireActor(req), req.query),
  );
}
