/** Private iCal feeds: `/api/v1/me/calendar-feed` (the signed-in user's address) and the public `/api/v1/calendar-feeds/{file}`. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses, fileResponse } from '../../plugins/openapi';
import { Nullable } from '../households/households.schemas';
import { createFeed, feedStatus, feedText, revokeFeed } from './calendar-feeds.service';

const Status = Type.Object({ active: Type.Boolean(), createdAt: Nullable(Type.String()) });
const Created = Type.Object({ url: Type.String({ description: 'the secret address; shown once' }), createdAt: Type.String() });
const FileParams = Type.Object({ file: Type.String({ maxLength: 100 }) });

export function calendarFeedRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  app.get('/api/v1/me/calendar-feed', { schema: { tags, response: { 200: Status, ...errorResponses(401) } } }, async (req) =>
    feedStatus(ctx, requireActor(req)),
  );
  app.post(
    '/api/v1/me/calendar-feed',
    {
      schema: {
        tags,
        description: 'a new secret address for the feed; the old one stops working',
        response: { 201: Created, ...errorResponses(401) },
      },
    },
    async (req, reply) => reply.status(201).send(await createFeed(ctx, requireActor(req), req.id)),
  );
  app.delete(
    '/api/v1/me/calendar-feed',
    { schema: { tags, response: { 204: Type.Null(), ...errorResponses(401) } } },
    async (req, reply) => {
      await revokeFeed(ctx, requireActor(req), req.id);
      return reply.status(204).send();
    },
  );
  app.get<{ Params: Static<typeof FileParams> }>(
    '/api/v1/calendar-feeds/:file',
    {
      config: { public: true },
      schema: {
        tags,
        params: FileParams,
        response: { 200: fileResponse('the iCal feed (RFC 5545)', ['text/calendar']), ...errorResponses(404) },
      },
    },
    async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await feedText(ctx, req.params.file)),
  );
}
