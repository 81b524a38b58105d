/**
 * 我的账户 (issue 11 item 4): one's own name (versioned), password (the sign-in lockout counts wrong
 * current passwords) and sessions (登录设备: listed without their tokens, ended at once).
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';

const MINUTE = 60_000;
const NEW_PASSWORD = 'a-brand-new-secret-7';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

describe.each(DB_KINDS)('account API on %s', (kind) => {
  let t: TestApp;
  let now = new Date('2026-03-02T01:00:00Z').getTime();
  const clock = () => new Date(now);
  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
  });
  afterAll(() => t.close());

  /** A new session of `username` (its own token), opened from `userAgent`. */
  const signIn = async (username: string, userAgent = DESKTOP_UA, password = TEST_PASSWORD) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      headers: { 'user-agent': userAgent },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().token as string;
  };
  const as = (token: string, opts: InjectOptions) =>
    t.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), authorization: `Bearer ${token}` } });
  const me = (token: string) => as(token, { method: 'GET', url: '/api/v1/auth/me' });
  const changePassword = (token: string, payload: object) => as(token, { method: 'POST', url: '/api/v1/me/password', payload });
  const auditOf = (userId: number, action: string) =>
    t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'entity', 'entity_id', 'before', 'after'])
      .where('actor_id', '=', userId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const failuresOf = async (username: string) =>
    (await t.ctx.db.selectFrom('login_failures').select('id').where('username', '=', username).execute()).length;

  describe('profile', () => {
    it('GET /me gives the name with its version; PATCH trims it, bumps the version, audits, and /auth/me shows it at once', async () => {
      const token = await signIn('leader');
      expect((await me(token)).json().user.displayName).toBe('leader'); // cached now
      const profile = await as(token, { method: 'GET', url: '/api/v1/me' });
      expect(profile.json()).toEqual({
        id: t.fx.users.leader,
        username: 'leader',
        displayName: 'leader',
        version: 1,
        passwordIsDemo: false,
        mobileMasked: null,
      });
      const res = await as(token, { method: 'PATCH', url: '/api/v1/me', payload: { expectedVersion: 1, displayName: '  王网格长 ' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ displayName: '王网格长', version: 2 });
      expect((await me(token)).json().user.displayName).toBe('王网格长');
      const [audit] = await auditOf(t.fx.users.leader, 'user.profile-update');
      expect(audit).toMatchObject({ entity: 'user', entity_id: String(t.fx.users.leader) });
      expect(audit.before).toEqual({ displayName: 'leader' });
      expect(audit.after).toEqual({ displayName: '王网格长' });
    });

    it('a stale version is 409 VERSION_CONFLICT and changes nothing', async () => {
      const token = await signIn('station');
      const ok = await as(token, { method: 'PATCH', url: '/api/v1/me', payload: { expectedVersion: 1, displayName: '站务一' } });
      expect(ok.statusCode).toBe(200);
      const stale = await as(token, { method: 'PATCH', url: '/api/v1/me', payload: { expectedVersion: 1, displayName: '站务二' } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('VERSION_CONFLICT');
      expect((await as(token, { method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({ displayName: '站务一', version: 2 });
    });

    it.each([
      ['a blank name', { expectedVersion: 1, displayName: '   ' }, 'body.displayName'],
      ['an empty name', { expectedVersion: 1, displayName: '' }, 'body.displayName'],
      ['a name over 60 characters', { expectedVersion: 1, displayName: '名'.repeat(61) }, 'body.displayName'],
      ['no version', { displayName: '某人' }, 'body.expectedVersion'],
      ['a version of the wrong type', { expectedVersion: '1', displayName: '某人' }, 'body.expectedVersion'],
      ['an unknown field', { expectedVersion: 1, displayName: '某人', username: 'root' }, 'body.username'],
    ])('%s: 400 VALIDATION_FAILED naming the field, nothing changed', async (_label, payload, field) => {
      const token = await t.token('hotline');
      const res = await as(token, { method: 'PATCH', url: '/api/v1/me', payload });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect((await as(token, { method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({ displayName: 'hotline', version: 1 });
    });
  });

  describe('password', () => {
    it('success: 204, every other session ends at once, this one stays, the new password signs in and the old one not', async () => {
      const mine = await signIn('worker2', PHONE_UA);
      const other = await signIn('worker2', DESKTOP_UA);
      expect((await me(other)).statusCode).toBe(200); // cached as valid
      await t.ctx.db.updateTable('users').set({ password_is_demo: true }).where('id', '=', t.fx.users.worker2).execute();
      const res = await changePassword(mine, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(res.statusCode, res.body).toBe(204);
      expect((await me(other)).statusCode).toBe(401);
      expect((await me(mine)).statusCode).toBe(200);
      const profile = (await as(mine, { method: 'GET', url: '/api/v1/me' })).json();
      expect(profile).toMatchObject({ passwordIsDemo: false, version: 2 });
      const old = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'worker2', password: TEST_PASSWORD },
      });
      expect(old.statusCode).toBe(401);
      await signIn('worker2', DESKTOP_UA, NEW_PASSWORD);
      const [audit] = await auditOf(t.fx.users.worker2, 'user.password-change');
      expect(audit.after).toEqual({ password: '(changed)', otherSessionsEnded: 1 });
      // no password and no hash in the audit row
      const text = JSON.stringify(audit);
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toContain(TEST_PASSWORD);
      expect(text).not.toContain('scrypt$');
    });

    it('a wrong current password: 400 WRONG_PASSWORD on body.currentPassword, counted as a failed sign-in, nothing changed', async () => {
      const token = await signIn('supervisor');
      const before = await failuresOf('supervisor');
      const res = await changePassword(token, { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'WRONG_PASSWORD', details: [{ field: 'body.currentPassword' }] });
      expect(await failuresOf('supervisor')).toBe(before + 1);
      expect((await me(token)).statusCode).toBe(200);
      await signIn('supervisor'); // the old password still works
    });

    it('security: wrong current passwords share the sign-in lockout (10 per username in 15 minutes → 429 for both)', async () => {
      const token = await signIn('dept');
      for (let i = 0; i < 10; i++) {
        const res = await changePassword(token, { currentPassword: `guess-number-${i}`, newPassword: NEW_PASSWORD });
        expect(res.statusCode).toBe(400);
      }
      const locked = await changePassword(token, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'dept', password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(429);
      now += 16 * MINUTE;
      expect((await changePassword(token, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    });

    it.each([
      ['a new password under 10 characters', { currentPassword: TEST_PASSWORD, newPassword: 'short-pw1' }, 'body.newPassword'],
      ['the demo password', { currentPassword: TEST_PASSWORD, newPassword: 'gridwork-demo' }, 'body.newPassword'],
      ['a look-alike of the demo password', { currentPassword: TEST_PASSWORD, newPassword: 'GridWork_Dem0!' }, 'body.newPassword'],
      ['no current password', { newPassword: NEW_PASSWORD }, 'body.currentPassword'],
      ['an empty current password', { currentPassword: '', newPassword: NEW_PASSWORD }, 'body.currentPassword'],
      ['a password over 256 characters', { currentPassword: TEST_PASSWORD, newPassword: 'x'.repeat(257) }, 'body.newPassword'],
      ['an unknown field', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, userId: 1 }, 'body.userId'],
    ])('%s: 400 VALIDATION_FAILED naming the field, not counted, nothing changed', async (_label, payload, field) => {
      const token = await t.token('townofficer');
      const before = await failuresOf('townofficer');
      const res = await changePassword(token, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await failuresOf('townofficer')).toBe(before);
      expect((await as(token, { method: 'GET', url: '/api/v1/me' })).json().version).toBe(1);
    });

    it('a body that is not JSON, or not an object: 400, never 500', async () => {
      const token = await t.token('townofficer');
      for (const payload of ['{"currentPassword":', '[]', 'null']) {
        const res = await as(token, {
          method: 'POST',
          url: '/api/v1/me/password',
          payload,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, `${payload}: ${res.body}`).toBe(400);
      }
    });
  });

  describe('sessions (登录设备)', () => {
    it('lists only the caller’s live sessions with the device and `current`, never a token or its hash', async () => {
      const phone = await signIn('officer', PHONE_UA);
      now += MINUTE;
      const desktop = await signIn('officer', DESKTOP_UA);
      await signIn('lead'); // someone else's session is not listed
      const res = await as(desktop, { method: 'GET', url: '/api/v1/me/sessions' });
      expect(res.statusCode).toBe(200);
      const list = res.json() as Array<{ id: number; device: string | null; current: boolean; createdAt: string }>;
      const mine = await t.ctx.db.selectFrom('sessions').select(['id', 'token_hash']).where('user_id', '=', t.fx.users.officer).execute();
      expect(list.map((s) => s.id).sort()).toEqual(mine.map((s) => s.id).sort());
      expect(list[0]).toMatchObject({ device: 'Chrome 120 · Linux', current: true });
      expect(list.find((s) => s.device === 'Safari 17 · iPhone')?.current).toBe(false);
      expect(list.filter((s) => s.current)).toHaveLength(1);
      expect(list[0].createdAt).toMatch(/\+08:00$/);
      for (const row of mine) expect(res.body).not.toContain(row.token_hash);
      expect(res.body).not.toContain(phone);
      expect(res.body).not.toContain(desktop);
      expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'current', 'device', 'expiresAt', 'id', 'lastSeenAt']);
    });

    it('DELETE ends one of one’s own sessions at once; another user’s session id is 404 and stays', async () => {
      const mine = await signIn('townworker');
      const spare = await signIn('townworker', PHONE_UA);
      expect((await me(spare)).statusCode).toBe(200); // cached as valid
      const others = await signIn('worker1');
      const idOf = async (token: string) =>
        (await as(token, { method: 'GET', url: '/api/v1/me/sessions' })).json().find((s: { current: boolean }) => s.current).id as number;
      const spareId = await idOf(spare);
      const othersId = await idOf(others);
      const notMine = await as(mine, { method: 'DELETE', url: `/api/v1/me/sessions/${othersId}` });
      expect(notMine.statusCode).toBe(404);
      expect((await me(others)).statusCode).toBe(200);
      expect((await as(mine, { method: 'DELETE', url: '/api/v1/me/sessions/999999999' })).statusCode).toBe(404);
      expect((await as(mine, { method: 'DELETE', url: '/api/v1/me/sessions/not-a-number' })).statusCode).toBe(404);
      const ended = await as(mine, { method: 'DELETE', url: `/api/v1/me/sessions/${spareId}` });
      expect(ended.statusCode, ended.body).toBe(204);
      expect((await me(spare)).statusCode).toBe(401);
      expect((await me(mine)).statusCode).toBe(200);
      expect((await as(mine, { method: 'DELETE', url: `/api/v1/me/sessions/${spareId}` })).statusCode).toBe(404);
      const [audit] = await auditOf(t.fx.users.townworker, 'session.end');
      expect(audit).toMatchObject({ entity: 'session', entity_id: String(spareId) });
    });

    it('end-others ends every other session at once, says how many, and keeps this one', async () => {
      const a = await signIn('admin', PHONE_UA);
      const b = await signIn('admin');
      const c = await signIn('admin');
      expect((await me(b)).statusCode).toBe(200);
      expect((await me(c)).statusCode).toBe(200);
      const before = (await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', t.fx.users.admin).execute()).length;
      const res = await as(a, { method: 'POST', url: '/api/v1/me/sessions/end-others' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ ended: before - 1 });
      expect((await me(b)).statusCode).toBe(401);
      expect((await me(c)).statusCode).toBe(401);
      expect((await me(a)).statusCode).toBe(200);
      expect((await as(a, { method: 'GET', url: '/api/v1/me/sessions' })).json()).toHaveLength(1);
      const [audit] = await auditOf(t.fx.users.admin, 'session.end-others');
      expect(audit.after).toEqual({ ended: before - 1 });
    });

    it('last seen moves with use, at most once per 5 minutes', async () => {
      const token = await signIn('worker1');
      const seen = async () =>
        (await as(token, { method: 'GET', url: '/api/v1/me/sessions' })).json().find((s: { current: boolean }) => s.current)
          .lastSeenAt as string;
      const first = await seen();
      now += 2 * MINUTE;
      expect(await seen()).toBe(first);
      now += 4 * MINUTE;
      const later = await seen();
      expect(new Date(later).getTime()).toBe(now);
    });
  });

  it('every account route needs a session: 401 without one', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/me'],
      ['PATCH', '/api/v1/me'],
      ['POST', '/api/v1/me/password'],
      ['GET', '/api/v1/me/sessions'],
      ['DELETE', '/api/v1/me/sessions/1'],
      ['POST', '/api/v1/me/sessions/end-others'],
    ] as const) {
      expect((await t.app.inject({ method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} })).statusCode).toBe(401);
    }
  });
});
