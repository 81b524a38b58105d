/**
 * A2.5: a public consultation meeting (民情恳谈会) or an expert Q&A session (专家答疑会) is announced to
 * residents in advance through the grid workers. The meeting carries the notice; the grid workers of
 * its area are told when it is called (notification `meeting-announce`) and each records that they
 * passed it on, before the meeting starts; the meeting page shows who has and who has not yet.
 */
import { can, DomainError, rolesWith } from '@gridwork/core';
import type { AppContext } from '../../context';
import { writeAudit } from '../audit/audit.repository';
import { isoShanghai } from '../../lib/time';
import { pathText } from '../../db/scope';
import type { SessionUser } from '../auth/sessions.repository';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { throwIfAny } from '../households/resident-input';
import { noticeMeetingAnnounce } from '../notifications/notices';
import type * as repo from './meetings.repository';
import type { CreateMeetingBody } from './meetings.schemas';

/** The meeting types residents are told of in advance (A2.5). */
export const ANNOUNCED_TYPES: readonly string[] = ['public-consultation', 'expert-qa'];

export interface AnnouncementView {
  /** The grid workers of the area who should pass the notice on. */
  due: number;
  done: number;
  households: number;
  by: Array<{ user: { id: number; name: string }; at: string; households: number | null; note: string | null }>;
  pending: Array<{ id: number; name: string }>;
}

/** Active accounts whose role announces meetings, bound at or below the meeting's region. */
async function announcersOf(ctx: AppContext, regionPath: string) {
  return ctx.db
    .selectFrom('role_assignments as a')
    .innerJoin('regions as r', 'r.id', 'a.region_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.id', 'u.display_name as name'])
    .distinct()
    .where('u.active', '=', true)
    .where('a.role', 'in', rolesWith('meeting.announce'))
    .where('r.path', 'like', `${regionPath}%`)
    .orderBy('u.id')
    .execute();
}

/** Who has passed the notice on, and the grid workers of the area who have not yet; null for other meetings. */
export async function announcementOf(ctx: AppContext, m: repo.MeetingRow): Promise<AnnouncementView | null> {
  if (!ANNOUNCED_TYPES.includes(m.type)) return null;
  const [workers, rows] = await Promise.all([
    announcersOf(ctx, m.region_path),
    ctx.db
      .selectFrom('meeting_announcements as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.user_id', 'u.display_name', 'a.announced_at', 'a.households', 'a.note'])
      .where('a.meeting_id', '=', m.id)
      .orderBy('a.announced_at')
      .execute(),
  ]);
  const told = new Set(rows.map((r) => r.user_id));
  return {
    due: workers.length,
    done: workers.filter((w) => told.has(w.id)).length,
    households: rows.reduce((sum, r) => sum + (r.households ?? 0), 0),
    by: rows.map((r) => ({
      user: { id: r.user_id, name: r.display_name },
      at: isoShanghai(r.announced_at),
      households: r.households,
      note: r.note,
    })),
    pending: workers.filter((w) => !told.has(w.id)).map((w) => ({ id: w.id, name: w.name })),
  };
}

/**
 * A2.5 at creation: an announced meeting still to come needs its notice (400 otherwise) and its grid
 * workers are told; one recorded after the day (a paper record transcribed) needs neither.
 */
export function checkAnnounced(body: Pick<CreateMeetingBody, 'type' | 'notice' | 'startsAt'>, now: Date): boolean {
  if (!ANNOUNCED_TYPES.includes(body.type) || new Date(body.startsAt).getTime() <= now.getTime()) return false;
  if (!body.notice)
    throwIfAny([{ field: 'body.notice', message: 'residents are told of this meeting in advance: write the notice (A2.5)' }]);
  return true;
}

/** A2.5 at creation, in its transaction: the grid workers of the area are told to pass the notice on. */
export async function tellAnnouncers(
  trx: Transaction<DB>,
  m: { topRegionId: number; meetingId: number; region: { id: number; name: string; path: string }; title: string; body: CreateMeetingBody },
  actorId: number,
  now: Date,
): Promise<void> {
  await noticeMeetingAnnounce(
    trx,
    {
      topRegionId: m.topRegionId,
      meetingId: m.meetingId,
      regionId: m.region.id,
      regionName: m.region.name,
      regionPath: m.region.path,
      type: m.body.type,
      title: m.title,
      startsAt: isoShanghai(new Date(m.body.startsAt)),
      place: m.body.place ?? null,
    },
    actorId,
    now,
  );
}

/**
 * The actor announces meetings (registry) where they are bound inside the meeting's area: its grid
 * workers, who read an announced meeting even when the team was not invited to it.
 */
export function isAnnouncerOf(actor: SessionUser, regionPath: string): boolean {
  return actor.roles.some((r) => pathText(r.path).startsWith(regionPath) && can(actor, 'meeting.announce', { path: r.path }));
}

/** Whether the actor may record that they announced this meeting (before it starts). */
export function mayAnnounce(actor: SessionUser, m: repo.MeetingRow, now: Date): boolean {
  return ANNOUNCED_TYPES.includes(m.type) && now.getTime() < m.starts_at.getTime() && isAnnouncerOf(actor, m.region_path);
}

/**
 * `POST /meetings/:id/announcements`: the caller (a grid worker of the area) told residents; once per
 * worker (a repeat corrects the count and note). 409 NOT_ANNOUNCED for meetings residents are not
 * told of, 409 MEETING_STARTED once it has started, 403 for roles that do not announce meetings.
 */
export async function recordAnnouncement(
  ctx: AppContext,
  actor: SessionUser,
  m: repo.MeetingRow,
  body: { households?: number; note?: string | null },
  requestId: string,
): Promise<void> {
  if (!ANNOUNCED_TYPES.includes(m.type))
    throw new DomainError('NOT_ANNOUNCED', 'only consultation meetings and expert Q&A sessions are announced to residents');
  if (!isAnnouncerOf(actor, m.region_path))
    throw new DomainError('FORBIDDEN', 'only grid workers of the area announce meetings to residents');
  const now = ctx.clock();
  if (now.getTime() >= m.starts_at.getTime())
    throw new DomainError('MEETING_STARTED', 'the meeting has started: announcing it is too late');
  const row = { households: body.households ?? null, note: body.note ?? null };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meeting_announcements')
      .values({ meeting_id: m.id, user_id: actor.id, announced_at: now, ...row })
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet(row))
      .execute();
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'meeting.announce',
      entity: 'meeting',
      entityId: m.id,
      regionId: m.region_id,
      topRegionId: m.top_region_id,
      after: row,
      requestId,
    });
  });
}
