/**
 * A8.1 household survey forms filled on the phone (the form of the household's class today) and A7.1
 * 三访四清 visits beyond households. Both are recorded by who may record visits in the grid, and read
 * by who may read its households.
 */
import { actorWith, assertCan } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { FOUR_CLEAR, surveyFormOf, surveyProblems } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import { whereInScope } from '../../db/scope';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { visitClassOf } from '../households/household-view';
import { getHouseholdInScope, type HouseholdRow } from '../households/households.repository';
import { throwIfAny } from '../households/resident-input';
import { listMembers } from '../households/residents.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { checkDates, checkInstants } from '../team/dates';

async function classToday(ctx: AppContext, h: HouseholdRow) {
  const current = (await listMembers(ctx.db, h)).filter((m) => m.leftOn === null);
  return visitClassOf(current, h, shanghaiDate(ctx.clock())).visitClass;
}

export async function surveyForm(ctx: AppContext, actor: SessionUser, householdId: number) {
  const h = await getHouseholdInScope(ctx.db, actor, householdId);
  assertCan(actor, 'household.read', { path: parsePath(h.gridPath) });
  const visitClass = await classToday(ctx, h);
  return { householdId, visitClass, rule: 'A8.1', questions: surveyFormOf(visitClass) };
}

export async function fillSurvey(
  ctx: AppContext,
  actor: SessionUser,
  householdId: number,
  body: { answers: Record<string, string>; visitId?: number },
  requestId: string,
) {
  const h = await getHouseholdInScope(ctx.db, actor, householdId);
  assertCan(actor, 'visit.record', { path: parsePath(h.gridPath) });
  const visitClass = await classToday(ctx, h);
  throwIfAny(surveyProblems(surveyFormOf(visitClass), body.answers));
  if (body.visitId !== undefined) {
    const visit = await ctx.db
      .selectFrom('visits')
      .select('id')
      .where('id', '=', body.visitId)
      .where('household_id', '=', h.id)
      .where('top_region_id', '=', h.topRegionId)
      .executeTakeFirst();
    if (!visit) throwIfAny([{ field: 'body.visitId', message: 'not a visit of this household' }]);
  }
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('household_surveys')
      .values({
        top_region_id: h.topRegionId,
        household_id: h.id,
        grid_path: h.gridPath,
        visit_class: visitClass,
        answers: JSON.stringify(body.answers),
        visit_id: body.visitId ?? null,
        filled_by: actor.id,
        filled_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'household.survey',
      entity: 'household',
      entityId: h.id,
      regionId: h.gridId,
      topRegionId: h.topRegionId,
      after: { surveyId: row.id, visitClass },
      requestId,
    });
    return row.id;
  });
  return {
    id,
    householdId: h.id,
    visitClass,
    answers: body.answers,
    visitId: body.visitId ?? null,
    filledBy: { id: actor.id, name: actor.displayName },
    filledAt: isoShanghai(now),
  };
}

export async function listSurveys(ctx: AppContext, actor: SessionUser, householdId: number) {
  const h = await getHouseholdInScope(ctx.db, actor, householdId);
  assertCan(actor, 'household.read', { path: parsePath(h.gridPath) });
  const rows = await ctx.db
    .selectFrom('household_surveys as s')
    .innerJoin('users as u', 'u.id', 's.filled_by')
    .select(['s.id', 's.visit_class', 's.answers', 's.visit_id', 's.filled_by', 'u.display_name', 's.filled_at'])
    .where('s.top_region_id', '=', h.topRegionId)
    .where('s.household_id', '=', h.id)
    .orderBy('s.filled_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    householdId: h.id,
    visitClass: r.visit_class,
    answers: r.answers as Record<string, string>,
    visitId: r.visit_id,
    filledBy: { id: r.filled_by, name: r.display_name },
    filledAt: isoShanghai(r.filled_at),
  }));
}

export async function recordOutreach(
  ctx: AppContext,
  actor: SessionUser,
  body: { gridId: number; target: string; targetName: string; visitedAt: string; checklist: string[]; notes?: string | null },
  requestId: string,
) {
  const grid = await getRegionInScope(ctx.db, actor, body.gridId);
  assertCan(actor, 'visit.record', { path: parsePath(grid.path) });
  const now = ctx.clock();
  checkInstants([['body.visitedAt', body.visitedAt]]);
  const visitedAt = new Date(body.visitedAt);
  const problems = [];
  if (grid.type !== 'grid') problems.push({ field: 'body.gridId', message: 'a grid' });
  if (visitedAt.getTime() > now.getTime() + 5 * 60_000) problems.push({ field: 'body.visitedAt', message: 'must not be in the future' });
  throwIfAny(problems);
  const topRegionId = grid.topRegionId ?? grid.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('outreach_visits')
      .values({
        top_region_id: topRegionId,
        grid_id: grid.id,
        grid_path: grid.path,
        target: body.target,
        target_name: body.targetName,
        visited_at: visitedAt,
        checklist: FOUR_CLEAR.filter((c) => body.checklist.includes(c)),
        notes: body.notes ?? null,
        visitor_id: actor.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'outreach.create',
      entity: 'outreach-visit',
      entityId: row.id,
      regionId: grid.id,
      topRegionId,
      requestId,
    });
    return row.id;
  });
  return (await listOutreach(ctx, actor, { gridId: grid.id, id }))[0];
}

export async function listOutreach(ctx: AppContext, actor: SessionUser, q: { gridId?: number; from?: string; to?: string; id?: number }) {
  checkDates([
    ['querystring.from', q.from],
    ['querystring.to', q.to],
  ]);
  let query = ctx.db
    .selectFrom('outreach_visits as o')
    .innerJoin('users as u', 'u.id', 'o.visitor_id')
    .innerJoin('regions as g', 'g.id', 'o.grid_id')
    .select([
      'o.id',
      'o.grid_id',
      'g.name as grid_name',
      'o.target',
      'o.target_name',
      'o.visited_at',
      'o.checklist',
      'o.notes',
      'o.visitor_id',
      'u.display_name',
    ])
    .where((eb) => whereInScope(eb, actorWith(actor, 'household.read'), 'o.grid_path'));
  if (q.id !== undefined) query = query.where('o.id', '=', q.id);
  if (q.gridId !== undefined) query = query.where('o.grid_id', '=', q.gridId);
  if (q.from) query = query.where('o.visited_at', '>=', new Date(`${q.from}T00:00:00+08:00`));
  if (q.to) query = query.where('o.visited_at', '<', new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000));
  const rows = await query.orderBy('o.visited_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    gridId: r.grid_id,
    gridName: r.grid_name,
    target: r.target,
    targetName: r.target_name,
    visitedAt: isoShanghai(r.visited_at),
    checklist: r.checklist,
    notes: r.notes,
    visitor: { id: r.visitor_id, name: r.display_name },
  }));
}
