import { can, DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { listAudit } from '../audit/audit.repository';

const Health = Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')]) });
const Meta = Type.Object({
  demo: Type.Boolean(),
  version: Type.String(),
  database: Type.String(),
  map: Type.Object({
    tileUrl: Type.Union([Type.String(), Type.Null()]),
    tileCrs: Type.Union([Type.Literal('wgs84'), Type.Literal('gcj02')]),
    attribution: Type.Optional(Type.String()),
    center: Type.Tuple([Type.Number(), Type.Number()]),
    zoom: Type.Number(),
  }),
});
const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    entity: Type.Optional(Type.String({ maxLength: 40 })),
    entityId: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
const AuditRecord = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Union([Type.Object({ id: Type.Integer(), username: Type.String() }), Type.Null()]),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  regionId: Type.Union([Type.Integer(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export function systemRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { config: { public: true }, schema: { tags: ['system'], response: { 200: Health } } }, async () => {
    await sql`SELECT 1`.execute(ctx.db);
    return { status: 'ok' as const, database: ctx.dbKind };
  });

  app.get('/api/v1/meta', { config: { public: true }, schema: { tags: ['system'], response: { 200: Meta } } }, async () => {
    const center = await ctx.db
      .selectFrom('regions')
      .select(['bbox'])
      .where('type', 'in', ['street', 'town', 'community', 'grid'])
      .where('bbox', 'is not', null)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    const b = center?.bbox;
    return {
      demo: ctx.config.demo,
      version: '0.1.0',
      database: ctx.dbKind,
      map: {
        ...ctx.config.map,
        center: b ? ([(b[1] + b[3]) / 2, (b[0] + b[2]) / 2] as [number, number]) : ([39.9, 116.4] as [number, number]),
        zoom: 14,
      },
    };
  });

  app.get<{ Querystring: Static<typeof AuditQuery> }>(
    '/api/v1/audit',
    { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Type.Array(AuditRecord), ...errorResponses(400, 401, 403) } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'audit.read', null)) throw new DomainError('FORBIDDEN', 'your role may not read the audit log');
      const admin = can(actor, 'audit.read-deployment', null);
      const scope = admin
        ? null
        : (
            await ctx.db
              .selectFrom('regions')
              .select('id')
              .where((eb) =>
                eb.or(
                  actor.roles
                    .filter((r) => can(actor, 'audit.read', { path: r.path }))
                    .map((r) => eb('path', 'like', `/${r.path.join('/')}/%`)),
                ),
              )
              .execute()
          ).map((r) => r.id);
      const rows = await listAudit(ctx.db, {
        limit: req.query.limit ?? 100,
        beforeId: req.query.before,
        scopeRegionIds: scope,
        entity: req.query.entity,
        entityId: req.query.entityId,
      });
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor_id ? { id: r.actor_id, username: r.username ?? '?' } : null,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        regionId: r.region_id,
        before: r.before,
        after: r.after,
      }));
    },
  );
}
