import { Type } from '@sinclair/typebox';
import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import { can, DomainError } from '@gridwork/core';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { getHouseholdInScope } from './households.repository';
import { writeAudit } from '../audit/audit.repository';
import { Code, IdParams, MemberView } from './households.schemas';
import { sealedIdempotencyKey } from './idempotency-key';
import { endMembership } from './membership.service';
import { getResidentInScope, listTags } from './residents.repository';
import {
  CreateResidentBody,
  EndMembershipBody,
  RevealBody,
  RevealResponse,
  TagBody,
  TagView,
  UpdateResidentBody,
} from './residents.schemas';
import * as service from './residents.service';

const ResidentView = Type.Composite([Type.Object({ householdId: Type.Integer() }), MemberView]);

/** Residents of a household (A11.1), their memberships, the audited reveal (C3, D10), the tag list. */
export function residentRoutes(app: FastifyInstance, ctx: AppContext, householdInScope: preValidationHookHandler): void {
  const inScope = existsInScope((actor, id) => getResidentInScope(ctx.db, actor, id));
  const tags = ['households'];
  const errors = errorResponses(400, 401, 403, 404, 409);

  app.post<{ Params: IdParams; Body: CreateResidentBody }>(
    '/api/v1/households/:id/residents',
    {
      preValidation: householdInScope,
      schema: { tags, params: IdParams, body: CreateResidentBody, response: { 201: ResidentView, ...errors } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const res = await service.addResident(ctx, actor, req.params.id, req.body, sealedIdempotencyKey(ctx, req, actor.id), req.id);
      return reply.status(res.status).send(res.body);
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateResidentBody }>(
    '/api/v1/residents/:id',
    { preValidation: inScope, schema: { tags, params: IdParams, body: UpdateResidentBody, response: { 200: ResidentView, ...errors } } },
    async (req) => service.updateResident(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.post<{ Params: IdParams; Body: EndMembershipBody }>(
    '/api/v1/residents/:id/end-membership',
    {
      preValidation: [inScope, fieldIdsInScope('body', ['toHouseholdId'], (actor, hid) => getHouseholdInScope(ctx.db, actor, hid))],
      schema: { tags, params: IdParams, body: EndMembershipBody, response: { 200: ResidentView, ...errors } },
    },
    async (req) => endMembership(ctx, requireActor(req), req.params.id, req.body, req.id),
  );

  app.post<{ Params: IdParams; Body: RevealBody }>(
    '/api/v1/residents/:id/reveal',
    {
      preValidation: inScope,
      schema: { tags, params: IdParams, body: RevealBody, response: { 200: RevealResponse, ...errorResponses(400, 401, 403, 404) } },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return service.revealResident(ctx, requireActor(req), req.params.id, req.body.field, req.id);
    },
  );

  app.get('/api/v1/resident-tags', { schema: { tags, response: { 200: Type.Array(TagView) } } }, async () => listTags(ctx.db));

  app.put<{ Params: { code: string }; Body: TagBody }>(
    '/api/v1/resident-tags/:code',
    { schema: { tags, params: Type.Object({ code: Code }), body: TagBody, response: { 200: TagView, ...errorResponses(400, 401, 403) } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'taxonomy.edit', null)) throw new DomainError('FORBIDDEN', 'only an administrator edits the resident tags');
      const b = req.body;
      const row = { code: req.params.code, label_zh: b.labelZh, label_en: b.labelEn, rule: b.rule ?? null, active: b.active, sort: b.sort };
      await ctx.db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('resident_tags').selectAll().where('code', '=', row.code).executeTakeFirst();
        await trx
          .insertInto('resident_tags')
          .values(row)
          .onConflict((oc) => oc.column('code').doUpdateSet(row))
          .execute();
        await writeAudit(trx, {
          actorId: actor.id,
          action: 'resident-tag.save',
          entity: 'resident-tag',
          entityId: row.code,
          before: before ?? null,
          after: row,
          requestId: req.id,
        });
      });
      return { code: row.code, labelZh: b.labelZh, labelEn: b.labelEn, rule: row.rule, active: b.active, sort: b.sort };
    },
  );
}
