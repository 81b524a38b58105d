/**
 * C3 D10: sealed personal data (residents' ID numbers and phones, reporters' identities) is revealed
 * one record at a time, and one account may reveal at most the policy's `privacy.revealLimit` (count
 * per sliding window of minutes, the policy in force where the record lies). Counted from the audit
 * log under a per-account advisory lock, so concurrent reveals cannot pass the limit; a refusal is
 * audited (`reveal.refused`), and the first refusal of a window raises a `reveal-burst` notice to the
 * supervisors whose area holds the record.
 */
import { DomainError } from '@gridwork/core';
import { revealLimitOf, type PolicyValues } from '@gridwork/core/policy';
import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { deliverNotices, noticeRevealBurst } from '../notifications/notices';
import { findPolicyInForce } from '../policy/policy.repository';

export const REVEAL_ACTIONS = ['resident.reveal', 'case.reporter-reveal'] as const;

export interface RevealTarget {
  entity: 'resident' | 'case';
  entityId: number;
  /** What is revealed (`idNumber`, `phone`, `reporter`). */
  field: string;
  gridId: number;
  gridPath: string;
  topRegionId: number;
}

type Outcome<T> = { value: T } | { refused: { count: number; minutes: number } };

/** Runs `reveal` (which writes its own audit row in `trx`) unless the account has used up its reveals. */
export async function withinRevealLimit<T>(
  ctx: AppContext, actor: SessionUser, target: RevealTarget, requestId: string, reveal: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  let raised = false;
  const outcome: Outcome<T> = await ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(3, ${actor.id}::int)`.execute(trx);
    const policy = await findPolicyInForce(trx, parsePath(target.gridPath));
    const limit = revealLimitOf((policy?.values ?? {}) as PolicyValues);
    const used = await sql<{ revealed: number; refused: number }>`
      SELECT count(*) FILTER (WHERE action <> 'reveal.refused')::int AS revealed, count(*) FILTER (WHERE action = 'reveal.refused')::int AS refused
      FROM audit_log
      WHERE actor_id = ${actor.id}::int AND action IN ('resident.reveal', 'case.reporter-reveal', 'reveal.refused')
        AND at > now() - make_interval(mins => ${limit.minutes}::int)`.execute(trx);
    const { revealed, refused } = used.rows[0];
    if (revealed < limit.count) return { value: await reveal(trx) };
    await writeAudit(trx, {
      actorId: actor.id, action: 'reveal.refused', entity: target.entity, entityId: target.entityId, regionId: target.gridId,
      topRegionId: target.topRegionId, after: { field: target.field, limit: limit.count, minutes: limit.minutes }, requestId,
    });
    if (refused === 0) {
      const notices = await noticeRevealBurst(trx, {
        topRegionId: target.topRegionId, gridPath: target.gridPath, userId: actor.id, username: actor.username, displayName: actor.displayName,
        count: revealed, minutes: limit.minutes,
      }, ctx.clock());
      raised = notices.length > 0;
    }
    return { refused: limit };
  });
  if ('value' in outcome) return outcome.value;
  if (raised) await deliverNotices(ctx);
  const { count, minutes } = outcome.refused;
  throw new DomainError('REVEAL_LIMIT', `you have revealed ${count} sealed values within ${minutes} minutes, the most the policy allows; try again later`, { limit: count, minutes });
}
