/** SQL of the outbound deliveries (notice_deliveries): the dispatcher's claim and outcomes, the admin list. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

export interface ClaimedDelivery {
  id: number;
  channel: string;
  target: string;
  attempts: number;
  /** 'sending': claimed now; 'failed': found still sending after its lease (a process stopped mid-send). */
  status: string;
  user_id: number;
  kind: string;
  case_id: number | null;
  subject_kind: string;
  subject_id: number;
  payload: unknown;
  superseded: boolean;
}

export const INTERRUPTED = 'interrupted mid-send; not sent again (it may have arrived)';

/**
 * Claims up to `limit` due rows (FOR UPDATE SKIP LOCKED: two servers never take the same row): a
 * queued one becomes 'sending' with one attempt more and a lease until `leaseUntil`; one still
 * 'sending' after its lease is closed as failed, never sent a second time.
 */
export async function claimDue(db: Kysely<DB>, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const result = await sql<ClaimedDelivery>`
    WITH due AS (
      SELECT id FROM notice_deliveries
      WHERE status IN ('queued', 'sending') AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE notice_deliveries d SET
      status = CASE WHEN d.status = 'sending' THEN 'failed' ELSE 'sending' END,
      attempts = CASE WHEN d.status = 'sending' THEN d.attempts ELSE d.attempts + 1 END,
      last_error = CASE WHEN d.status = 'sending' THEN ${INTERRUPTED} ELSE d.last_error END,
      next_attempt_at = CASE WHEN d.status = 'sending' THEN NULL ELSE ${leaseUntil}::timestamptz END,
      updated_at = ${now}
    FROM due, notifications n
    WHERE d.id = due.id AND n.top_region_id = d.top_region_id AND n.id = d.notification_id
    RETURNING d.id, d.channel, d.target, d.attempts, d.status, n.user_id, n.kind, n.case_id, n.subject_kind, n.subject_id, n.payload,
              n.superseded_at IS NOT NULL AS superseded`.execute(db);
  return result.rows.sort((a, b) => a.id - b.id);
}

export type Outcome =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'queued'; reason: string; nextAttemptAt: Date }
  | { status: 'failed'; reason: string };

/** Records how a claimed send ended (only while this process still holds it: status 'sending'). */
export async function recordOutcome(db: Kysely<DB>, id: number, outcome: Outcome, now: Date): Promise<void> {
  await db
    .updateTable('notice_deliveries')
    .set({
      status: outcome.status,
      last_error: outcome.status === 'sent' ? null : outcome.reason.slice(0, 200),
      next_attempt_at: outcome.status === 'queued' ? outcome.nextAttemptAt : null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

export interface DeliveryListQuery {
  status?: string;
  channel?: string;
  /** Keyset paging: rows with a smaller id. */
  before?: number;
  limit: number;
}

/** Delivery records, newest first, with the notice's kind (the admin's read-only view; every region). */
export async function unsafeListDeliveries(db: Kysely<DB>, q: DeliveryListQuery) {
  let query = db
    .selectFrom('notice_deliveries as d')
    .innerJoin('notifications as n', (j) => j.onRef('n.top_region_id', '=', 'd.top_region_id').onRef('n.id', '=', 'd.notification_id'))
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select([
      'n.user_id',
      'u.username',
      'd.id',
      'd.notification_id',
      'n.kind',
      'd.channel',
      'd.target',
      'd.status',
      'd.attempts',
      'd.last_error',
      'd.next_attempt_at',
      'd.created_at',
      'd.updated_at',
    ]);
  if (q.status) query = query.where('d.status', '=', q.status);
  if (q.channel) query = query.where('d.channel', '=', q.channel);
  if (q.before !== undefined) query = query.where('d.id', '<', q.before);
  return query.orderBy('d.id', 'desc').limit(q.limit).execute();
}
