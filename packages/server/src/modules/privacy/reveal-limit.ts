/**
 * C3 D10: sealed personal data (residents' ID numbers and phones, reporters' identities) is revealed
 * one record at a time, and one account may reveal at most the policy's `privacy.revealLimit` (count
 * per sliding window of minutes, the policy in force where the record lies). A lookup that tells
 * something about a sealed value without showing it (a search by ID number or phone, an ID number
 * found already registered) counts like a reveal (`sealed.lookup`, with its weight). Counted from the
 * audit log under a per-account advisory lock, so concurrent reveals cannot pass the limit; a refusal is
 * audited (`reveal.refused`), and the first refusal of a window raises a `reveal-burst` notice to the
 * supervisors whose area holds the record (to the admins there when no other supervisor covers it).
 */
import { DomainError } from '@gridwork/core';
import { revealLimitOf, type PolicyValues } from '@gridwork/core/policy';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { deliverNotices, noticeRevealBurst } from '../notifications/notices';
import { findPolicyInForce } from '../policy/policy.repository';
import { oneAtATime } from '../../lib/one-at-a-time';

export interface RevealTarget {
  entity: 'resident' | 'case' | 'household';
  /** The record revealed; null for a lookup across records (a search). */
  entityId: number | null;
  /** What is revealed (`idNumber`, `phone`, `reporter`). */
  field: string;
  /** Where: the record's grid, or the region a lookup ran in. */
  gridId: number;
  gridPath: string;
  topRegionId: number;
}

type Limit = { count: number; minutes: number };
type Outcome<T> = { value: T } | { refused: Limit };

async function limitAt(db: Kysely<DB> | Transaction<DB>, gridPath: string): Promise<Limit> {
  const policy = await findPolicyInForce(db, parsePath(gridPath));
  return revealLimitOf((policy?.values ?? {}) as PolicyValues);
}

/** What the account used in the window (reveals and lookups by weight) and how often it was refused. */
async function usage(db: Kysely<DB> | Transaction<DB>, actorId: number, minutes: number): Promise<{ used: number; refused: number }> {
  const r = await sql<{ used: number; refused: number }>`
    SELECT coalesce(sum(CASE WHEN action = 'reveal.refused' THEN 0 ELSE coalesce((after->>'weight')::int, 1) END), 0)::int AS used,
           count(*) FILTER (WHERE action = 'reveal.refused')::int AS refused
    FROM audit_log
    WHERE actor_id = ${actorId}::int AND action IN ('resident.reveal', 'case.reporter-reveal', 'sealed.lookup', 'reveal.refused')
      AND at > now() - make_interval(mins => ${minutes}::int)`.execute(db);
  return r.rows[0];
}

function limitReached({ count, minutes }: Limit): DomainError {
  return new DomainError(
    'REVEAL_LIMIT',
    `you have revealed or looked up ${count} sealed values within ${minutes} minutes, the most the policy allows; try again later`,
    { limit: count, minutes },
  );
}

/**
 * Runs `reveal` (which writes its own audit row in `trx`) unless the account has no room left for
 * `weight` more reveals in the window: then the refusal is audited and 429 REVEAL_LIMIT thrown. With
 * `exhaust`, a refusal also uses up what room was left (a bulk lookup refused for being larger than
 * the room must not be retried smaller to learn how many of its values are registered).
 */
export async function withinRevealLimit<T>(
  ctx: AppContext,
  actor: SessionUser,
  target: RevealTarget,
  requestId: string,
  reveal: (trx: Transaction<DB>) => Promise<T>,
  weight = 1,
  exhaust = false,
): Promise<T> {
  let raised = false;
  const outcome: Outcome<T> = await ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(3, ${actor.id}::int)`.execute(trx);
    const limit = await limitAt(trx, target.gridPath);
    const { used, refused } = await usage(trx, actor.id, limit.minutes);
    if (used + weight <= limit.count) return { value: await reveal(trx) };
    if (exhaust && used < limit.count) await lookupAudit(trx, actor, target, limit.count - used, 'refused-bulk-lookup', requestId);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'reveal.refused',
      entity: target.entity,
      entityId: target.entityId,
      regionId: target.gridId,
      topRegionId: target.topRegionId,
      after: { field: target.field, weight, limit: limit.count, minutes: limit.minutes },
      requestId,
    });
    if (refused === 0) {
      const notices = await noticeRevealBurst(
        trx,
        {
          topRegionId: target.topRegionId,
          gridPath: target.gridPath,
          userId: actor.id,
          username: actor.username,
          displayName: actor.displayName,
          count: used,
          minutes: limit.minutes,
        },
        ctx.clock(),
      );
      raised = notices.length > 0;
    }
    return { refused: limit };
  });
  if ('value' in outcome) return outcome.value;
  if (raised) await deliverNotices(ctx);
  throw limitReached(outcome.refused);
}

function lookupAudit(trx: Transaction<DB>, actor: SessionUser, target: RevealTarget, weight: number, reason: string, requestId: string) {
  return writeAudit(trx, {
    actorId: actor.id,
    action: 'sealed.lookup',
    entity: target.entity,
    entityId: target.entityId,
    regionId: target.gridId,
    topRegionId: target.topRegionId,
    after: { field: target.field, reason, weight },
    requestId,
  });
}

/**
 * How a lookup is charged: `limit` refuses it without room (429); `always` records it whatever the
 * room (after `assertRevealRoom` passed: refusing then would tell a found value from a new one when
 * requests race; the overshoot is bounded by the requests in flight); `exhaust` refuses without room
 * and uses up what room was left.
 */
export type ChargeMode = 'limit' | 'always' | 'exhaust';

/**
 * A lookup that tells something about sealed values without showing them (a search by ID number or
 * phone; ID numbers found already registered), counted with `weight` and audited as `sealed.lookup`.
 */
export async function chargeSealedLookup(
  ctx: AppContext,
  actor: SessionUser,
  target: RevealTarget,
  weight: number,
  reason: string,
  requestId: string,
  mode: ChargeMode = 'limit',
): Promise<void> {
  if (weight <= 0) return;
  if (mode === 'always') return ctx.db.transaction().execute((trx) => lookupAudit(trx, actor, target, weight, reason, requestId));
  await withinRevealLimit(
    ctx,
    actor,
    target,
    requestId,
    (trx) => lookupAudit(trx, actor, target, weight, reason, requestId),
    weight,
    mode === 'exhaust',
  );
}

/**
 * 429 when the account has no reveals left in the window, before a check whose answer would tell a
 * sealed value (whatever the value, so a refusal tells nothing); the refusal is audited like any other.
 */
export async function assertRevealRoom(ctx: AppContext, actor: SessionUser, target: RevealTarget, requestId: string): Promise<void> {
  await withinRevealLimit(ctx, actor, target, requestId, async () => undefined);
}

/**
 * Runs `work` (a room check, a lookup and its charge) after the account's other sealed lookups in
 * this process have settled, so that concurrent requests cannot all pass the room check and learn
 * more than the limit. (Across server processes they may still overlap: see the README.)
 */
export function sealedLookupsOf<T>(actor: SessionUser, work: () => Promise<T>): Promise<T> {
  return oneAtATime(`sealed:${actor.id}`, work);
}
