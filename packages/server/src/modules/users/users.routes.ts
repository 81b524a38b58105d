import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getRegionInScope } from '../regions/regions.repository';
import { AssignRoleBody, CreateUserBody, RoleParams, UpdateUserBody, UserIdParams, UserRecord } from './users.schemas';
import * as service from './users.service';

export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['users'];
  const inScope = existsInScope((actor, id) => service.getUserInScope(ctx, actor as never, id));

  app.get('/api/v1/users', { schema: { tags, response: { 200: Type.Array(UserRecord), ...errorResponses(401, 403) } } }, async (req) =>
    service.listUsers(ctx, requireActor(req)),
  );

  app.post<{ Body: CreateUserBody }>(
    '/api/v1/users',
    { schema: { tags, body: CreateUserBody, response: { 201: UserRecord, ...errorResponses(400, 401, 403, 409) } } },
    async (req, reply) => reply.status(201).send(await service.createUser(ctx, requireActor(req), req.body, req.id)),
  );

  app.patch<{ Params: Static<typeof UserIdParams>; Body: UpdateUserBody }>(
    '/api/v1/users/:id',
    {
      preValidation: inScope,
      schema: {
        tags,
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: UserRecord, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.updateUser(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.post<{ Params: Static<typeof UserIdParams>; Body: AssignRoleBody }>(
    '/api/v1/users/:id/roles',
    {
      // the user, then the region, in the caller's scope: 404 before the body is validated
      preValidation: [inScope, fieldIdsInScope('body', ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id))],
      schema: {
        tags,
        params: UserIdParams,
        body: AssignRoleBody,
        response: { 200: UserRecord, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => service.assignRole(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.delete<{ Params: Static<typeof RoleParams> }>(
    '/api/v1/users/:id/roles/:roleId',
    { preValidation: inScope, schema: { tags, params: RoleParams, response: { 200: UserRecord, ...errorResponses(401, 403, 404) } } },
    async (req) => service.removeRole(ctx, requireActor(req), req.params.id, req.params.roleId, req.id),
  );
}
