/**
 * Notices that other modules raise inside their own transaction (rounds and verification call in
 * here; this module never imports theirs). Rows are inserted undelivered with a dedupe key, so a
 * retried action raises nothing twice; `deliverNotices(ctx)` after the commit pushes them at once,
 * else the scheduler's next tick does. Payloads carry names of grids and regions and ids only: never
 * residents' or reporters' data (C3, D10).
 */
import { rolesWith } from '@gridwork/core';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { RETURNED, type RaisedNotification } from './notifications.repository';
import type { AppContext } from '../../context';

type Trx = Transaction<DB>;

export interface RoundReportRef {
  topRegionId: number;
  reportId: number;
  gridId: number;
  gridName: string;
  gridPath: string;
  month: string;
}

async function insertFor(
  trx: Trx,
  n: { topRegionId: number; subjectKind: string; subjectId: number; kind: string; dedupeKey: string; now: Date; payload: object },
  recipients: RawBuilder<unknown>,
): Promise<RaisedNotification[]> {
  const result = await sql<RaisedNotification>`
    INSERT INTO notifications (top_region_id, user_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
    SELECT DISTINCT ${n.topRegionId}::int, r.user_id, ${n.subjectKind}::text, ${n.subjectId}::bigint, ${n.kind}::text,
           ${n.dedupeKey}::text, ${n.now}::timestamptz, ${JSON.stringify(n.payload)}::jsonb
    FROM (${recipients}) AS r
    ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING
    RETURNING ${RETURNED}`.execute(trx);
  return result.rows;
}

const roundPayload = (r: RoundReportRef) => ({ reportId: r.reportId, gridId: r.gridId, gridName: r.gridName, month: r.month });

/**
 * C2.2 D6: a township round report was submitted → the community grid lead(s) of the grid's
 * community (active accounts bound to the community that contains the grid), not the submitter.
 */
export async function noticeRoundReportSubmitted(
  trx: Trx,
  report: RoundReportRef,
  actorId: number,
  now: Date,
): Promise<RaisedNotification[]> {
  const leads = sql`
    SELECT ra.user_id FROM role_assignments ra
    JOIN regions c ON c.id = ra.region_id AND c.type = 'community'
    JOIN users u ON u.id = ra.user_id AND u.active
    WHERE ra.role IN (${sql.join(rolesWith('duty.acknowledge-rounds'))}) AND ${report.gridPath}::text LIKE c.path || '%'
      AND ra.user_id <> ${actorId}::int`;
  return insertFor(
    trx,
    {
      topRegionId: report.topRegionId,
      subjectKind: 'round-report',
      subjectId: report.reportId,
      kind: 'round-report-submitted',
      dedupeKey: `round-report-submitted:${report.reportId}`,
      now,
      payload: roundPayload(report),
    },
    leads,
  );
}

/** C2.2: the community head acknowledged the report → its submitter (unless they acknowledged it themselves). */
export async function noticeRoundReportAcknowledged(
  trx: Trx,
  report: RoundReportRef & { submittedBy: number | null },
  actorId: number,
  now: Date,
): Promise<RaisedNotification[]> {
  if (report.submittedBy === null || report.submittedBy === actorId) return [];
  const submitter = sql`SELECT u.id AS user_id FROM users u WHERE u.id = ${report.submittedBy}::int AND u.active`;
  return insertFor(
    trx,
    {
      topRegionId: report.topRegionId,
      subjectKind: 'round-report',
      subjectId: report.reportId,
      kind: 'round-report-acknowledged',
      dedupeKey: `round-report-acknowledged:${report.reportId}`,
      now,
      payload: roundPayload(report),
    },
    submitter,
  );
}

export interface YearlyDrawRef {
  topRegionId: number;
  drawId: number;
  regionId: number;
  regionName: string;
  year: string;
  tasks: number;
  assigneeId: number;
}

/** A8.3 D8: the yearly check's tasks were created for their assignee (the community grid lead): one notice per draw. */
export async function noticeVerificationTasksAssigned(trx: Trx, draw: YearlyDrawRef, now: Date): Promise<RaisedNotification[]> {
  if (draw.tasks === 0) return [];
  const assignee = sql`SELECT u.id AS user_id FROM users u WHERE u.id = ${draw.assigneeId}::int AND u.active`;
  return insertFor(
    trx,
    {
      topRegionId: draw.topRegionId,
      subjectKind: 'verification-draw',
      subjectId: draw.drawId,
      kind: 'verification-task-assigned',
      dedupeKey: `verification-task-assigned:${draw.drawId}`,
      now,
      payload: { drawId: draw.drawId, regionId: draw.regionId, regionName: draw.regionName, year: draw.year, tasks: draw.tasks },
    },
    assignee,
  );
}

export interface RevealBurst {
  topRegionId: number;
  /** Where the record whose reveal was refused lies: its area's supervisors are told. */
  gridPath: string;
  userId: number;
  username: string;
  displayName: string;
  count: number;
  minutes: number;
}

/**
 * C3 D10: an account reached the reveal limit → the supervisors whose area holds the record (not the account itself), else the admins
 * there.
 */
export async function noticeRevealBurst(trx: Trx, burst: RevealBurst, now: Date): Promise<RaisedNotification[]> {
  // the area's overseers (supervisors) other than the account; where there is none, the administrators over the area
  const overseers = sql.join(rolesWith('duty.oversee-reveals'));
  const supervisors = sql`
    WITH covering AS (
      SELECT ra.user_id, ra.role FROM role_assignments ra
      JOIN regions r ON r.id = ra.region_id
      JOIN users u ON u.id = ra.user_id AND u.active
      WHERE ra.role IN (${sql.join([...rolesWith('duty.oversee-reveals'), ...rolesWith('user.manage')])})
        AND ${burst.gridPath}::text LIKE r.path || '%' AND ra.user_id <> ${burst.userId}::int
    )
    SELECT user_id FROM covering
    WHERE role IN (${overseers}) OR NOT EXISTS (SELECT 1 FROM covering WHERE role IN (${overseers}))`;
  return insertFor(
    trx,
    {
      topRegionId: burst.topRegionId,
      subjectKind: 'user',
      subjectId: burst.userId,
      kind: 'reveal-burst',
      dedupeKey: `reveal-burst:${burst.userId}:${now.toISOString()}`,
      now,
      payload: {
        userId: burst.userId,
        username: burst.username,
        displayName: burst.displayName,
        count: burst.count,
        minutes: burst.minutes,
      },
    },
    supervisors,
  );
}

export interface MeetingAnnounceRef {
  topRegionId: number;
  meetingId: number;
  regionId: number;
  regionName: string;
  regionPath: string;
  type: string;
  title: string;
  startsAt: string;
  place: string | null;
}

/**
 * A2.5: a public consultation meeting or an expert Q&A session was called → the grid workers of the
 * area (roles that announce meetings, bound at or below its region), to tell their residents in advance.
 */
export async function noticeMeetingAnnounce(trx: Trx, m: MeetingAnnounceRef, actorId: number, now: Date): Promise<RaisedNotification[]> {
  const announcers = sql`
    SELECT ra.user_id FROM role_assignments ra
    JOIN regions r ON r.id = ra.region_id
    JOIN users u ON u.id = ra.user_id AND u.active
    WHERE ra.role IN (${sql.join(rolesWith('meeting.announce'))}) AND r.path LIKE ${m.regionPath}::text || '%'
      AND ra.user_id <> ${actorId}::int`;
  return insertFor(
    trx,
    {
      topRegionId: m.topRegionId,
      subjectKind: 'meeting',
      subjectId: m.meetingId,
      kind: 'meeting-announce',
      dedupeKey: `meeting-announce:${m.meetingId}`,
      now,
      payload: {
        meetingId: m.meetingId,
        regionId: m.regionId,
        regionName: m.regionName,
        type: m.type,
        title: m.title,
        startsAt: m.startsAt,
        place: m.place,
      },
    },
    announcers,
  );
}

export async function deliverNotices(ctx: Pick<AppContext, 'notices'>): Promise<void> {
  await ctx.notices.deliver();
}
