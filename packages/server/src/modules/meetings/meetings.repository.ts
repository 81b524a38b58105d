/** SQL of meetings: the meeting, its invitees with attendance, leave requests and tasks. */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Attendance, MeetingsTable } from '../../db/schema-team';

type Db = Kysely<DB> | Transaction<DB>;
export type MeetingRow = Selectable<MeetingsTable> & { region_name: string; convener_name: string; invited: number; present: number };

function base(db: Db) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('regions as r', 'r.id', 'm.region_id')
    .innerJoin('users as u', 'u.id', 'm.convened_by')
    .selectAll('m')
    .select([
      'r.name as region_name',
      'u.display_name as convener_name',
      sql<number>`(SELECT count(*)::int FROM meeting_invitees i WHERE i.meeting_id = m.id)`.as('invited'),
      sql<number>`(SELECT count(*)::int FROM meeting_invitees i WHERE i.meeting_id = m.id AND i.attendance IN ('present','late'))`.as(
        'present',
      ),
    ]);
}

export async function findMeeting(db: Db, id: number): Promise<MeetingRow | undefined> {
  return (await base(db).where('m.id', '=', id).executeTakeFirst()) as MeetingRow | undefined;
}

/** Meetings under any of `prefixes` (region paths) or to which `userId` is invited, newest first. */
export async function listMeetings(
  db: Db,
  f: { prefixes: string[]; userId: number; regionPath?: string; from?: Date; to?: Date; type?: string; limit: number },
): Promise<MeetingRow[]> {
  let q = base(db).where((eb) =>
    eb.or([
      ...f.prefixes.map((p) => eb('m.region_path', 'like', `${p}%`)),
      eb.exists(
        eb.selectFrom('meeting_invitees as i').select('i.user_id').whereRef('i.meeting_id', '=', 'm.id').where('i.user_id', '=', f.userId),
      ),
    ]),
  );
  if (f.regionPath) q = q.where('m.region_path', 'like', `${f.regionPath}%`);
  if (f.from) q = q.where('m.starts_at', '>=', f.from);
  if (f.to) q = q.where('m.starts_at', '<', f.to);
  if (f.type) q = q.where('m.type', '=', f.type);
  return (await q.orderBy('m.starts_at', 'desc').orderBy('m.id', 'desc').limit(f.limit).execute()) as MeetingRow[];
}

/** The meetings of these types recorded for a region in [from, to): for the schedule. */
export async function meetingsInMonth(db: Db, regionId: number, from: Date, to: Date) {
  return db
    .selectFrom('meetings')
    .select(['id', 'type', 'starts_at'])
    .where('region_id', '=', regionId)
    .where('status', '!=', 'cancelled')
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .orderBy('starts_at')
    .execute();
}

/** The latest earlier meeting of the same type and region. */
export async function previousMeetingId(db: Db, m: Pick<MeetingRow, 'id' | 'region_id' | 'type' | 'starts_at'>): Promise<number | null> {
  const row = await db
    .selectFrom('meetings')
    .select('id')
    .where('region_id', '=', m.region_id)
    .where('type', '=', m.type)
    .where('status', '!=', 'cancelled')
    .where((eb) => eb.or([eb('starts_at', '<', m.starts_at), eb.and([eb('starts_at', '=', m.starts_at), eb('id', '<', m.id)])]))
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function listInvitees(db: Db, meetingId: number) {
  return db
    .selectFrom('meeting_invitees as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .leftJoin('meeting_leave_requests as l', (j) => j.onRef('l.meeting_id', '=', 'i.meeting_id').onRef('l.user_id', '=', 'i.user_id'))
    .select(['i.user_id', 'u.display_name', 'i.attendance', 'l.id as leave_id', 'l.reason as leave_reason', 'l.status as leave_status'])
    .where('i.meeting_id', '=', meetingId)
    .orderBy('u.display_name')
    .execute();
}

export async function findInvitee(db: Db, meetingId: number, userId: number) {
  return db.selectFrom('meeting_invitees').selectAll().where('meeting_id', '=', meetingId).where('user_id', '=', userId).executeTakeFirst();
}

export async function setAttendance(
  trx: Transaction<DB>,
  meetingId: number,
  userId: number,
  attendance: Attendance | null,
  by: number,
  now: Date,
) {
  await trx
    .updateTable('meeting_invitees')
    .set({ attendance, marked_by: by, marked_at: now })
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .execute();
}

export async function listTasks(db: Db, meetingIds: number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_tasks as t')
    .innerJoin('users as u', 'u.id', 't.owner_id')
    .leftJoin('cases as c', 'c.id', 't.case_id')
    .select([
      't.id',
      't.meeting_id',
      't.title',
      't.owner_id',
      'u.display_name as owner_name',
      't.due_on',
      't.case_id',
      'c.status as case_status',
      't.status',
      't.done_at',
    ])
    .where('t.meeting_id', 'in', meetingIds)
    .orderBy('t.id')
    .execute();
}

/**
 * Marks the meeting changed (and held, once its roll is taken after the start). The version guards the
 * minutes and the meeting's own fields only: roll calls, leave and tasks are rows of their own with
 * their own checks, so a roll call never makes a minutes save conflict.
 */
export async function touchMeeting(trx: Transaction<DB>, id: number, now: Date, fields: { status?: 'held' } = {}) {
  await trx
    .updateTable('meetings')
    .set({ ...fields, updated_at: now })
    .where('id', '=', id)
    .execute();
}
