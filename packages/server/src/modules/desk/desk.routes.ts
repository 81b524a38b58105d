/** Desk work at speed (issue 11 item 8): the assign dialog's choices and the address → grid lookup of hotline intake. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { sendXlsx, XLSX_MIME } from '../../lib/xlsx';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { exportCases } from '../cases/case-export';
import { getCaseInScope } from '../cases/cases.repository';
import { CaseListQuery } from '../cases/cases.schemas';
import { getHouseholdInScope } from '../households/households.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { lookUpAddress } from './address-lookup.service';
import { assigneesOf } from './assignees.service';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const GridRef = Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() });

const Assignees = Type.Object({
  gridId: Type.Integer(),
  units: Type.Array(
    Type.Object({
      name: Type.String(),
      source: Type.Union([Type.Literal('category'), Type.Literal('region'), Type.Literal('used')], {
        description: "category: the category's default unit (the case's own first); region: the case's area; used: units used lately",
      }),
    }),
  ),
  people: Type.Array(
    Type.Object({
      id: Type.Integer(),
      username: Type.String(),
      displayName: Type.String(),
      onGrid: Type.Boolean({ description: "bound to the case's own grid (listed first)" }),
    }),
  ),
});

const LookupQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100, description: 'part of an address, or of a compound, building or grid name' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  },
  { additionalProperties: false },
);
const Lookup = Type.Object({
  items: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('household'), Type.Literal('compound'), Type.Literal('building'), Type.Literal('grid')]),
      label: Type.String({ description: 'the address or the place name (never who lives there)' }),
      grid: GridRef,
    }),
  ),
});

const ExportQuery = Type.Omit(CaseListQuery, ['limit', 'offset', 'withTotal'], { additionalProperties: false });

export function deskRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['cases'];
  app.get<{ Querystring: Static<typeof ExportQuery> }>(
    '/api/v1/cases/export',
    {
      preValidation: [
        fieldIdsInScope('query', ['gridId', 'regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
        fieldIdsInScope('query', ['householdId'], (actor, id) => getHouseholdInScope(ctx.db, actor, id)),
      ],
      schema: {
        tags,
        description: 'The case list as filtered (same filters as GET /cases), xlsx with Chinese headers; reporters masked; audited',
        querystring: ExportQuery,
        response: { 200: fileResponse('the case list workbook', [XLSX_MIME]), ...errorResponses(400, 401, 404) },
      },
    },
    async (req, reply) => sendXlsx(reply, 'cases.xlsx', await exportCases(ctx, requireActor(req), req.query, req.id)),
  );

  app.get<{ Params: { id: number } }>(
    '/api/v1/cases/:id/assignees',
    {
      preValidation: existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id)),
      schema: {
        tags,
        description: "The assign dialog's choices: units, and people in scope with the case's own grid team first",
        params: Type.Object({ id: Id }),
        response: { 200: Assignees, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => assigneesOf(ctx, requireActor(req), req.params.id),
  );

  app.get<{ Querystring: Static<typeof LookupQuery> }>(
    '/api/v1/address-lookup',
    {
      schema: {
        tags,
        description: 'Hotline intake: household addresses and compound/building/grid names in the intake scope, each with its grid',
        querystring: LookupQuery,
        response: { 200: Lookup, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lookUpAddress(ctx, requireActor(req), req.query),
  );
}
