import { DomainError } from '@gridwork/core';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { writeAudit } from '../audit/audit.repository';
import { dummyHash, verifyPassword } from './password';
import { createSession, loadActor, newToken, type SessionUser } from './sessions.repository';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_USERNAME = 10;
const MAX_PER_ADDRESS = 100;

async function checkRateLimit(ctx: AppContext, username: string, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const r = await ctx.db
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
}

/** Password sign-in; the same generic error whether the user is unknown, inactive or the password wrong. */
export async function login(
  ctx: AppContext,
  input: { username: string; password: string },
  address: string,
  requestId: string,
): Promise<{ token: string; user: SessionUser }> {
  const now = ctx.clock();
  const username = input.username.trim().toLowerCase();
  await checkRateLimit(ctx, username, address, now);
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyHash()));
  if (!row || !row.active || !ok) {
    await ctx.db.insertInto('login_failures').values({ username, address, at: now }).execute();
    // keep the table small: failures older than a day no longer count for anything
    await ctx.db.deleteFrom('login_failures').where('username', '=', username).where('at', '<', new Date(now.getTime() - 86_400_000)).execute();
    throw new DomainError('INVALID_CREDENTIALS', 'wrong username or password');
  }
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('user_id', '=', row.id).where('expires_at', '<=', now).execute();
    await createSession(trx, row.id, token, now);
    await writeAudit(trx, { actorId: row.id, action: 'auth.login', entity: 'user', entityId: row.id, requestId });
  });
  return { token, user: await loadActor(ctx.db, row.id, row.username, row.display_name) };
}
