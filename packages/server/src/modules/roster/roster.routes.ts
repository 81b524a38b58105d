import { createHash } from 'node:crypto';
import { DomainError } from '@gridwork/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { idempotencyHeader, type IdempotencyKey } from '../../plugins/idempotency';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { exportHouseholds, exportRoster, rosterTemplate } from './roster-export.service';
import { importRoster } from './roster-import.service';
import { HouseholdExportQuery, ImportQuery, ImportReport, RosterExportQuery } from './roster.schemas';

/** The upload limit of the roster import only (everything else keeps the app's 1 MiB). */
const IMPORT_LIMIT = 20 * 1024 * 1024;

/**
 * The Idempotency-Key of an import: the request hash covers mode, dry run and the file's bytes
 * (not a JSON rendering of 20 MiB), keyed with the data key as the file holds personal data (C3).
 */
function importKey(
  ctx: AppContext,
  req: FastifyRequest<{ Querystring: ImportQuery }>,
  userId: number,
  file: Buffer,
): IdempotencyKey | null {
  const key = idempotencyHeader(req);
  if (!key) return null;
  const digest = createHash('sha256')
    .update(`POST /api/v1/roster/import ${req.query.mode ?? ''} ${req.query.dryRun ?? ''}\n`)
    .update(file)
    .digest('base64url');
  return { userId, key, hash: ctx.sealed.available ? ctx.sealed.fingerprint(digest) : digest };
}

/** Household roster (户籍花名册, A11.1): template, import with a per-cell report, masked exports (C3, D10). */
export function rosterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['households'];
  /** A region or grid outside the caller's scope is 404 before the rest of the query is validated (contract order). */
  const inScope = (key: string) => fieldIdsInScope('query', [key], (actor, id) => getRegionInScope(ctx.db, actor, id));

  app.get(
    '/api/v1/roster/template',
    {
      schema: {
        tags,
        description: 'The roster template (xlsx): sheet 户籍花名册, drop-downs, sheet 说明',
        response: { 200: fileResponse('the template workbook', [XLSX_MIME]), ...errorResponses(401) },
      },
    },
    async (req, reply) => sendXlsx(reply, 'roster-template.xlsx', await rosterTemplate(ctx, requireActor(req))),
  );

  app.get<{ Querystring: RosterExportQuery }>(
    '/api/v1/roster/export',
    {
      preValidation: inScope('regionId'),
      schema: {
        tags,
        querystring: RosterExportQuery,
        response: { 200: fileResponse('the roster workbook', [XLSX_MIME]), ...errorResponses(400, 401, 403, 404) },
        description:
          'Current residents of the region (default: the whole scope) in the template layout; ID numbers and phones masked; audited',
      },
    },
    async (req, reply) => sendXlsx(reply, 'roster.xlsx', await exportRoster(ctx, requireActor(req), req.query.regionId, req.id)),
  );

  app.get<{ Querystring: HouseholdExportQuery }>(
    '/api/v1/households/export',
    {
      preValidation: inScope('gridId'),
      schema: {
        tags,
        querystring: HouseholdExportQuery,
        response: { 200: fileResponse('the households workbook', [XLSX_MIME]), ...errorResponses(400, 401, 403, 404) },
        description: 'The households list as xlsx (filters of GET /households), masked; audited',
      },
    },
    async (req, reply) => {
      const { format: _format, ...query } = req.query;
      return sendXlsx(reply, 'households.xlsx', await exportHouseholds(ctx, requireActor(req), query, req.id));
    },
  );

  void app.register(async (scoped) => {
    scoped.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_req, body, done) => done(null, body));
    scoped.post<{ Querystring: ImportQuery }>(
      '/api/v1/roster/import',
      {
        bodyLimit: IMPORT_LIMIT,
        schema: {
          tags,
          querystring: ImportQuery,
          response: { 200: ImportReport, ...errorResponses(400, 401, 403, 409, 413, 415, 429) },
          description:
            `The filled roster as the raw body (Content-Type ${XLSX_MIME}, at most 20 MiB). Always 200 with the report when the file is ` +
            `readable; committed=false means nothing was written. Honours Idempotency-Key. ` +
            'The file is measured as a stream before it is loaded: 400 ROSTER_NOT_XLSX (not a zip, encrypted, damaged, sizes that lie), ' +
            '400 ROSTER_TOO_MANY_ROWS (over 20,000 rows in a sheet), ' +
            '413 ROSTER_TOO_LARGE (over 64 MiB inflated, 500,000 cells or strings, or the parse time and memory limits); 429 ' +
            'ROSTER_IMPORT_BUSY when other imports are being read.',
        },
      },
      async (req) => {
        const actor = requireActor(req);
        if (!Buffer.isBuffer(req.body))
          throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `send the xlsx file as the body with Content-Type ${XLSX_MIME}`);
        const opts = { mode: req.query.mode ?? 'all-or-nothing', dryRun: req.query.dryRun ?? false };
        return importRoster(ctx, actor, req.body, opts, importKey(ctx, req, actor.id, req.body), req.id);
      },
    );
  });
}
