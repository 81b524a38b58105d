import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { hashPassword } from './password';

const LOGIN = { method: 'POST' as const, url: '/api/v1/auth/login' };
const MINUTE = 60_000;

describe.each(DB_KINDS)('auth API on %s', (kind) => {
  let t: TestApp;
  let now = new Date('2026-03-02T01:00:00Z').getTime();
  const clock = () => new Date(now);
  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, remoteAddress?: string) =>
    t.app.inject({ ...LOGIN, payload: { username, password }, ...(remoteAddress ? { remoteAddress } : {}) });
  const failures = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('login_failures')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('login returns a token and the user with roles, and sets an HttpOnly SameSite cookie', async () => {
    const res = await login('worker1', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[\w-]{32,}$/);
    expect(body.user).toMatchObject({ id: t.fx.users.worker1, username: 'worker1', displayName: 'worker1' });
    expect(body.user.roles).toHaveLength(1);
    expect(body.user.roles[0]).toMatchObject({ role: 'grid-worker', regionId: t.fx.regions.g1.id });
    const cookie = res.cookies.find((c) => c.name === 'gw_session');
    expect(cookie).toBeDefined();
    expect(cookie!.value).toBe(body.token);
    expect(cookie!.httpOnly).toBe(true);
    expect(String(cookie!.sameSite).toLowerCase()).toMatch(/^(lax|strict)$/);
    expect(cookie!.path).toBe('/');
    // the password and its hash are never echoed
    expect(res.body).not.toContain(TEST_PASSWORD);
    expect(res.body).not.toContain('scrypt$');
  });

  it('the session cookie alone authenticates /auth/me, which returns the same user', async () => {
    const res = await login('lead', TEST_PASSWORD);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { gw_session: res.json().token } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toEqual(res.json().user);
  });

  it('the bearer token works, and a made-up token does not', async () => {
    const me = await t.call('officer', { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ username: 'officer', roles: [{ role: 'street-officer', regionId: t.fx.regions.street.id }] });
    const grids = await t.call('officer', { method: 'GET', url: '/api/v1/grids' });
    expect(grids.statusCode).toBe(200);
    const fake = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer not-a-real-token' } });
    expect(fake.statusCode).toBe(401);
    expect(fake.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('A7.2 C5.1 A9.4 menu and intake abilities: the due list for those bound to a grid', async () => {
    // … the monthly analysis from the grid leader up, Open311 clients for admins, the intake source and confidential reporters
    const expected: Record<
      string,
      { dueVisits: boolean; monthlyAnalysis: boolean; manageOpen311: boolean; intakeSource: string; confidentialIntake: boolean }
    > = {
      worker1: { dueVisits: true, monthlyAnalysis: false, manageOpen311: false, intakeSource: 'field', confidentialIntake: false },
      leader: { dueVisits: true, monthlyAnalysis: true, manageOpen311: false, intakeSource: 'field', confidentialIntake: false },
      station: { dueVisits: false, monthlyAnalysis: true, manageOpen311: false, intakeSource: 'walk-in', confidentialIntake: false },
      lead: { dueVisits: false, monthlyAnalysis: true, manageOpen311: false, intakeSource: 'walk-in', confidentialIntake: false },
      hotline: { dueVisits: false, monthlyAnalysis: true, manageOpen311: false, intakeSource: 'hotline', confidentialIntake: true },
      admin: { dueVisits: false, monthlyAnalysis: true, manageOpen311: true, intakeSource: 'walk-in', confidentialIntake: false },
    };
    for (const [username, abilities] of Object.entries(expected)) {
      expect((await t.call(username, { method: 'GET', url: '/api/v1/auth/me' })).json().user.abilities, username).toMatchObject(abilities);
    }
    // the Open311 clients page answers as the ability says
    expect((await t.call('admin', { method: 'GET', url: '/api/v1/open311/clients' })).statusCode).toBe(200);
    expect((await t.call('lead', { method: 'GET', url: '/api/v1/open311/clients' })).statusCode).toBe(403);
  });

  it('A11.1 A7.2 household abilities follow the household permissions: readers, editors', async () => {
    // … and compliance for readers above the grid level and grid leaders
    const expected: Record<string, { households: boolean; householdEdit: boolean; visitCompliance: boolean }> = {
      worker1: { households: true, householdEdit: true, visitCompliance: false },
      leader: { households: true, householdEdit: true, visitCompliance: true },
      lead: { households: true, householdEdit: true, visitCompliance: true },
      station: { households: true, householdEdit: true, visitCompliance: true },
      supervisor: { households: true, householdEdit: false, visitCompliance: true },
      hotline: { households: false, householdEdit: false, visitCompliance: false },
      dept: { households: false, householdEdit: false, visitCompliance: false },
    };
    for (const [username, abilities] of Object.entries(expected)) {
      const me = await t.call(username, { method: 'GET', url: '/api/v1/auth/me' });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.abilities, username).toMatchObject(abilities);
      // the household list answers as the ability says (403 without it)
      const list = await t.call(username, { method: 'GET', url: '/api/v1/households' });
      expect(list.statusCode, username).toBe(abilities.households ? 200 : 403);
    }
    // A11.1 the grid leader's compliance: their grid answers, a neighbouring one is out of scope
    const own = await t.call('leader', { method: 'GET', url: `/api/v1/visits/compliance?regionId=${t.fx.regions.g1.id}&date=2026-11-02` });
    expect(own.statusCode, own.body).toBe(200);
    expect(
      (await t.call('leader', { method: 'GET', url: `/api/v1/visits/compliance?regionId=${t.fx.regions.g2.id}&date=2026-11-02` }))
        .statusCode,
    ).toBe(404);
    // login's user carries the same abilities
    const login = await t.app.inject({ ...LOGIN, payload: { username: 'station', password: TEST_PASSWORD } });
    expect(login.json().user.abilities).toMatchObject(expected.station);
  });

  it('wrong password and unknown user both give 401 INVALID_CREDENTIALS with the same message', async () => {
    const before = await failures();
    const wrong = await login('station', 'not-the-password');
    const unknown = await login('nobody-here', TEST_PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(res.cookies.find((c) => c.name === 'gw_session')).toBeUndefined();
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.message).not.toMatch(/station|nobody|exist|unknown/i);
    expect(await failures()).toBe(before + 2);
  });

  it('more than 10 failed logins for one username within 15 minutes → 429 TOO_MANY_ATTEMPTS, even with the right password', async () => {
    // … until the window passes
    const start = now;
    for (let i = 1; i <= 10; i++) {
      const res = await login('hotline', `wrong-${i}-password`);
      expect(res.statusCode, `attempt ${i}`).toBe(401);
      expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await login('hotline', TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.cookies.find((c) => c.name === 'gw_session')).toBeUndefined();
    // other usernames from the same address are not affected
    expect((await login('supervisor', TEST_PASSWORD)).statusCode).toBe(200);
    // still locked 1 ms before the failures leave the 15-minute window, open just after
    now = start + 15 * MINUTE - 1;
    expect((await login('hotline', TEST_PASSWORD)).statusCode).toBe(429);
    now = start + 15 * MINUTE + 1;
    const ok = await login('hotline', TEST_PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.username).toBe('hotline');
  });

  it('security: 61 concurrent attempts check at most 10 passwords (the attempt is counted before the password)', async () => {
    // … the right one among them or not
    const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
    await t.ctx.db
      .insertInto('users')
      .values({ username: 'racer', display_name: 'racer', password_hash: passwordHash, updated_at: new Date() })
      .execute();
    const attempts = [...Array.from({ length: 60 }, (_, i) => `wrong-${i}-password`), TEST_PASSWORD];
    const results = await Promise.all(attempts.map((pw) => login('racer', pw, '192.0.2.61')));
    const statuses = results.map((r) => r.statusCode);
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    expect(checked).toBe(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(51);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    const rows = await t.ctx.db.selectFrom('login_failures').select('id').where('username', '=', 'racer').execute();
    expect(rows.length).toBe(10 - statuses.filter((s) => s === 200).length);
    // and the limit holds afterwards, for the right password too
    expect((await login('racer', TEST_PASSWORD, '192.0.2.62')).statusCode).toBe(statuses.includes(200) ? 200 : 429);
  });

  it('20 concurrent sign-ins with the right password all succeed (an attempt in flight is not a failure for the next)', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => login('leader', TEST_PASSWORD, '192.0.2.20')));
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(await t.ctx.db.selectFrom('login_failures').select('id').where('username', '=', 'leader').execute()).toEqual([]);
  });

  it('100 failed logins from one address → 429 for any other username from that address, not from others', async () => {
    // ten throwaway accounts with cheap hashes, ten wrong passwords each: 100 failures, no username over its limit
    const passwordHash = await hashPassword('rate-limit-pw', 1024);
    await t.ctx.db
      .insertInto('users')
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          username: `rl${i}`,
          display_name: `rl${i}`,
          password_hash: passwordHash,
          updated_at: new Date(),
        })),
      )
      .execute();
    const address = '203.0.113.7';
    for (let i = 0; i < 100; i++) {
      const res = await login(`rl${i % 10}`, `wrong-${i}`, address);
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    const blocked = await login('dept', TEST_PASSWORD, address);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login('dept', TEST_PASSWORD, '198.51.100.1')).statusCode).toBe(200);
  });

  it('logout invalidates the token at once and clears the cookie', async () => {
    const token = (await login('leader', TEST_PASSWORD)).json().token;
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'gw_session');
    expect(cleared?.value ?? '').toBe('');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('UNAUTHENTICATED');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/grids', cookies: { gw_session: token } })).statusCode).toBe(401);
  });

  it('security: a write carried by the session cookie from another site is refused (403 CROSS_SITE_REQUEST)', async () => {
    // … nothing changed; same-origin and bearer writes pass
    const token = (await login('lead', TEST_PASSWORD)).json().token;
    const body = { gridId: t.fx.regions.g1.id, address: '跨站测试路1号' };
    const households = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('households')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await households();
    for (const site of ['cross-site', 'same-site']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        payload: body,
        cookies: { gw_session: token },
        headers: { 'sec-fetch-site': site },
      });
      expect(res.statusCode, site).toBe(403);
      expect(res.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    expect(await households()).toBe(before);
    // reads stay possible (a link from elsewhere opens the app), same-origin writes and bearer writes pass
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          cookies: { gw_session: token },
          headers: { 'sec-fetch-site': 'cross-site' },
        })
      ).statusCode,
    ).toBe(200);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/v1/households',
      payload: body,
      cookies: { gw_session: token },
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(same.statusCode, same.body).toBe(201);
    const bearer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/households',
      payload: body,
      headers: { authorization: `Bearer ${token}`, 'sec-fetch-site': 'cross-site' },
    });
    expect(bearer.statusCode, bearer.body).toBe(201);
  });

  it('security: a change sent from a page opened by another user is refused (409 SESSION_USER_CHANGED) and writes nothing', async () => {
    // the browser's tabs share the cookie: a tab opened by lead sends X-Expected-User=lead after worker1 signed in elsewhere
    const lead = (await login('lead', TEST_PASSWORD)).json();
    const worker = (await login('worker1', TEST_PASSWORD)).json();
    const body = { gridId: t.fx.regions.g1.id, address: '换人测试路2号' };
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('households')
            .where('address', '=', body.address)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const post = (token: string, expected?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        payload: body,
        cookies: { gw_session: token },
        headers: expected === undefined ? {} : { 'x-expected-user': expected },
      });
    const changed = await post(worker.token, String(lead.user.id));
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('SESSION_USER_CHANGED');
    for (const odd of ['', 'abc', `${lead.user.id} `, '0'])
      expect((await post(worker.token, odd)).json().error?.code, JSON.stringify(odd)).toBe('SESSION_USER_CHANGED');
    expect(await count()).toBe(0);
    // reads are not checked; the right user, and a client that names nobody, pass
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { gw_session: worker.token },
      headers: { 'x-expected-user': String(lead.user.id) },
    });
    expect(me.statusCode).toBe(200);
    expect((await post(lead.token, String(lead.user.id))).statusCode).toBe(201);
    expect((await post(lead.token)).statusCode).toBe(201);
    expect(await count()).toBe(2);
  });

  it('security: an encoded path reaches the route and still needs a session (401)', async () => {
    for (const url of ['/%61pi/v1/users', '/api/v1/%75sers', '/api/v1/users/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('every /api route without a token → 401 UNAUTHENTICATED (except sign-in, sign-out, meta and calendar feeds)', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    // a calendar feed's secret address is its credential (calendar apps cannot sign in)
    const publicPaths = new Set(['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/meta', '/api/v1/calendar-feeds/{file}']);
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
      if (!path.startsWith('/api/') || publicPaths.has(path)) continue;
      for (const method of Object.keys(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const url = path.replace(/\{[^}]+\}/g, '1');
        const res = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          payload: method === 'get' || method === 'delete' ? undefined : {},
        });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.json().error.code, `${method} ${url}`).toBe('UNAUTHENTICATED');
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
    expect(checked).toEqual(
      expect.arrayContaining(['get /api/v1/auth/me', 'post /api/v1/grids/geojson', 'put /api/v1/policy', 'post /api/v1/users']),
    );
  });

  it('a deactivated user cannot sign in, and their open session stops working', async () => {
    const token = (await login('townworker', TEST_PASSWORD)).json().token;
    const res = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${t.fx.users.townworker}`,
      payload: { expectedVersion: 1, active: false },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    const again = await login('townworker', TEST_PASSWORD);
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: (await login('nobody-here', TEST_PASSWORD)).json().error.message,
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(401);
  });
});
