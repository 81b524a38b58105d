/**
 * Meetings (A2.5, A4, C2.4, C4, C5.1, C6, D7): the schedule the policy sets, convening with
 * invitations by role and region and an agenda prefilled from the area's cases (C5.1), minutes.
 * Leave, attendance and tasks: meeting-roll.service.ts.
 */
import { abilitiesOf, actorWith, can, DomainError, rolesWith, scopeRoots, type Role } from '@gridwork/core';
import { addDays, shanghaiDate, weekday } from '@gridwork/core/calendar';
import { COMBINED_MEETING, meetingSchedule } from '@gridwork/core/meetings';
import type { PolicyValues } from '@gridwork/core/policy';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { pathText } from '../../db/scope';
import { versionConflict } from '../../db/versioned';
import { isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { throwIfAny } from '../households/resident-input';
import { findPolicyInForce } from '../policy/policy.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { analysisRows, HOT_REASONS } from '../supervision/analysis.repository';
import { MEETING_TYPE_ZH } from '../team/labels';
import { topRegionOf } from '../team/members';
import { deliverNotices } from '../notifications/notices';
import { ANNOUNCED_TYPES, announcementOf, checkAnnounced, isAnnouncerOf, mayAnnounce, tellAnnouncers } from './meeting-announce.service';
import * as repo from './meetings.repository';
import { EXTRA_MEETING_TYPES, type AgendaItem, type CreateMeetingBody, type MeetingListQuery, type MeetingView } from './meetings.schemas';
import { checkDates, checkInstants } from '../team/dates';

/** Default titles (zh-CN first: the title is what invitees read): the type's label, the combined meeting spelt out. */
const TITLES: Record<string, string> = { ...MEETING_TYPE_ZH, [COMBINED_MEETING]: '月度例会（团队例会、工作例会、分析会合并）' };
const MAX_AGENDA_CASES = 30;
const monthStart = (month: string) => new Date(`${month}-01T00:00:00+08:00`);
const nextMonth = (month: string) => addDays(`${month}-28`, 4).slice(0, 7);

async function policyAt(ctx: AppContext, path: number[]): Promise<PolicyValues | null> {
  const p = await findPolicyInForce(ctx.db, path);
  return p ? (p.values as PolicyValues) : null;
}

/** `GET /meetings/schedule` (API contract): the meetings the policy in force sets for the region in the month. */
export async function schedule(ctx: AppContext, actor: SessionUser, regionId: number | undefined, month: string | undefined) {
  const region = await getRegionInScope(ctx.db, actor, regionId ?? actor.roles[0]?.regionId ?? 0);
  checkDates([['querystring.month', month]]);
  const m = month ?? shanghaiDate(ctx.clock()).slice(0, 7);
  const values = await policyAt(ctx, parsePath(region.path));
  if (!values) return [];
  const calendar = await ctx.calendar.get();
  const held = await repo.meetingsInMonth(ctx.db, region.id, monthStart(m), monthStart(nextMonth(m)));
  return meetingSchedule(values, m, calendar).map((s) => ({
    type: s.type,
    date: s.date,
    regionId: region.id,
    setDate: s.setDate,
    shifted: s.shifted,
    rule: s.rule,
    ...(s.combines ? { combines: s.combines } : {}),
    meetingId: held.find((h) => h.type === s.type && sameSlot(shanghaiDate(h.starts_at), s.date, s.type))?.id ?? null,
  }));
}

/** A recorded meeting fills a slot on its day, or (weekly meetings, monthly ones) in its week or month. */
function sameSlot(held: string, slot: string, type: string): boolean {
  const monday = (d: string) => addDays(d, 1 - weekday(d));
  if (type === 'weekly-team') return monday(held) === monday(slot);
  return held.slice(0, 7) === slot.slice(0, 7);
}

/** The meeting types a region may record: the policy's meetings (and their combined form) and A2.5/C2.4 extras. */
export function meetingTypesOf(values: PolicyValues | null): string[] {
  const m = values?.meetings;
  return [...Object.keys(m?.obligations ?? {}), ...(m?.combined?.value ? [COMBINED_MEETING] : []), ...EXTRA_MEETING_TYPES];
}

/** The A4/C5.1 agenda: open cases of the area that are overdue or hot first, then the other open ones. */
async function prefilledAgenda(
  ctx: AppContext,
  actor: SessionUser,
  regionPath: string,
  now: Date,
  topics: string[],
): Promise<AgendaItem[]> {
  const rows = await analysisRows(ctx.db, actor, regionPath, now);
  const items = rows.map((r) => {
    const reasons: string[] = [...(r.open && r.deadline.getTime() < now.getTime() ? ['overdue'] : []), ...HOT_REASONS.filter((k) => r[k])];
    return { kind: 'case' as const, title: r.title, caseId: r.id, gridName: r.gridName, reasons: reasons.length ? reasons : ['open'] };
  });
  items.sort((a, b) => Number(b.reasons[0] !== 'open') - Number(a.reasons[0] !== 'open'));
  return [...topics.map((title) => ({ kind: 'topic' as const, title })), ...items.slice(0, MAX_AGENDA_CASES)];
}

/** Every active team member bound at or below the region (narrowed to `roles`), plus the named people. */
async function inviteesOf(ctx: AppContext, regionPath: string, roles: Role[] | undefined, userIds: number[]): Promise<number[]> {
  const attending = rolesWith('meeting.attend').filter((r) => !roles || roles.includes(r));
  const rows =
    attending.length === 0
      ? []
      : await ctx.db
          .selectFrom('role_assignments as a')
          .innerJoin('regions as r', 'r.id', 'a.region_id')
          .innerJoin('users as u', 'u.id', 'a.user_id')
          .select('a.user_id')
          .distinct()
          .where('u.active', '=', true)
          .where('a.role', 'in', attending)
          .where('r.path', 'like', `${regionPath}%`)
          .execute();
  return [...new Set([...rows.map((r) => r.user_id), ...userIds])];
}

export async function createMeeting(ctx: AppContext, actor: SessionUser, body: CreateMeetingBody, requestId: string) {
  const region = await getRegionInScope(ctx.db, actor, body.regionId);
  const path = parsePath(region.path);
  checkInstants([['body.startsAt', body.startsAt]]);
  const types = meetingTypesOf(await policyAt(ctx, path));
  if (!types.includes(body.type)) throwIfAny([{ field: 'body.type', message: `must be one of ${types.join(', ')}` }]);
  if (!can(actor, 'meeting.convene', { path })) throw new DomainError('FORBIDDEN', 'your role may not convene meetings here');
  const now = ctx.clock();
  const announced = checkAnnounced(body, now);
  const invitees = await inviteesOf(ctx, region.path, body.inviteRoles, body.inviteUserIds ?? []);
  const agenda = await prefilledAgenda(ctx, actor, region.path, now, body.topics ?? []);
  const topRegionId = await topRegionOf(ctx, region.id);
  const title = body.title ?? TITLES[body.type] ?? body.type;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('meetings')
      .values({
        top_region_id: topRegionId,
        region_id: region.id,
        region_path: region.path,
        type: body.type,
        title,
        starts_at: new Date(body.startsAt),
        place: body.place ?? null,
        urgent: body.type === 'urgent',
        agenda: JSON.stringify(agenda),
        notice: body.notice ?? null,
        convened_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (invitees.length > 0) {
      await trx
        .insertInto('meeting_invitees')
        .values(invitees.map((user_id) => ({ meeting_id: row.id, user_id, attendance: null, marked_by: null, marked_at: null })))
        .execute();
    }
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'meeting.create',
      entity: 'meeting',
      entityId: row.id,
      regionId: region.id,
      topRegionId,
      after: { type: body.type, startsAt: body.startsAt, invited: invitees.length },
      requestId,
    });
    if (announced) await tellAnnouncers(trx, { topRegionId, meetingId: row.id, region, title, body }, actor.id, now);
    return row.id;
  });
  if (announced) await deliverNotices(ctx);
  return getMeeting(ctx, actor, id);
}

/** The meeting if the actor takes part in meetings of its region, is invited, or announces it (A2.5); 404 otherwise. */
export async function getMeetingInScope(ctx: AppContext, actor: SessionUser, id: number): Promise<repo.MeetingRow> {
  const m = await repo.findMeeting(ctx.db, id);
  if (m && can(actor, 'meeting.read', { path: parsePath(m.region_path) })) return m;
  if (m && (await repo.findInvitee(ctx.db, id, actor.id))) return m;
  if (m && ANNOUNCED_TYPES.includes(m.type) && isAnnouncerOf(actor, m.region_path)) return m;
  throw new DomainError('NOT_FOUND', `meeting ${id} not found`);
}

export async function listMeetings(ctx: AppContext, actor: SessionUser, q: MeetingListQuery) {
  checkDates([
    ['querystring.from', q.from],
    ['querystring.to', q.to],
  ]);
  const region = q.regionId === undefined ? undefined : await getRegionInScope(ctx.db, actor, q.regionId);
  const rows = await repo.listMeetings(ctx.db, {
    prefixes: scopeRoots(actorWith(actor, 'meeting.read')).map(pathText),
    userId: actor.id,
    regionPath: region?.path,
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(`${addDays(q.to, 1)}T00:00:00+08:00`) : undefined,
    type: q.type,
    limit: q.limit ?? 50,
  });
  return rows.map((m) => summaryOf(m, ctx.clock()));
}

export async function updateMinutes(
  ctx: AppContext,
  actor: SessionUser,
  id: number,
  expectedVersion: number,
  minutes: string,
  requestId: string,
) {
  const m = await getMeetingInScope(ctx, actor, id);
  assertConvener(actor, m);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('meetings')
      .set({
        minutes,
        ...(now.getTime() >= m.starts_at.getTime() ? { status: 'held' as const } : {}),
        version: sql`version + 1`,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw versionConflict('meeting', id);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'meeting.minutes',
      entity: 'meeting',
      entityId: id,
      regionId: m.region_id,
      topRegionId: m.top_region_id,
      requestId,
    });
  });
  return getMeeting(ctx, actor, id);
}

export function assertConvener(actor: SessionUser, m: repo.MeetingRow): void {
  if (!can(actor, 'meeting.convene', { path: parsePath(m.region_path) }))
    throw new DomainError('FORBIDDEN', 'only who convenes meetings here may do this');
}

function summaryOf(m: repo.MeetingRow, now: Date) {
  return {
    id: m.id,
    type: m.type,
    title: m.title,
    regionId: m.region_id,
    regionName: m.region_name,
    startsAt: isoShanghai(m.starts_at),
    place: m.place,
    urgent: m.urgent,
    status: m.status,
    started: now.getTime() >= m.starts_at.getTime(),
    convenedBy: { id: m.convened_by, name: m.convener_name },
    invited: m.invited,
    present: m.present,
    version: m.version,
  };
}

type TaskRow = Awaited<ReturnType<typeof repo.listTasks>>[number];
const taskView = (t: TaskRow, today: string) => ({
  id: t.id,
  meetingId: t.meeting_id,
  title: t.title,
  owner: { id: t.owner_id, name: t.owner_name },
  dueOn: t.due_on,
  caseId: t.case_id,
  caseStatus: t.case_status,
  status: t.status,
  overdue: t.status === 'open' && t.due_on < today,
  doneAt: t.done_at ? isoShanghai(t.done_at) : null,
});

export async function getMeeting(ctx: AppContext, actor: SessionUser, id: number): Promise<MeetingView> {
  const m = await getMeetingInScope(ctx, actor, id);
  const now = ctx.clock();
  const today = shanghaiDate(now);
  const previous = await repo.previousMeetingId(ctx.db, m);
  const [invitees, tasks, announcement] = await Promise.all([
    repo.listInvitees(ctx.db, id),
    repo.listTasks(ctx.db, previous ? [id, previous] : [id]),
    announcementOf(ctx, m),
  ]);
  const started = now.getTime() >= m.starts_at.getTime();
  const abilities = abilitiesOf(actor, 'meeting', { path: parsePath(m.region_path) });
  return {
    ...summaryOf(m, now),
    agenda: m.agenda as AgendaItem[],
    minutes: m.minutes,
    invitees: invitees.map((i) => ({
      user: { id: i.user_id, name: i.display_name },
      attendance: i.attendance,
      leave: i.leave_id === null ? null : { id: i.leave_id, reason: i.leave_reason!, status: i.leave_status! },
    })),
    tasks: tasks.filter((t) => t.meeting_id === id).map((t) => taskView(t, today)),
    previousTasks: tasks.filter((t) => t.meeting_id !== id).map((t) => taskView(t, today)),
    notice: m.notice,
    announcement,
    abilities: {
      convene: abilities.convene,
      requestLeave: !started && invitees.some((i) => i.user_id === actor.id),
      announce: mayAnnounce(actor, m, now),
    },
  };
}
