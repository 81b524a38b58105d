/**
 * The sign-in lockout (contract: more than 10 failed sign-ins for one username, or 100 from one address,
 * within 15 minutes → 429 TOO_MANY_ATTEMPTS). A wrong current password when changing one's own
 * password counts here too, so that form cannot be used to guess passwords.
 */
import { DomainError } from '@gridwork/core';
import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_USERNAME = 10;
const MAX_PER_ADDRESS = 100;

/**
 * Counts the attempt before the password is checked, atomically: under per-username and per-address
 * advisory locks (all server processes share them), the failures in the window are counted and, below
 * the limits, a failure row is reserved for this attempt. A right password deletes its reservation, so
 * N concurrent attempts can never check more than the limit's number of passwords. Within a process,
 * attempts on one username also wait for each other (`oneAtATime`), so concurrent right passwords are
 * never refused for each other's reservations.
 */
export async function reserveAttempt(ctx: AppContext, username: string, address: string, now: Date): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(1, hashtext(${username}))`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(2, hashtext(${address}))`.execute(trx);
    const since = new Date(now.getTime() - WINDOW_MS);
    const r = await trx
      .selectFrom('login_failures')
      .select([
        sql<number>`count(*) FILTER (WHERE username = ${username})::int`.as('byUser'),
        sql<number>`count(*) FILTER (WHERE address = ${address})::int`.as('byAddress'),
      ])
      .where('at', '>', since)
      .where((eb) => eb.or([eb('username', '=', username), eb('address', '=', address)]))
      .executeTakeFirstOrThrow();
    if (r.byUser >= MAX_PER_USERNAME || r.byAddress >= MAX_PER_ADDRESS) {
      throw new DomainError('TOO_MANY_ATTEMPTS', 'too many failed sign-ins; try again in 15 minutes');
    }
    const row = await trx.insertInto('login_failures').values({ username, address, at: now }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  });
}

/** A right password: its reservation no longer counts as a failure. */
export async function releaseAttempt(trx: Transaction<DB>, reservation: number): Promise<void> {
  await trx.deleteFrom('login_failures').where('id', '=', reservation).execute();
}

/** Keeps the table small: failures older than a day no longer count for anything. */
export async function pruneFailures(ctx: AppContext, username: string, now: Date): Promise<void> {
  await ctx.db
    .deleteFrom('login_failures')
    .where('username', '=', username)
    .where('at', '<', new Date(now.getTime() - 86_400_000))
    .execute();
}
