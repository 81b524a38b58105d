/** 我的账户: `/api/v1/me` (one's own name), `/api/v1/me/password`, `/api/v1/me/sessions` (登录设备). Every signed-in user, on themselves only. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { DomainError } from '@gridwork/core';
import { ChangePasswordBody, EndedSessions, Profile, SessionIdParams, SessionRecord, UpdateProfileBody } from './account.schemas';
import * as service from './account.service';

/** Two passwords of 256 characters fit even with every character escaped. */
const PASSWORD_BODY_LIMIT = 4096;

function callerOf(req: FastifyRequest): service.Caller {
  const actor = requireActor(req);
  if (!req.sessionToken) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return { actor, token: req.sessionToken, address: req.ip, requestId: req.id };
}

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['account'];

  app.get('/api/v1/me', { schema: { tags, response: { 200: Profile, ...errorResponses(401) } } }, async (req) =>
    service.getProfile(ctx, requireActor(req)),
  );

  app.patch<{ Body: UpdateProfileBody }>(
    '/api/v1/me',
    { schema: { tags, body: UpdateProfileBody, response: { 200: Profile, ...errorResponses(400, 401, 409) } } },
    async (req) => service.updateProfile(ctx, callerOf(req), req.body),
  );

  app.post<{ Body: ChangePasswordBody }>(
    '/api/v1/me/password',
    {
      bodyLimit: PASSWORD_BODY_LIMIT,
      schema: {
        tags,
        description: 'a wrong current password is 400 WRONG_PASSWORD and counts as a failed sign-in; every other session ends',
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 409, 413, 429) },
      },
    },
    async (req, reply) => {
      await service.changePassword(ctx, callerOf(req), req.body);
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/me/sessions', { schema: { tags, response: { 200: Type.Array(SessionRecord), ...errorResponses(401) } } }, async (req) =>
    service.listSessions(ctx, callerOf(req)),
  );

  app.delete<{ Params: Static<typeof SessionIdParams> }>(
    '/api/v1/me/sessions/:id',
    {
      // another user's session, or an ended one, is a 404 before anything else
      preValidation: async (req) => {
        const raw = String((req.params as { id?: unknown }).id ?? '');
        const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
        if (!Number.isSafeInteger(id)) throw new DomainError('NOT_FOUND', `session ${raw} not found`);
        await service.assertOwnSession(ctx, requireActor(req), id);
      },
      schema: { tags, params: SessionIdParams, response: { 204: Type.Null(), ...errorResponses(401, 404) } },
    },
    async (req, reply) => {
      await service.endSession(ctx, callerOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/me/sessions/end-others',
    {
      schema: {
        tags,
        description: 'ends every session of the caller but this one',
        response: { 200: EndedSessions, ...errorResponses(401) },
      },
    },
    async (req) => service.endOtherSessions(ctx, callerOf(req)),
  );
}
