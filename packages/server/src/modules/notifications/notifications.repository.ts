import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { isUnfinished } from '../../db/case-status';

const OPEN = sql`${isUnfinished('c.status')} AND c.met_at IS NULL`;
const WARN = sql`coalesce((p.values->'warnShare'->>'value')::float8, 0.8)`;

export interface RaisedNotification {
  id: number;
  user_id: number;
  /** Set for case notices only. */
  case_id: number | null;
  subject_kind: string;
  subject_id: number;
  kind: string;
  at: Date;
  payload: unknown;
}

/** The columns a raised or delivered notice comes back with. */
export const RETURNED = sql`id, user_id, case_id, subject_kind, subject_id, kind, at, payload`;

/**
 * Deadline notices for the case's owner and handler: 'case-warning' once the warn share of the time
 * limit has passed, 'case-overdue' once the deadline has. One per case, person and deadline
 * (dedupe key), so ticks after a restart raise only what is still missing.
 */
export async function raiseDeadlineNotices(db: Kysely<DB>, now: Date): Promise<RaisedNotification[]> {
  const result = await sql<RaisedNotification>`
    INSERT INTO notifications (top_region_id, user_id, case_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
    SELECT c.top_region_id, u.user_id, c.id, 'case', c.id, k.kind,
           k.kind || ':' || c.id || ':' || (extract(epoch FROM c.deadline) * 1000)::bigint, ${now},
           jsonb_build_object('title', c.title, 'deadline', c.deadline, 'gridId', c.grid_id)
    FROM cases c
    JOIN policies p ON p.version = c.policy_version
    CROSS JOIN LATERAL (VALUES (c.owner_id), (c.handler_id)) AS u(user_id)
    CROSS JOIN LATERAL (
      SELECT 'case-warning' AS kind WHERE c.clock_start + (c.deadline - c.clock_start) * ${WARN} <= ${now}
      UNION ALL SELECT 'case-overdue' WHERE c.deadline < ${now}
    ) AS k
    WHERE ${OPEN} AND u.user_id IS NOT NULL
    ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING
    RETURNING ${RETURNED}`.execute(db);
  return result.rows;
}

/**
 * Notices derived from the case timeline (the durable event log): a new handler after 'assign' or
 * 'transfer'; the first-inquiry owner once the handler has responded (feedback is due, A3.2).
 */
export async function raiseTimelineNotices(db: Kysely<DB>, since: Date, now: Date): Promise<RaisedNotification[]> {
  const result = await sql<RaisedNotification>`
    INSERT INTO notifications (top_region_id, user_id, case_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
    SELECT t.top_region_id, r.user_id, t.case_id, 'case', t.case_id, r.kind, r.kind || ':' || t.case_id || ':' || t.seq, ${now},
           jsonb_build_object('title', c.title, 'action', t.action, 'deadline', c.deadline)
    FROM case_timeline t
    JOIN cases c ON c.top_region_id = t.top_region_id AND c.id = t.case_id
    CROSS JOIN LATERAL (
      SELECT c.handler_id AS user_id, 'case-assigned' AS kind WHERE t.action IN ('assign', 'transfer') AND c.handler_id IS NOT NULL
      UNION ALL SELECT c.owner_id, 'feedback-due' WHERE t.action = 'respond' AND c.status = 'responded'
    ) AS r
    WHERE t.at > ${since} AND t.at <= ${now} AND r.user_id <> coalesce(t.actor_id, -1)
    ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING
    RETURNING ${RETURNED}`.execute(db);
  return result.rows;
}

/**
 * Claims the notices not yet delivered (raised by the scheduler, or inside a business transaction
 * that has committed since): each goes out once, even with several servers on one database.
 */
export async function claimUndelivered(db: Kysely<DB>, now: Date): Promise<RaisedNotification[]> {
  const result = await sql<RaisedNotification>`
    UPDATE notifications SET delivered_at = ${now}
    WHERE delivered_at IS NULL
    RETURNING ${RETURNED}`.execute(db);
  return result.rows.sort((a, b) => a.id - b.id);
}

export async function listNotifications(db: Kysely<DB>, userId: number, unreadOnly: boolean, limit: number) {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'case_id', 'subject_kind', 'subject_id', 'kind', 'at', 'read_at', 'payload'])
    .where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export async function markRead(db: Kysely<DB>, userId: number, id: number, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
