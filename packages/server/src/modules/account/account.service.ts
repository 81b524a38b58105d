/**
 * 我的账户 (issue 11 item 4): one's own name, password and sessions. Every change is audited in its
 * transaction; a change to sessions or names drops the actor cache at once (other processes within 1.5 s).
 */
import { DomainError } from '@gridwork/core';
import type { AppContext } from '../../context';
import { oneAtATime } from '../../lib/one-at-a-time';
import { isoShanghai } from '../../lib/time';
import { describeUserAgent } from '../../lib/user-agent';
import { writeAudit } from '../audit/audit.repository';
import { addressKey } from '../auth/auth.service';
import { pruneFailures, releaseAttempt, reserveAttempt } from '../auth/lockout';
import { assertNewPassword, hashPassword, verifyPassword } from '../auth/password';
import {
  deleteOtherSessions,
  deleteOwnSession,
  findOwnSession,
  hashToken,
  listLiveSessions,
  type SessionUser,
} from '../auth/sessions.repository';
import * as repo from './account.repository';
import { maskedMobile, parseMobile } from './mobile';
import type { ChangePasswordBody, Profile, SessionRecord, UpdateProfileBody } from './account.schemas';

/** Who is asking, and through which session (the one that stays when the others end). */
export interface Caller {
  actor: SessionUser;
  token: string;
  address: string;
  requestId: string;
}

export async function getProfile(ctx: AppContext, actor: SessionUser): Promise<Profile> {
  const row = await repo.findProfile(ctx.db, actor.id);
  if (!row) throw new DomainError('NOT_FOUND', `user ${actor.id} not found`);
  const { mobileEnc, ...rest } = row;
  return { ...rest, mobileMasked: maskedMobile(ctx.sealed, mobileEnc) };
}

export async function updateProfile(ctx: AppContext, c: Caller, body: UpdateProfileBody): Promise<Profile> {
  const displayName = body.displayName.trim();
  if (displayName === '') {
    throw new DomainError('VALIDATION_FAILED', 'the name may not be blank', [
      { field: 'body.displayName', message: 'blank', problem: 'blank' },
    ]);
  }
  const mobile = parseMobile(body.mobile);
  if (mobile && !ctx.sealed.available) throw new DomainError('VALIDATION_FAILED', 'no data key is configured to seal a mobile number');
  const before = await getProfile(ctx, c.actor);
  // the audit row tells only that the number was set or cleared, never the number (nor its mask)
  const mobileChange = mobile === undefined ? {} : { mobile: mobile ? '(set)' : '(cleared)' };
  const mobileBefore = mobile === undefined ? {} : { mobile: before.mobileMasked ? '(set)' : '(none)' };
  await ctx.db.transaction().execute(async (trx) => {
    const mobileEnc = mobile === undefined ? undefined : mobile === null ? null : ctx.sealed.seal('phone', mobile);
    await repo.updateProfile(trx, c.actor.id, body.expectedVersion, { name: displayName, mobileEnc }, ctx.clock());
    await writeAudit(trx, {
      actorId: c.actor.id,
      action: 'user.profile-update',
      entity: 'user',
      entityId: c.actor.id,
      before: { displayName: before.displayName, ...mobileBefore },
      after: { displayName, ...mobileChange },
      requestId: c.requestId,
    });
  });
  ctx.invalidateActors();
  return getProfile(ctx, c.actor);
}

/**
 * A new password after the current one: a wrong current password is a failed sign-in for the lockout
 * (reserved before the check, as at sign-in: the form cannot be used to guess). On success every other
 * session of the user ends at once; this one stays.
 */
export async function changePassword(ctx: AppContext, c: Caller, body: ChangePasswordBody): Promise<void> {
  assertNewPassword(body.newPassword, false, 'body.newPassword');
  await oneAtATime(`sign-in:${c.actor.username}`, async () => {
    const now = ctx.clock();
    const reservation = await reserveAttempt(ctx, c.actor.username, addressKey(c.address), now);
    const stored = await repo.findPasswordHash(ctx.db, c.actor.id);
    const ok = stored !== null && (await verifyPassword(body.currentPassword, stored));
    if (!ok) {
      await pruneFailures(ctx, c.actor.username, now);
      throw new DomainError('WRONG_PASSWORD', 'the current password is wrong', [
        { field: 'body.currentPassword', message: 'wrong password', problem: 'wrong-password' },
      ]);
    }
    const newHash = await hashPassword(body.newPassword);
    await ctx.db.transaction().execute(async (trx) => {
      await releaseAttempt(trx, reservation);
      await repo.replacePassword(trx, c.actor.id, stored, newHash, now);
      const ended = await deleteOtherSessions(trx, c.actor.id, hashToken(c.token), now);
      await writeAudit(trx, {
        actorId: c.actor.id,
        action: 'user.password-change',
        entity: 'user',
        entityId: c.actor.id,
        after: { password: '(changed)', otherSessionsEnded: ended },
        requestId: c.requestId,
      });
    });
  });
  ctx.invalidateActors();
}

export async function listSessions(ctx: AppContext, c: Pick<Caller, 'actor' | 'token'>): Promise<SessionRecord[]> {
  const rows = await listLiveSessions(ctx.db, c.actor.id, hashToken(c.token), ctx.clock());
  return rows.map((r) => ({
    id: r.id,
    createdAt: isoShanghai(r.createdAt),
    lastSeenAt: isoShanghai(r.lastSeenAt),
    expiresAt: isoShanghai(r.expiresAt),
    device: describeUserAgent(r.userAgent),
    current: r.current,
  }));
}

/** 404 unless the id is one of the caller's own live sessions (another user's session does not exist for them). */
export async function assertOwnSession(ctx: AppContext, actor: SessionUser, id: number): Promise<void> {
  if (!(await findOwnSession(ctx.db, actor.id, id, ctx.clock()))) throw new DomainError('NOT_FOUND', `session ${id} not found`);
}

export async function endSession(ctx: AppContext, c: Caller, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if ((await deleteOwnSession(trx, c.actor.id, id)) === 0) throw new DomainError('NOT_FOUND', `session ${id} not found`);
    await writeAudit(trx, { actorId: c.actor.id, action: 'session.end', entity: 'session', entityId: id, requestId: c.requestId });
  });
  ctx.invalidateActors();
}

export async function endOtherSessions(ctx: AppContext, c: Caller): Promise<{ ended: number }> {
  const ended = await ctx.db.transaction().execute(async (trx) => {
    const n = await deleteOtherSessions(trx, c.actor.id, hashToken(c.token), ctx.clock());
    await writeAudit(trx, {
      actorId: c.actor.id,
      action: 'session.end-others',
      entity: 'user',
      entityId: c.actor.id,
      after: { ended: n },
      requestId: c.requestId,
    });
    return n;
  });
  ctx.invalidateActors();
  return { ended };
}
