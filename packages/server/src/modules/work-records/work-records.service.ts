/** A8.3 records of the community grid lead (work-records.routes.ts): access, create, list, edit. */
import { can, DomainError } from '@gridwork/core';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { whereInScope } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import { getRegionInScope } from '../regions/regions.repository';
import { topRegionOf } from '../team/members';

/** The region each kind is about: a plan covers a community, an evaluation one workstation. */
const REGION_TYPE = { 'implementation-plan': 'community', 'workstation-evaluation': 'workstation' } as const;

export interface CreateWorkRecord {
  kind: 'implementation-plan' | 'workstation-evaluation';
  regionId: number;
  year: number;
  title: string;
  content: string;
  rating?: number;
}

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

export async function getInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<Row> {
  const r = await base(ctx).where('w.id', '=', id).executeTakeFirst();
  if (!r || !can(actor, 'assessment.read', { path: parsePath(r.region_path) }))
    throw new DomainError('NOT_FOUND', `record ${id} not found`);
  return r;
}

export async function createWorkRecord(ctx: AppContext, actor: SessionUser, b: CreateWorkRecord, requestId: string) {
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
      requestId,
    });
    return row.id;
  });
  return present(actor, await getInScope(ctx, actor, id));
}

export async function listWorkRecords(
  ctx: AppContext,
  actor: SessionUser,
  query: { regionId?: number; year?: number; kind?: CreateWorkRecord['kind'] },
) {
  let q = base(ctx).where((eb) => whereInScope(eb, actor, 'w.region_path'));
  if (query.regionId !== undefined)
    q = q.where('w.region_path', 'like', `${(await getRegionInScope(ctx.db, actor, query.regionId)).path}%`);
  if (query.year !== undefined) q = q.where('w.year', '=', query.year);
  if (query.kind !== undefined) q = q.where('w.kind', '=', query.kind);
  const rows = await q.orderBy('w.year', 'desc').orderBy('r.code').limit(500).execute();
  return rows.filter((r) => can(actor, 'assessment.read', { path: parsePath(r.region_path) })).map((r) => present(actor, r));
}

export async function updateWorkRecord(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  body: { expectedVersion: number; title?: string; content?: string; rating?: number },
  requestId: string,
) {
  const r = await getInScope(ctx, actor, id);
  if (!can(actor, 'assessment.score', { path: parsePath(r.region_path) }))
    throw new DomainError('FORBIDDEN', 'only the community grid lead and officers keep these records (A8.3)');
  const { expectedVersion, ...fields } = body;
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
      requestId,
    });
  });
  return present(actor, await getInScope(ctx, actor, r.id));
}
