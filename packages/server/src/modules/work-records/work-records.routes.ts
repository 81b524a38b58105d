/**
 * A8.3 records of the community grid lead: the implementation plan of the community for a year, and
 * the yearly evaluation of each workstation (rated 0-100). Written by who records assessment items
 * over the region (the community lead, officers), read by who reads scores there.
 */
import { can, DomainError } from '@gridwork/core';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { existsInScope, fieldIdsInScope } from '../../plugins/scope-check';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { Id, Nullable } from '../households/households.schemas';
import { throwIfAny } from '../households/resident-input';
import { getRegionInScope } from '../regions/regions.repository';
import { topRegionOf } from '../team/members';

const Kind = Type.Union([Type.Literal('implementation-plan'), Type.Literal('workstation-evaluation')]);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const CreateBody = Type.Object(
  {
    kind: Kind,
    regionId: Id,
    year: Year,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    content: Type.String({ minLength: 1, maxLength: 20000 }),
    rating: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
const PatchBody = Type.Object(
  {
    expectedVersion: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    content: Type.Optional(Type.String({ minLength: 1, maxLength: 20000 })),
    rating: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);
const View = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  regionId: Type.Integer(),
  regionName: Type.String(),
  year: Type.Integer(),
  title: Type.String(),
  content: Type.String(),
  rating: Nullable(Type.Integer()),
  author: Type.Object({ id: Type.Integer(), name: Type.String() }),
  version: Type.Integer(),
  updatedAt: Type.String(),
  abilities: Type.Object({ edit: Type.Boolean() }),
});
const ListQuery = Type.Object(
  { regionId: Type.Optional(Id), year: Type.Optional(Year), kind: Type.Optional(Kind) },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
/** The region each kind is about: a plan covers a community, an evaluation one workstation. */
const REGION_TYPE = { 'implementation-plan': 'community', 'workstation-evaluation': 'workstation' } as const;

function base(ctx: AppContext) {
  return ctx.db
    .selectFrom('work_records as w')
    .innerJoin('regions as r', 'r.id', 'w.region_id')
    .innerJoin('users as u', 'u.id', 'w.author_id')
    .selectAll('w')
    .select(['r.name as region_name', 'u.display_name as author_name']);
}
type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirst']>>>;

const present = (actor: SessionUser, r: Row) => ({
  id: r.id,
  kind: r.kind,
  regionId: r.region_id,
  regionName: r.region_name,
  year: r.year,
  title: r.title,
  content: r.content,
  rating: r.rating,
  author: { id: r.author_id, name: r.author_name },
  version: r.version,
  updatedAt: isoShanghai(r.updated_at),
  abilities: { edit: can(actor, 'assessment.score', { path: parsePath(r.region_path) }) },
});

async function getInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<Row> {
  const r = await base(ctx).where('w.id', '=', id).executeTakeFirst();
  if (!r || !can(actor, 'assessment.read', { path: parsePath(r.region_path) }))
    throw new DomainError('NOT_FOUND', `record ${id} not found`);
  return r;
}

export function workRecordRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['team'];
  const inScope = existsInScope((actor, id) => getInScope(ctx, actor, id));
  const regionInScope = (part: 'query' | 'body') => fieldIdsInScope(part, ['regionId'], (actor, id) => getRegionInScope(ctx.db, actor, id));

  app.post<{ Body: Static<typeof CreateBody> }>(
    '/api/v1/work-records',
    {
      preValidation: regionInScope('body'),
      schema: { tags, body: CreateBody, response: { 201: View, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const b = req.body;
      const region = await getRegionInScope(ctx.db, actor, b.regionId);
      if (!can(actor, 'assessment.score', { path: parsePath(region.path) }))
        throw new DomainError('FORBIDDEN', 'only the community grid lead and officers keep these records (A8.3)');
      const problems = [];
      if (region.type !== REGION_TYPE[b.kind]) problems.push({ field: 'body.regionId', message: `a ${REGION_TYPE[b.kind]}` });
      if ((b.kind === 'workstation-evaluation') !== (b.rating !== undefined))
        problems.push({ field: 'body.rating', message: 'an evaluation has a rating (0-100); a plan has none' });
      throwIfAny(problems);
      const now = ctx.clock();
      const topRegionId = await topRegionOf(ctx, region.id);
      const id = await ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('work_records')
          .values({
            top_region_id: topRegionId,
            kind: b.kind,
            region_id: region.id,
            region_path: region.path,
            year: b.year,
            title: b.title,
            content: b.content,
            rating: b.rating ?? null,
            author_id: actor.id,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.constraint('work_records_one').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!row)
          throw new DomainError('ALREADY_EXISTS', `the ${b.year} record of this region exists; edit it`, { kind: b.kind, year: b.year });
        await writeAudit(trx, {
          actorId: actor.id,
          action: `work-record.create`,
          entity: 'work-record',
          entityId: row.id,
          regionId: region.id,
          topRegionId,
          after: { kind: b.kind, year: b.year },
          requestId: req.id,
        });
        return row.id;
      });
      return reply.status(201).send(present(actor, await getInScope(ctx, actor, id)));
    },
  );

  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/v1/work-records',
    {
      preValidation: regionInScope('query'),
      schema: { tags, querystring: ListQuery, response: { 200: Type.Array(View), ...errorResponses(400, 401, 404) } },
    },
    async (req) => {
      const actor = requireActor(req);
      let q = base(ctx).where((eb) => whereInScope(eb, actor, 'w.region_path'));
      if (req.query.regionId !== undefined)
        q = q.where('w.region_path', 'like', `${(await getRegionInScope(ctx.db, actor, req.query.regionId)).path}%`);
      if (req.query.year !== undefined) q = q.where('w.year', '=', req.query.year);
      if (req.query.kind !== undefined) q = q.where('w.kind', '=', req.query.kind);
      const rows = await q.orderBy('w.year', 'desc').orderBy('r.code').limit(500).execute();
      return rows.filter((r) => can(actor, 'assessment.read', { path: parsePath(r.region_path) })).map((r) => present(actor, r));
    },
  );

  app.patch<{ Params: Static<typeof Params>; Body: Static<typeof PatchBody> }>(
    '/api/v1/work-records/:id',
    {
      preValidation: inScope,
      schema: { tags, params: Params, body: PatchBody, response: { 200: View, ...errorResponses(400, 401, 403, 404, 409) } },
    },
    async (req) => {
      const actor = requireActor(req);
      const r = await getInScope(ctx, actor, req.params.id);
      if (!can(actor, 'assessment.score', { path: parsePath(r.region_path) }))
        throw new DomainError('FORBIDDEN', 'only the community grid lead and officers keep these records (A8.3)');
      const { expectedVersion, ...fields } = req.body;
      if (fields.rating !== undefined && r.kind !== 'workstation-evaluation')
        throwIfAny([{ field: 'body.rating', message: 'a plan has no rating' }]);
      await ctx.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('work_records')
          .set({ ...fields, version: sql`version + 1`, updated_at: ctx.clock() })
          .where('id', '=', r.id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw versionConflict('record', r.id);
        await writeAudit(trx, {
          actorId: actor.id,
          action: 'work-record.update',
          entity: 'work-record',
          entityId: r.id,
          regionId: r.region_id,
          topRegionId: r.top_region_id,
          requestId: req.id,
        });
      });
      return present(actor, await getInScope(ctx, actor, r.id));
    },
  );
}
