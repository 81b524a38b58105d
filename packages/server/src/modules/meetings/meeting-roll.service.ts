/**
 * The people of a meeting (A4, C6): leave requested and decided before the start (409
 * MEETING_STARTED after it), attendance taken on a phone for the invited only (409 NOT_INVITED), and
 * decisions as tasks with an owner and a deadline, linked to a case when one is opened for them.
 */
import { DomainError, isWithin } from '@gridwork/core';
import type { AppContext } from '../../context';
import type { SessionUser } from '../auth/sessions.repository';
import type { AuditAction } from '@gridwork/core/audit/actions';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import { parsePath } from '../auth/sessions.repository';
import { findActiveActors } from '../users/users.repository';
import * as repo from './meetings.repository';
import type { MeetingRow } from './meetings.repository';
import type { AttendanceBody, TaskBody } from './meetings.schemas';
import { assertConvener, getMeeting, getMeetingInScope } from './meetings.service';
import { checkDates } from '../team/dates';

function assertNotStarted(m: repo.MeetingRow, now: Date): void {
  if (now.getTime() >= m.starts_at.getTime()) {
    throw new DomainError('MEETING_STARTED', 'leave is requested and decided before the meeting starts (A4, C6)', {
      startsAt: m.starts_at.toISOString(),
    });
  }
}

async function audit(
  trx: Parameters<typeof writeAudit>[0],
  actor: SessionUser,
  m: repo.MeetingRow,
  action: AuditAction,
  after: unknown,
  requestId: string,
) {
  await writeAudit(trx, {
    actorId: actor.id,
    action,
    entity: 'meeting',
    entityId: m.id,
    regionId: m.region_id,
    topRegionId: m.top_region_id,
    after,
    requestId,
  });
}

/** An invitee asks for leave before the start; asking again replaces a pending request's reason. */
export async function requestLeave(ctx: AppContext, actor: SessionUser, id: number, reason: string, requestId: string) {
  const m = await getMeetingInScope(ctx, actor, id);
  const now = ctx.clock();
  assertNotStarted(m, now);
  if (!(await repo.findInvitee(ctx.db, id, actor.id)))
    throw new DomainError('NOT_INVITED', 'only invitees ask for leave', { userId: actor.id });
  await ctx.db.transaction().execute(async (trx) => {
    const decided = await trx
      .selectFrom('meeting_leave_requests')
      .select(['status'])
      .where('meeting_id', '=', id)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (decided && decided.status !== 'pending') {
      throw new DomainError('ACTION_NOT_ALLOWED', `your leave request was already ${decided.status}`, { allowed: [] });
    }
    await trx
      .insertInto('meeting_leave_requests')
      .values({ meeting_id: id, user_id: actor.id, reason, created_at: now, decided_by: null, decided_at: null })
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ reason, created_at: now }))
      .execute();
    await repo.touchMeeting(trx, id, now);
    await audit(trx, actor, m, 'meeting.leave-request', { reason }, requestId);
  });
  return getMeeting(ctx, actor, id);
}

/** The convener approves (attendance becomes on leave) or refuses, before the start. */
export async function decideLeave(ctx: AppContext, actor: SessionUser, id: number, leaveId: number, approve: boolean, requestId: string) {
  const m = await getMeetingInScope(ctx, actor, id);
  assertConvener(actor, m);
  const now = ctx.clock();
  const leave = await ctx.db
    .selectFrom('meeting_leave_requests')
    .selectAll()
    .where('id', '=', leaveId)
    .where('meeting_id', '=', id)
    .executeTakeFirst();
  if (!leave) throw new DomainError('NOT_FOUND', `leave request ${leaveId} not found`);
  if (leave.user_id === actor.id) throw new DomainError('FORBIDDEN', 'nobody decides their own leave request');
  assertNotStarted(m, now);
  if (leave.status !== 'pending')
    throw new DomainError('ACTION_NOT_ALLOWED', `this leave request was already ${leave.status}`, { status: leave.status, allowed: [] });
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('meeting_leave_requests')
      .set({ status: approve ? 'approved' : 'refused', decided_by: actor.id, decided_at: now })
      .where('id', '=', leaveId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new DomainError('ACTION_NOT_ALLOWED', 'this leave request was decided meanwhile', { allowed: [] });
    await repo.setAttendance(trx, id, leave.user_id, approve ? 'on-leave' : null, actor.id, now);
    await repo.touchMeeting(trx, id, now);
    await audit(trx, actor, m, approve ? 'meeting.leave-approve' : 'meeting.leave-refuse', { userId: leave.user_id }, requestId);
  });
  return getMeeting(ctx, actor, id);
}

/** Roll call: every person named must be invited (409 NOT_INVITED, nothing stored); on leave only with approved leave. */
export async function takeAttendance(ctx: AppContext, actor: SessionUser, id: number, body: AttendanceBody, requestId: string) {
  const m = await getMeetingInScope(ctx, actor, id);
  assertConvener(actor, m);
  const invitees = await repo.listInvitees(ctx.db, id);
  const byUser = new Map(invitees.map((i) => [i.user_id, i]));
  const seen = new Set<number>();
  throwIfAny(
    body.entries.flatMap((e, i) =>
      seen.has(e.userId) || !seen.add(e.userId) ? [{ field: `body.entries.${i}.userId`, message: 'listed twice' }] : [],
    ),
  );
  const strangers = body.entries.filter((e) => !byUser.has(e.userId)).map((e) => e.userId);
  if (strangers.length > 0) throw new DomainError('NOT_INVITED', 'attendance is taken for invitees only', { userIds: strangers });
  throwIfAny(
    body.entries.flatMap((e, i) =>
      e.status === 'on-leave' && byUser.get(e.userId)!.leave_status !== 'approved'
        ? [
            {
              field: `body.entries.${i}.status`,
              problem: 'no-leave',
              message: 'absence counts as leave only with an approved leave request (A4)',
            },
          ]
        : [],
    ),
  );
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    for (const e of body.entries) await repo.setAttendance(trx, id, e.userId, e.status, actor.id, now);
    // a roll taken ahead (on the way in) does not make the meeting held before it starts
    await repo.touchMeeting(trx, id, now, now.getTime() >= m.starts_at.getTime() ? { status: 'held' } : {});
    await audit(trx, actor, m, 'meeting.attendance', { entries: body.entries }, requestId);
  });
  return getMeeting(ctx, actor, id);
}

/**
 * The task's owner works in the meeting's area (bound inside it, or above it like a lead invited to a
 * grid's meeting) and its case lies in the area: else 404, as for anything outside the area.
 */
async function assertInMeetingArea(ctx: AppContext, m: MeetingRow, body: TaskBody): Promise<void> {
  const area = parsePath(m.region_path);
  const owner = (await findActiveActors(ctx.db, [body.ownerId])).get(body.ownerId);
  if (!owner?.roles.some((r) => isWithin(r.path, area) || isWithin(area, r.path))) {
    throw new DomainError('NOT_FOUND', `user ${body.ownerId} does not work in this meeting's area`);
  }
  if (body.caseId !== undefined) {
    const c = await ctx.db.selectFrom('cases').select('grid_path').where('id', '=', body.caseId).executeTakeFirst();
    if (!c?.grid_path.startsWith(m.region_path)) throw new DomainError('NOT_FOUND', `case ${body.caseId} is not in this meeting's area`);
  }
}

/** A decision becomes a task with an owner in the area and a deadline (and its case, when one was opened). */
export async function addTask(ctx: AppContext, actor: SessionUser, id: number, body: TaskBody, requestId: string) {
  const m = await getMeetingInScope(ctx, actor, id);
  assertConvener(actor, m);
  checkDates([['body.dueOn', body.dueOn]]);
  await assertInMeetingArea(ctx, m, body);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const t = await trx
      .insertInto('meeting_tasks')
      .values({
        meeting_id: id,
        title: body.title,
        owner_id: body.ownerId,
        due_on: body.dueOn,
        case_id: body.caseId ?? null,
        created_at: now,
        done_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await repo.touchMeeting(trx, id, now);
    await audit(trx, actor, m, 'meeting.task', { taskId: t.id, ownerId: body.ownerId, dueOn: body.dueOn }, requestId);
  });
  return getMeeting(ctx, actor, id);
}

/** The owner or the convener marks a task done (or open again). */
export async function updateTask(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  taskId: number,
  status: 'open' | 'done',
  requestId: string,
) {
  const m = await getMeetingInScope(ctx, actor, id);
  const task = await ctx.db
    .selectFrom('meeting_tasks')
    .selectAll()
    .where('id', '=', taskId)
    .where('meeting_id', '=', id)
    .executeTakeFirst();
  if (!task) throw new DomainError('NOT_FOUND', `task ${taskId} not found`);
  if (task.owner_id !== actor.id) assertConvener(actor, m);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('meeting_tasks')
      .set({ status, done_at: status === 'done' ? now : null })
      .where('id', '=', taskId)
      .execute();
    await repo.touchMeeting(trx, id, now);
    await audit(trx, actor, m, 'meeting.task-status', { taskId, status }, requestId);
  });
  return getMeeting(ctx, actor, id);
}
