import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import * as service from './policy.service';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const PresetId = Type.Union([Type.Literal('community'), Type.Literal('township'), Type.Literal('marketing')]);
const PolicyQuery = Type.Object({ regionId: Type.Optional(Id) }, { additionalProperties: false });
const VersionsQuery = Type.Object({ regionId: Id }, { additionalProperties: false });
const PolicyResponse = Type.Object({
  preset: Type.String(),
  version: Type.Integer(),
  regionId: Type.Integer(),
  values: Type.Record(Type.String(), Type.Unknown(), { description: 'the policy document; every value group carries its `rule` ID' }),
  abilities: Type.Object({ edit: Type.Boolean() }),
});
const SaveBody = Type.Object(
  {
    regionId: Id,
    preset: PresetId,
    values: Type.Unknown(),
    expectedVersion: Type.Integer({
      minimum: 0,
      description: 'the version in force at the region now (its own or inherited; 0 when none)',
    }),
  },
  { additionalProperties: false },
);
const VersionRecord = Type.Object({
  version: Type.Integer(),
  preset: Type.String(),
  createdAt: Type.String(),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

export function policyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['policy'];
  /** A region outside the caller's scope is 404 before the rest is validated (contract order). */
  const regionInScope = (part: 'body' | 'query') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));
  app.get<{ Querystring: Static<typeof PolicyQuery> }>(
    '/api/v1/policy',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: PolicyQuery, response: { 200: PolicyResponse, ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.getPolicyInForce(ctx, requireActor(req), req.query.regionId),
  );
  app.put<{ Body: Static<typeof SaveBody> }>(
    '/api/v1/policy',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: SaveBody, response: { 200: PolicyResponse, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => service.savePolicy(ctx, requireActor(req), req.body, req.id),
  );
  app.get<{ Querystring: Static<typeof VersionsQuery> }>(
    '/api/v1/policy/versions',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: VersionsQuery, response: { 200: Type.Array(VersionRecord), ...errorResponses(400, 401, 404) } },
    },
    async (req) => service.listVersions(ctx, requireActor(req), req.query.regionId),
  );
  app.get(
    '/api/v1/policy/presets',
    { schema: { tags, response: { 200: Type.Array(Type.Object({ id: Type.String(), values: Type.Unknown() })) } } },
    async () => service.listPresets(),
  );
}
