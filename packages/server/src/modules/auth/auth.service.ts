import { DomainError } from '@gridwork/core';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { writeAudit } from '../audit/audit.repository';
import { dummyHash, verifyPassword } from './password';
import { createSession, loadActor, newToken, type SessionUser } from './sessions.repository';
import { oneAtATime } from '../../lib/one-at-a-time';

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
async function reserveAttempt(ctx: AppContext, username: string, address: string, now: Date): Promise<number> {
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

/**
 * The address a sign-in is counted against: an IPv4 address as it is; an IPv6 address by its /64
 * network (one subscriber's prefix: a client changing its interface id keeps its count).
 */
export function addressKey(ip: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4) return v4[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** Password sign-in; the same generic error whether the user is unknown, inactive or the password wrong. */
export function login(
  ctx: AppContext,
  input: { username: string; password: string },
  address: string,
  requestId: string,
): Promise<{ token: string; user: SessionUser }> {
  const username = input.username.trim().toLowerCase();
  return oneAtATime(`sign-in:${username}`, () => attempt(ctx, { ...input, username }, addressKey(address), requestId));
}

async function attempt(
  ctx: AppContext,
  input: { username: string; password: string },
  address: string,
  requestId: string,
): Promise<{ token: string; user: SessionUser }> {
  const now = ctx.clock();
  const username = input.username;
  const reservation = await reserveAttempt(ctx, username, address, now);
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash()));
  if (!row?.active || !ok) {
    // the reservation stays as the failure; keep the table small: failures older than a day no longer count for anything
    await ctx.db
      .deleteFrom('login_failures')
      .where('username', '=', username)
      .where('at', '<', new Date(now.getTime() - 86_400_000))
      .execute();
    throw new DomainError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_failures').where('id', '=', reservation).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', row.id).where('expires_at', '<=', now).execute();
    await createSession(trx, row.id, token, now);
    await writeAudit(trx, { actorId: row.id, action: 'auth.login', entity: 'user', entityId: row.id, requestId });
  });
  return { token, user: await loadActor(ctx.db, row.id, row.username, row.display_name) };
}
