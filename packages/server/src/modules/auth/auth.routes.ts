import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor, SESSION_COOKIE } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { cameOverTls } from '../../plugins/security-headers';
import { LoginBody, LoginResponse, MeResponse } from './auth.schemas';
import { login } from './auth.service';
import { presentSignedInUser } from './present-user';
import { deleteSession, SESSION_DAYS } from './sessions.repository';

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (directly or through a trusted proxy). */
function sessionCookie(req: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: cameOverTls(req) };
}

/** Sign-in bodies: a 64-character username and a 256-character password fit even with every character escaped. */
const LOGIN_BODY_LIMIT = 4096;
/** Sign-out takes no body (the web app sends `{}`). */
const LOGOUT_BODY_LIMIT = 64;

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: LoginBody }>(
    '/api/v1/auth/login',
    {
      config: { public: true },
      bodyLimit: LOGIN_BODY_LIMIT,
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, ...errorResponses(400, 401, 413, 429) } },
    },
    async (req, reply) => {
      const { token, user } = await login(ctx, req.body, { address: req.ip, userAgent: req.headers['user-agent'] }, req.id);
      ctx.invalidateActors();
      reply.setCookie(SESSION_COOKIE, token, { ...sessionCookie(req), maxAge: SESSION_DAYS * 86_400 });
      return { token, user: presentSignedInUser(user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { public: true }, bodyLimit: LOGOUT_BODY_LIMIT, schema: { tags: ['auth'], response: { 204: Type.Null() } } },
    async (req, reply) => {
      if (req.sessionToken) await deleteSession(ctx.db, req.sessionToken);
      ctx.invalidateActors();
      reply.clearCookie(SESSION_COOKIE, sessionCookie(req));
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponse, ...errorResponses(401) } } }, async (req) => ({
    user: presentSignedInUser(requireActor(req)),
    demo: ctx.config.demo,
  }));
}
