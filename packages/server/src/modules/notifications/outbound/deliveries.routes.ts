/**
 * The outbound delivery records, read-only, for administrators at the top (the channels are the
 * deployment's): newest first, paged by id, filtered by status and channel. A record says which notice
 * went where and how it ended; never a URL, a key, a phone number or the text sent.
 */
import { can, DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context';
import { requireActor } from '../../../plugins/auth';
import { errorResponses } from '../../../plugins/openapi';
import { unsafeListDeliveries } from './deliveries.repository';

const Status = Type.Union(['queued', 'sending', 'sent', 'failed', 'skipped'].map((s) => Type.Literal(s)));
const Channel = Type.Union(['sms', 'wecom', 'dingtalk'].map((c) => Type.Literal(c)));

const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(Status),
    channel: Type.Optional(Channel),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'the next page: records older than this id (the last one listed)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

const Delivery = Type.Object(
  {
    id: Type.Integer(),
    noticeId: Type.Integer(),
    kind: Type.String({ description: 'the notice kind' }),
    channel: Channel,
    /** 'user': the notice's recipient (SMS); 'group': the channel's group robot. */
    target: Type.Union([Type.Literal('user'), Type.Literal('group')]),
    recipient: Type.Object({ id: Type.Integer(), username: Type.String() }, { additionalProperties: false }),
    status: Status,
    attempts: Type.Integer({ minimum: 0 }),
    lastError: Type.Union([Type.String(), Type.Null()]),
    nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

export function deliveryRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: Static<typeof DeliveryQuery> }>(
    '/api/v1/notifications/deliveries',
    {
      schema: {
        tags: ['notifications'],
        description: 'outbound delivery records (SMS, 企业微信, 钉钉), newest first; administrators at the top only',
        querystring: DeliveryQuery,
        response: { 200: Type.Array(Delivery), ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'notification.read-deliveries', null))
        throw new DomainError('FORBIDDEN', 'only administrators at the top read the outbound delivery records');
      const { status, channel, before, limit } = req.query;
      const rows = await unsafeListDeliveries(ctx.db, { status, channel, before, limit: limit ?? 50 });
      return rows.map((r) => ({
        id: r.id,
        noticeId: r.notification_id,
        kind: r.kind,
        channel: r.channel as Static<typeof Channel>,
        target: r.target === 'group' ? ('group' as const) : ('user' as const),
        recipient: { id: r.user_id, username: r.username },
        status: r.status as Static<typeof Status>,
        attempts: r.attempts,
        lastError: r.last_error,
        nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      }));
    },
  );
}
