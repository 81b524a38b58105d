import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor, SESSION_COOKIE } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { LoginBody, LoginResponse, MeResponse } from './auth.schemas';
import { login } from './auth.service';
import { presentSignedInUser } from './present-user';
import { deleteSession, SESSION_DAYS } from './sessions.repository';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: LoginBody }>(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, ...errorResponses(400, 401, 429) } },
    },
    async (req, reply) => {
      const { token, user } = await login(ctx, req.body, req.ip, req.id);
      ctx.invalidateActors();
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: req.protocol === 'https',
        maxAge: SESSION_DAYS * 86_400,
      });
      return { token, user: presentSignedInUser(user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], response: { 204: Type.Null() } } },
    async (req, reply) => {
      if (req.sessionToken) await deleteSession(ctx.db, req.sessionToken);
      ctx.invalidateActors();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], response: { 200: MeResponse, ...errorResponses(401) } } },
    async (req) => ({ user: presentSignedInUser(requireActor(req)), demo: ctx.config.demo }),
  );
}
