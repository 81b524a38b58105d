import { DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { hashToken, rolesFingerprint } from '../auth/sessions.repository';
import { presentNotice } from './notice-view';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.repository';

const ListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'only the unread ones' })),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'the next page: notices older than this id (the last one listed)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
const ReadAllQuery = Type.Object(
  { upTo: Type.Optional(Type.Integer({ minimum: 1, description: 'only notices up to this id (the newest the caller has seen)' })) },
  { additionalProperties: false },
);
const Count = Type.Object({ count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
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

/**
 * In-app notices, always the caller's own: the list (newest first, paged by id), the unread count, mark
 * one or all read, a live stream (SSE) through the context's hub (built in buildApp with the scheduler).
 * Notices superseded by a newer one about the same matter are not listed or counted (notifications.repository.ts).
 */
export function notificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const hub = ctx.notices.live;
  const tags = ['notifications'];

  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        description: "the caller's notices, read and unread, newest first; the next page with `before` = the last id",
        querystring: ListQuery,
        response: { 200: Type.Array(Notice), ...errorResponses(400, 401) },
      },
    },
    async (req) => {
      const { unread, before, limit } = req.query;
      const rows = await listNotifications(ctx.db, requireActor(req).id, { unreadOnly: unread ?? false, before, limit: limit ?? 50 });
      return rows.map(presentNotice);
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    { schema: { tags, description: "how many of the caller's notices are unread", response: { 200: Count, ...errorResponses(401) } } },
    async (req) => ({ count: await countUnread(ctx.db, requireActor(req).id) }),
  );

  app.post<{ Querystring: Static<typeof ReadAllQuery> }>(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags,
        description: "marks the caller's unread notices read (up to `upTo` when given); answers how many",
        querystring: ReadAllQuery,
        response: { 200: Count, ...errorResponses(400, 401) },
      },
    },
    async (req) => ({ count: await markAllRead(ctx.db, requireActor(req).id, req.query.upTo, ctx.clock()) }),
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
