import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { getClientInScope } from './open311-clients.repository';
import * as service from './open311-clients.service';

const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const CreateClientBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), regionId: Id },
  { additionalProperties: false },
);
const ClientRecord = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  actingUserId: Type.Integer(),
  actingUsername: Type.String(),
  active: Type.Boolean(),
  createdAt: Type.String(),
  createdBy: Type.Union([Type.Integer(), Type.Null()]),
});
const CreatedClient = Type.Composite([
  ClientRecord,
  Type.Object({ key: Type.String({ description: 'the API key: shown once, only its SHA-256 is stored' }) }),
]);
const ClientIdParams = Type.Object({ id: Id });

/** Key administration for the admin UI: issue (key shown once), list (never keys), deactivate; all audited. */
export function open311ClientRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['open311'];
  const inScope = existsInScope((actor, id) => getClientInScope(ctx.db, actor, id));

  app.post<{ Body: Static<typeof CreateClientBody> }>(
    '/api/v1/open311/clients',
    {
      // the region in the caller's scope: 404 before the body is validated (contract order)
      preValidation: fieldIdsInScope('body', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id)),
      schema: { tags, body: CreateClientBody, response: { 201: CreatedClient, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => reply.status(201).send(await service.createClient(ctx, requireActor(req), req.body, req.id)),
  );

  app.get(
    '/api/v1/open311/clients',
    { schema: { tags, response: { 200: Type.Array(ClientRecord), ...errorResponses(401, 403) } } },
    async (req) => service.listClients(ctx, requireActor(req)),
  );

  app.delete<{ Params: Static<typeof ClientIdParams> }>(
    '/api/v1/open311/clients/:id',
    { preValidation: inScope, schema: { tags, params: ClientIdParams, response: { 200: ClientRecord, ...errorResponses(401, 403, 404) } } },
    async (req) => service.deactivateClient(ctx, requireActor(req), req.params.id, req.id),
  );
}
