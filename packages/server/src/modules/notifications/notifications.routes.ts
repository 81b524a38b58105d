import { DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { hashToken, rolesFingerprint } from '../auth/sessions.repository';
import { presentNotice } from './notice-view';
import { listNotifications, markRead } from './notifications.repository';

const ListQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  { additionalProperties: false },
);
const Notice = Type.Object({
  id: Type.Integer(),
  /** The case of a case notice; null for the others (round reports, verification). */
  caseId: Type.Union([Type.Integer(), Type.Null()]),
  subject: Type.Object({ kind: Type.String({ description: 'case | round-report | grid | verification-draw | ...' }), id: Type.Integer() }),
  kind: Type.String(),
  at: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
  payload: Type.Unknown(),
});

/** In-app notices: list, mark read, a live stream (SSE) through the context's hub (built in buildApp with the scheduler). */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const hub = ctx.notices.live;
  const tags = ['notifications'];

  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/notifications',
    { schema: { tags, querystring: ListQuery, response: { 200: Type.Array(Notice), ...errorResponses(400, 401) } } },
    async (req) => {
      const rows = await listNotifications(ctx.db, requireActor(req).id, req.query.unread ?? false, req.query.limit ?? 50);
      return rows.map(presentNotice);
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags,
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 204: Type.Null(), ...errorResponses(401, 404) },
      },
    },
    async (req, reply) => {
      if (!(await markRead(ctx.db, requireActor(req).id, req.params.id, ctx.clock())))
        throw new DomainError('NOT_FOUND', 'no such unread notification');
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/notifications/stream',
    {
      schema: {
        tags,
        description:
          "server-sent events: `event: notification`; closed when the session ends or the user's roles change; at most 5 per user (a " +
          'newer one closes the oldest)',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const owner = { userId: actor.id, tokenHash: hashToken(req.sessionToken!), roles: rolesFingerprint(actor) };
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      reply.raw.write('retry: 5000\n\n');
      const remove = hub.add(owner, reply.raw);
      const beat = setInterval(() => reply.raw.write(': keep-alive\n\n'), 25_000);
      req.raw.on('close', () => {
        clearInterval(beat);
        remove();
      });
    },
  );
}
