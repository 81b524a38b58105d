import { DomainError, type Role } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope } from '../../plugins/scope-check';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { rolesAt } from './case-presenter';
import { getCaseInScope } from './cases.repository';

/**
 * Annotations (A9.2: the hotline register is never edited, only annotated; C8: supervision notes,
 * reminders to the people handling a case, and the "hot" flag the monthly analysis counts).
 * Append-only. A reminder also notifies the case's owner and handler.
 */
const KIND_ROLES: Record<string, readonly Role[]> = {
  'hotline-note': ['hotline-operator', 'supervisor', 'admin'],
  'supervision-note': ['supervisor', 'street-officer', 'town-officer', 'admin'],
  reminder: ['supervisor', 'street-officer', 'town-officer', 'admin'],
  'hot-flag': ['supervisor', 'street-officer', 'town-officer', 'admin'],
};
const Kind = Type.Union(Object.keys(KIND_ROLES).map((k) => Type.Literal(k)));
const Body = Type.Object({ kind: Kind, text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
const Annotation = Type.Object({ id: Type.Integer(), kind: Type.String(), text: Type.String(), actor: Type.Object({ id: Type.Integer(), name: Type.String() }), at: Type.String() });
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export async function listAnnotations(ctx: AppContext, topRegionId: number, caseId: number) {
  const rows = await ctx.db
    .selectFrom('case_annotations as a')
    .innerJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.kind', 'a.text', 'a.actor_id', 'u.display_name', 'a.at'])
    .where('a.top_region_id', '=', topRegionId)
    .where('a.case_id', '=', caseId)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, text: r.text, actor: { id: r.actor_id, name: r.display_name }, at: r.at.toISOString() }));
}

async function annotate(ctx: AppContext, actor: SessionUser, caseId: number, body: Static<typeof Body>, requestId: string) {
  const row = await getCaseInScope(ctx.db, actor, caseId);
  if (!rolesAt(actor, row.grid_path).some((r) => KIND_ROLES[body.kind].includes(r))) throw new DomainError('FORBIDDEN', `your role may not add a ${body.kind}`);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('case_annotations')
      .values({ top_region_id: row.top_region_id, case_id: row.id, kind: body.kind, text: body.text, actor_id: actor.id, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (body.kind === 'reminder') {
      const recipients = [...new Set([row.owner_id, row.handler_id].filter((u): u is number => u !== null && u !== actor.id))];
      for (const userId of recipients) {
        await trx.insertInto('notifications').values({ top_region_id: row.top_region_id, user_id: userId, case_id: row.id, subject_kind: 'case', subject_id: row.id, kind: 'case-reminder', dedupe_key: `reminder:${id}`, at: now, payload: JSON.stringify({ title: row.title, text: body.text }) }).execute();
      }
    }
    await writeAudit(trx, { actorId: actor.id, action: `case.annotate.${body.kind}`, entity: 'case', entityId: row.id, regionId: row.grid_id, topRegionId: row.top_region_id, after: { annotationId: id, kind: body.kind, text: body.text }, requestId });
  });
  return listAnnotations(ctx, row.top_region_id, row.id);
}

export function annotationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const inScope = existsInScope((actor, id) => getCaseInScope(ctx.db, actor, id));
  app.get<{ Params: Static<typeof Params> }>(
    '/api/v1/cases/:id/annotations',
    { preValidation: inScope, schema: { tags: ['cases'], params: Params, response: { 200: Type.Array(Annotation), ...errorResponses(401, 404) } } },
    async (req) => {
      const row = await getCaseInScope(ctx.db, requireActor(req), req.params.id);
      return listAnnotations(ctx, row.top_region_id, row.id);
    },
  );
  app.post<{ Params: Static<typeof Params>; Body: Static<typeof Body> }>(
    '/api/v1/cases/:id/annotations',
    { preValidation: inScope, schema: { tags: ['cases'], params: Params, body: Body, response: { 201: Type.Array(Annotation), ...errorResponses(400, 401, 403, 404) } } },
    async (req, reply) => reply.status(201).send(await annotate(ctx, requireActor(req), req.params.id, req.body, req.id)),
  );
}
