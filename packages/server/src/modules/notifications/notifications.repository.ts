import { sql, type Kysely, type RawBuilder } from 'kysely';
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
 * The families of notices about one case whose newest is all a person needs: the deadline notices
 * (a warning, then the overdue notice, or a warning for a deadline that moved), the assignments, the
 * feedback due. Other kinds (reminders: each its own text) never supersede.
 */
const FAMILY = (kind: RawBuilder<unknown>) =>
  sql`CASE WHEN ${kind} IN ('case-warning', 'case-overdue') THEN 'deadline'
           WHEN ${kind} IN ('case-assigned', 'feedback-due') THEN ${kind} END`;

/**
 * Runs an `INSERT ... ON CONFLICT DO NOTHING` of case notices (without RETURNING) and, in the same
 * statement, supersedes the recipients' older unread notices of the same case and family (hidden from
 * the list, the count and the stream; read ones stay as history). The UPDATE sees the table as it was
 * before the statement, so the rows just inserted are never superseded by each other: an insert must
 * raise at most one notice per person, case and family.
 */
async function raiseSuperseding(db: Kysely<DB>, insert: RawBuilder<unknown>, now: Date): Promise<RaisedNotification[]> {
  const result = await sql<RaisedNotification>`
    WITH raised AS (${insert} RETURNING ${RETURNED}, top_region_id),
    superseded AS (
      UPDATE notifications o SET superseded_at = ${now}
      FROM raised r
      WHERE o.user_id = r.user_id AND o.top_region_id = r.top_region_id AND o.case_id = r.case_id
        AND ${FAMILY(sql`o.kind`)} = ${FAMILY(sql`r.kind`)} AND o.read_at IS NULL AND o.superseded_at IS NULL
    )
    SELECT ${RETURNED} FROM raised`.execute(db);
  return result.rows;
}

/**
 * Deadline notices for the case's owner and handler (A3.4 D2, C5.2 D3): 'case-warning' once the warn
 * share of the time limit has passed and while the deadline has not, 'case-overdue' once it has: never
 * both at once for one case, and the overdue notice supersedes a warning still unread. One per case,
 * person and deadline (dedupe key), so ticks after a restart raise only what is still missing.
 */
export async function raiseDeadlineNotices(db: Kysely<DB>, now: Date): Promise<RaisedNotification[]> {
  return raiseSuperseding(
    db,
    sql`
    INSERT INTO notifications (top_region_id, user_id, case_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
    SELECT DISTINCT ON (c.top_region_id, c.id, u.user_id) c.top_region_id, u.user_id, c.id, 'case', c.id, k.kind,
           k.kind || ':' || c.id || ':' || (extract(epoch FROM c.deadline) * 1000)::bigint, ${now},
           jsonb_build_object('title', c.title, 'deadline', c.deadline, 'gridId', c.grid_id)
    FROM cases c
    JOIN policies p ON p.version = c.policy_version
    CROSS JOIN LATERAL (VALUES (c.owner_id), (c.handler_id)) AS u(user_id)
    CROSS JOIN LATERAL (
      SELECT CASE WHEN c.deadline < ${now} THEN 'case-overdue' ELSE 'case-warning' END AS kind
      WHERE c.clock_start + (c.deadline - c.clock_start) * ${WARN} <= ${now} OR c.deadline < ${now}
    ) AS k
    WHERE ${OPEN} AND u.user_id IS NOT NULL
    ORDER BY c.top_region_id, c.id, u.user_id
    ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING`,
    now,
  );
}

/** The handler an 'assign' or 'transfer' entry names (as text; null when it names none). */
const ENTRY_HANDLER = sql`CASE t.action WHEN 'assign' THEN t.details->>'handlerId' WHEN 'transfer' THEN t.details->>'toUserId' END`;

/**
 * Notices derived from the case timeline (the durable event log): the handler an 'assign' or
 * 'transfer' names, while they still handle the case (a case assigned and then transferred tells the
 * new handler once, not twice); the first-inquiry owner once the handler has responded (feedback is
 * due, A3.2). Of several entries of a case in the window, the latest counts.
 */
export async function raiseTimelineNotices(db: Kysely<DB>, since: Date, now: Date): Promise<RaisedNotification[]> {
  return raiseSuperseding(
    db,
    sql`
    INSERT INTO notifications (top_region_id, user_id, case_id, subject_kind, subject_id, kind, dedupe_key, at, payload)
    SELECT DISTINCT ON (t.top_region_id, t.case_id, r.kind, r.user_id)
           t.top_region_id, r.user_id, t.case_id, 'case', t.case_id, r.kind, r.kind || ':' || t.case_id || ':' || t.seq, ${now},
           jsonb_build_object('title', c.title, 'action', t.action, 'deadline', c.deadline)
    FROM case_timeline t
    JOIN cases c ON c.top_region_id = t.top_region_id AND c.id = t.case_id
    CROSS JOIN LATERAL (
      SELECT c.handler_id AS user_id, 'case-assigned' AS kind
      WHERE t.action IN ('assign', 'transfer') AND c.handler_id::text = ${ENTRY_HANDLER}
      UNION ALL SELECT c.owner_id, 'feedback-due' WHERE t.action = 'respond' AND c.status = 'responded'
    ) AS r
    WHERE t.at > ${since} AND t.at <= ${now} AND r.user_id <> coalesce(t.actor_id, -1)
    ORDER BY t.top_region_id, t.case_id, r.kind, r.user_id, t.seq DESC
    ON CONFLICT ON CONSTRAINT notifications_dedupe DO NOTHING`,
    now,
  );
}

/** An outbound channel the claim queues a delivery row for: per recipient (SMS) or once per matter (a group robot). */
export interface QueuedChannel {
  channel: string;
  perUser: boolean;
}

/**
 * Claims the notices not yet delivered (raised by the scheduler, or inside a business transaction
 * that has committed since): each goes out once, even with several servers on one database or a tick
 * and a commit delivering at the same moment (the row lock: a second claimer re-reads the row, finds
 * it delivered and skips it). Superseded ones are claimed but not returned: they are not sent.
 * In the same statement, each claimed notice gets a queued delivery row per outbound channel (a group
 * robot one per matter: the notices of one event share their dedupe key), so a crash between the claim
 * and the sending loses nothing.
 */
export async function claimUndelivered(db: Kysely<DB>, now: Date, channels: QueuedChannel[] = []): Promise<RaisedNotification[]> {
  const values = sql.join(channels.map((c) => sql`(${c.channel}::text, ${c.perUser}::boolean)`));
  const queue =
    channels.length === 0
      ? sql``
      : sql`, queued AS (
      INSERT INTO notice_deliveries
        (top_region_id, notification_id, channel, target, event_key, status, next_attempt_at, created_at, updated_at)
      SELECT c.top_region_id, c.id, ch.channel, CASE WHEN ch.per_user THEN 'user:' || c.user_id ELSE 'group' END,
             CASE WHEN ch.per_user THEN 'notice:' || c.id ELSE c.dedupe_key END, 'queued', ${now}, ${now}, ${now}
      FROM claimed c CROSS JOIN (VALUES ${values}) AS ch(channel, per_user)
      WHERE NOT c.superseded
      ON CONFLICT ON CONSTRAINT notice_deliveries_once DO NOTHING)`;
  const result = await sql<RaisedNotification & { superseded: boolean }>`
    WITH claimed AS (
      UPDATE notifications SET delivered_at = ${now}
      WHERE delivered_at IS NULL
      RETURNING ${RETURNED}, top_region_id, dedupe_key, superseded_at IS NOT NULL AS superseded
    )${queue}
    SELECT ${RETURNED}, superseded FROM claimed`.execute(db);
  return result.rows
    .filter((r) => !r.superseded)
    .map(({ superseded: _, ...n }) => n)
    .sort((a, b) => a.id - b.id);
}

/** The caller's notices, newest first: all (read and unread) or the unread ones, before a notice id (keyset paging); none superseded. */
export async function listNotifications(db: Kysely<DB>, userId: number, q: { unreadOnly: boolean; before?: number; limit: number }) {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'case_id', 'subject_kind', 'subject_id', 'kind', 'at', 'read_at', 'payload'])
    .where('user_id', '=', userId)
    .where('superseded_at', 'is', null);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  if (q.before !== undefined) query = query.where('id', '<', q.before);
  return query.orderBy('id', 'desc').limit(q.limit).execute();
}

export async function countUnread(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .where('superseded_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
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

/** Marks the caller's unread notices read (those up to `upTo` when given: what the caller has seen); returns how many. */
export async function markAllRead(db: Kysely<DB>, userId: number, upTo: number | undefined, now: Date): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .where('superseded_at', 'is', null);
  if (upTo !== undefined) query = query.where('id', '<=', upTo);
  const r = await query.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
