import { DomainError } from '@gridwork/core';
import type { AppContext } from '../../context';
import { writeAudit } from '../audit/audit.repository';
import { pruneFailures, releaseAttempt, reserveAttempt } from './lockout';
import { dummyHash, verifyPassword } from './password';
import { createSession, loadActor, newToken, type SessionUser } from './sessions.repository';
import { oneAtATime } from '../../lib/one-at-a-time';

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
  client: { address: string; userAgent: string | undefined },
  requestId: string,
): Promise<{ token: string; user: SessionUser }> {
  const username = input.username.trim().toLowerCase();
  const device = { address: addressKey(client.address), userAgent: client.userAgent };
  return oneAtATime(`sign-in:${username}`, () => attempt(ctx, { ...input, username }, device, requestId));
}

async function attempt(
  ctx: AppContext,
  input: { username: string; password: string },
  device: { address: string; userAgent: string | undefined },
  requestId: string,
): Promise<{ token: string; user: SessionUser }> {
  const now = ctx.clock();
  const username = input.username;
  const reservation = await reserveAttempt(ctx, username, device.address, now);
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash()));
  if (!row?.active || !ok) {
    // the reservation stays as the failure
    await pruneFailures(ctx, username, now);
    throw new DomainError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await releaseAttempt(trx, reservation);
    await trx.deleteFrom('sessions').where('user_id', '=', row.id).where('expires_at', '<=', now).execute();
    await createSession(trx, row.id, token, now, device.userAgent);
    await writeAudit(trx, { actorId: row.id, action: 'auth.login', entity: 'user', entityId: row.id, requestId });
  });
  return { token, user: await loadActor(ctx.db, row.id, row.username, row.display_name) };
}
