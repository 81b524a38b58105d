/**
 * Training (A6): the grid office runs monthly sessions with roll call (topic, materials, duration);
 * the roll is the team of the region, and attendance for anyone else is 409 NOT_INVITED. Members
 * record their own study. Attendance counts in the assessment (item attendance, with meetings).
 */
import { can, DomainError } from '@gridwork/core';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { pathText, whereInScope } from '../../db/scope';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import type { AttendanceBody } from '../meetings/meetings.schemas';
import { getRegionInScope } from '../regions/regions.repository';
import { listMembers, loadMember, teamBindingOf, topRegionOf } from '../team/members';
import { getUserInScope } from '../users/users.service';
import type { CreateTrainingBody, SelfStudyBody } from './trainings.routes';
import { checkDates, checkInstants } from '../team/dates';

function base(ctx: AppContext) {
  return ctx.db
    .selectFrom('trainings as t')
    .innerJoin('regions as r', 'r.id', 't.region_id')
    .innerJoin('users as u', 'u.id', 't.run_by')
    .selectAll('t')
    .select([
      'r.name as region_name',
      'u.display_name as run_by_name',
      sql<number>`(SELECT count(*)::int FROM training_attendance a WHERE a.training_id = t.id)`.as('members'),
      sql<number>`(SELECT count(*)::int FROM training_attendance a WHERE a.training_id = t.id AND a.attendance IN ('present','late'))`.as(
        'present',
      ),
    ]);
}
type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirst']>>>;

/** The sessions of an area above the caller's binding (the street's, for a grid worker) are theirs too: they are on the roll. */
function onItsRoll(actor: SessionUser, regionPath: string): boolean {
  return actor.roles.some((r) => pathText(r.path).startsWith(regionPath));
}

/** The region paths above (and at) each of the caller's bindings. */
function ancestorsOf(actor: SessionUser): string[] {
  return [...new Set(actor.roles.flatMap((r) => r.path.map((_, i) => pathText(r.path.slice(0, i + 1)))))];
}

export async function getTrainingInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<Row> {
  const t = await base(ctx).where('t.id', '=', id).executeTakeFirst();
  if (!t || !(can(actor, 'training.read', { path: parsePath(t.region_path) }) || onItsRoll(actor, t.region_path))) {
    throw new DomainError('NOT_FOUND', `training ${id} not found`);
  }
  return t;
}

const summary = (actor: SessionUser, t: Row) => ({
  id: t.id,
  regionId: t.region_id,
  regionName: t.region_name,
  topic: t.topic,
  startsAt: isoShanghai(t.starts_at),
  minutes: t.minutes,
  materials: t.materials,
  runBy: { id: t.run_by, name: t.run_by_name },
  members: t.members,
  present: t.present,
  abilities: { run: can(actor, 'training.run', { path: parsePath(t.region_path) }) },
});

export async function createTraining(ctx: AppContext, actor: SessionUser, body: CreateTrainingBody, requestId: string) {
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  checkInstants([['body.startsAt', body.startsAt]]);
  if (!can(actor, 'training.run', { path: parsePath(region.path) }))
    throw new DomainError('FORBIDDEN', 'only the grid office runs training (A6)');
  const now = ctx.clock();
  const topRegionId = await topRegionOf(ctx, region.id);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('trainings')
      .values({
        top_region_id: topRegionId,
        region_id: region.id,
        region_path: region.path,
        topic: body.topic,
        starts_at: new Date(body.startsAt),
        minutes: body.minutes,
        materials: body.materials ?? null,
        run_by: actor.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'training.create',
      entity: 'training',
      entityId: row.id,
      regionId: region.id,
      topRegionId,
      after: { topic: body.topic },
      requestId,
    });
    return row.id;
  });
  return getTraining(ctx, actor, id);
}

/** The session with its roll: every team member of the region, marked or not yet. */
export async function getTraining(ctx: AppContext, actor: SessionUser, id: number) {
  const t = await getTrainingInScope(ctx, actor, id);
  const [members, marks] = await Promise.all([
    listMembers(ctx.db, t.region_path),
    ctx.db
      .selectFrom('training_attendance as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.user_id', 'u.display_name', 'a.attendance'])
      .where('a.training_id', '=', id)
      .execute(),
  ]);
  const marked = new Map(marks.map((m) => [m.user_id, m]));
  const roll = [
    ...members.map((m) => ({ user: { id: m.userId, name: m.name }, attendance: marked.get(m.userId)?.attendance ?? null })),
    // someone marked who has left the team since stays on the record
    ...marks
      .filter((m) => !members.some((x) => x.userId === m.user_id))
      .map((m) => ({ user: { id: m.user_id, name: m.display_name }, attendance: m.attendance })),
  ];
  return { ...summary(actor, t), roll };
}

export async function listTrainings(ctx: AppContext, actor: SessionUser, q: { regionId?: number; year?: number }) {
  const above = ancestorsOf(actor);
  let query = base(ctx).where((eb) =>
    eb.or([whereInScope(eb, actor, 't.region_path'), ...(above.length ? [eb('t.region_path', 'in', above)] : [])]),
  );
  if (q.regionId !== undefined)
    query = query.where('t.region_path', 'like', `${(await getRegionInScope(ctx.db, actor, q.regionId)).path}%`);
  if (q.year !== undefined) {
    query = query
      .where('t.starts_at', '>=', new Date(`${q.year}-01-01T00:00:00+08:00`))
      .where('t.starts_at', '<', new Date(`${q.year + 1}-01-01T00:00:00+08:00`));
  }
  const rows = await query.orderBy('t.starts_at', 'desc').limit(500).execute();
  return rows.map((t) => summary(actor, t));
}

/** A6 roll call by the grid office: team members of the region only (409 NOT_INVITED, nothing stored). */
export async function rollCall(ctx: AppContext, actor: SessionUser, id: number, body: AttendanceBody, requestId: string) {
  const t = await getTrainingInScope(ctx, actor, id);
  if (!can(actor, 'training.run', { path: parsePath(t.region_path) }))
    throw new DomainError('FORBIDDEN', 'only the grid office takes the roll (A6)');
  const members = new Set((await listMembers(ctx.db, t.region_path)).map((m) => m.userId));
  const strangers = body.entries.filter((e) => !members.has(e.userId)).map((e) => e.userId);
  if (strangers.length > 0) throw new DomainError('NOT_INVITED', 'the roll holds the team of the region only', { userIds: strangers });
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    for (const e of body.entries) {
      await trx
        .insertInto('training_attendance')
        .values({ training_id: id, user_id: e.userId, attendance: e.status, marked_by: actor.id, marked_at: now })
        .onConflict((oc) =>
          oc.columns(['training_id', 'user_id']).doUpdateSet({ attendance: e.status, marked_by: actor.id, marked_at: now }),
        )
        .execute();
    }
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'training.roll-call',
      entity: 'training',
      entityId: id,
      regionId: t.region_id,
      topRegionId: t.top_region_id,
      after: { entries: body.entries },
      requestId,
    });
  });
  return getTraining(ctx, actor, id);
}

export async function recordSelfStudy(ctx: AppContext, actor: SessionUser, body: SelfStudyBody, requestId: string) {
  const team = teamBindingOf(actor);
  if (!team) throw new DomainError('FORBIDDEN', 'self-study is recorded by team members (A6)');
  checkDates([['body.studiedOn', body.studiedOn]]);
  const today = shanghaiDate(ctx.clock());
  if (body.studiedOn > today || body.studiedOn < addDays(today, -366)) {
    throwIfAny([{ field: 'body.studiedOn', message: 'must lie within the past year, not in the future' }]);
  }
  const topRegionId = await topRegionOf(ctx, team.regionId);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('self_study')
      .values({
        top_region_id: topRegionId,
        user_id: actor.id,
        region_path: pathText(team.path),
        studied_on: body.studiedOn,
        topic: body.topic,
        minutes: body.minutes,
        created_at: ctx.clock(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'training.self-study',
      entity: 'self-study',
      entityId: r.id,
      regionId: team.regionId,
      topRegionId,
      requestId,
    });
    return r;
  });
  return {
    id: row.id,
    user: { id: actor.id, name: actor.displayName },
    studiedOn: body.studiedOn,
    topic: body.topic,
    minutes: body.minutes,
  };
}

export async function memberInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<void> {
  if (id !== actor.id) await getUserInScope(ctx, actor, id);
}

/** A member's own study; the grid office and readers of scores see their area's members. */
export async function listSelfStudy(ctx: AppContext, actor: SessionUser, q: { userId?: number; year?: number }) {
  const userId = q.userId ?? actor.id;
  if (userId !== actor.id) {
    const member = await loadMember(ctx, userId);
    const path = (teamBindingOf(member) ?? member.roles[0])?.path ?? [];
    if (!can(actor, 'training.run', { path }) && !can(actor, 'assessment.read', { path }))
      throw new DomainError('FORBIDDEN', "only the grid office and the member's assessors read their study");
  }
  let query = ctx.db
    .selectFrom('self_study as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 'u.display_name', 's.studied_on', 's.topic', 's.minutes'])
    .where('s.user_id', '=', userId);
  if (q.year !== undefined) query = query.where('s.studied_on', '>=', `${q.year}-01-01`).where('s.studied_on', '<=', `${q.year}-12-31`);
  const rows = await query.orderBy('s.studied_on', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    user: { id: r.user_id, name: r.display_name },
    studiedOn: r.studied_on,
    topic: r.topic,
    minutes: r.minutes,
  }));
}
