import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const PASSWORD = 'a-new-password-42';

describe.each(DB_KINDS)('users API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const create = (user: string, payload: object) => t.call(user, { method: 'POST', url: '/api/v1/users', payload });
  const assign = (user: string, id: number, role: string, regionId: number) =>
    t.call(user, { method: 'POST', url: `/api/v1/users/${id}/roles`, payload: { role, regionId } });
  const signIn = async (username: string, password = PASSWORD) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    expect(res.statusCode, res.body).toBe(200);
    return { authorization: `Bearer ${res.json().token}` };
  };
  const userRows = async () => t.ctx.db.selectFrom('users').select(['id', 'username', 'version', 'active']).orderBy('id').execute();
  const roleRows = async () => t.ctx.db.selectFrom('role_assignments').select(['user_id', 'role', 'region_id']).orderBy('id').execute();

  it('an admin lists everyone with their roles', async () => {
    const res = await t.call('admin', { method: 'GET', url: '/api/v1/users' });
    expect(res.statusCode).toBe(200);
    const users = res.json() as Array<{ username: string; roles: Array<{ role: string; regionId: number }>; abilities: object }>;
    expect(users.length).toBeGreaterThanOrEqual(12);
    expect(users.find((u) => u.username === 'worker1')).toMatchObject({
      active: true,
      version: 1,
      roles: [{ role: 'grid-worker', regionId: t.fx.regions.g1.id }],
      abilities: { update: true, assignRoles: true },
    });
    expect(res.body).not.toMatch(/scrypt|password/i);
  });

  it('an admin creates a user and makes them a grid worker; they sign in and see that grid only', async () => {
    const created = await create('admin', { username: 'newworker', displayName: '新网格员', password: PASSWORD });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'newworker', displayName: '新网格员', active: true, version: 1, roles: [] });
    expect(created.body).not.toContain(PASSWORD);
    const id = created.json().id;
    const assigned = await assign('admin', id, 'grid-worker', t.fx.regions.g2.id);
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().roles).toMatchObject([{ role: 'grid-worker', regionId: t.fx.regions.g2.id, regionName: '一社区第二网格' }]);
    const headers = await signIn('newworker');
    const grids = await t.app.inject({ method: 'GET', url: '/api/v1/grids', headers });
    expect(grids.json().map((g: { id: number }) => g.id)).toEqual([t.fx.regions.g2.id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/regions/${t.fx.regions.g1.id}`, headers })).statusCode).toBe(404);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'role.assign', 'auth.login']);
  });

  it('a role bound to the wrong kind of region → 400 and nothing stored (grid worker at a street, lead at a grid)', async () => {
    const roles = await roleRows();
    for (const [role, regionId] of [
      ['grid-worker', t.fx.regions.street.id],
      ['community-lead', t.fx.regions.g1.id],
      ['street-officer', t.fx.regions.town.id],
    ] as const) {
      const res = await assign('admin', t.fx.users.worker2, role, regionId);
      expect(res.statusCode, role).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details[0].field).toBe('body.regionId');
    }
    const unknown = await assign('admin', t.fx.users.worker2, 'mayor', t.fx.regions.street.id);
    expect(unknown.statusCode).toBe(400);
    expect(await roleRows()).toEqual(roles);
  });

  it('B2 the marketing preset adds its roles through the role list', async () => {
    // … bound only where the marketing preset governs (400 elsewhere, nothing stored)
    const roles = await roleRows();
    for (const role of ['grid-manager', 'customer-rep', 'sales-rep', 'installer']) {
      const res = await assign('admin', t.fx.users.worker2, role, t.fx.regions.g1.id);
      expect(res.statusCode, role).toBe(400);
      expect(res.json().error.details[0]).toEqual({ field: 'body.regionId', message: expect.stringContaining('community') });
    }
    expect(await roleRows()).toEqual(roles);
    // grid-office (A6) is a role of every preset: the admin binds it to the street
    const { id } = (await create('admin', { username: 'office-a6', displayName: '网格办 A6', password: PASSWORD })).json();
    const res = await assign('admin', id, 'grid-office', t.fx.regions.street.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (await t.call('admin', { method: 'GET', url: '/api/v1/users' })).json().find((u: { id: number }) => u.id === id).roles[0].role,
    ).toBe('grid-office');
  });
  it('an officer assigns roles below their street, not at it, not outside it, and never admin', async () => {
    const id = (await create('admin', { username: 'helper', displayName: '协管员', password: PASSWORD })).json().id;
    // a user without a role is outside the officer's area until the admin places them there
    expect((await assign('officer', id, 'grid-worker', t.fx.regions.c2g1.id)).statusCode).toBe(404);
    expect((await assign('admin', id, 'grid-worker', t.fx.regions.c2g1.id)).statusCode).toBe(200);
    const lead = await assign('officer', id, 'community-lead', t.fx.regions.c2.id);
    expect(lead.statusCode).toBe(200);
    expect(lead.json().roles).toMatchObject([
      { role: 'grid-worker' },
      { role: 'community-lead', regionId: t.fx.regions.c2.id, removable: true },
    ]);
    const roles = await roleRows();
    const refused: Array<[string, number, number]> = [
      ['admin', t.fx.regions.street.id, 403],
      ['street-officer', t.fx.regions.street.id, 403],
      ['hotline-operator', t.fx.regions.street.id, 403],
      ['supervisor', t.fx.regions.c2.id, 403],
      ['grid-worker', t.fx.regions.tg1.id, 404], // the town is outside the officer's scope
      ['town-officer', t.fx.regions.town.id, 404],
    ];
    for (const [role, regionId, status] of refused) {
      const res = await assign('officer', id, role, regionId);
      expect(res.statusCode, role).toBe(status);
    }
    // the lead of community 1 does not see a user of community 2
    expect((await assign('lead', id, 'grid-leader', t.fx.regions.g1.id)).statusCode).toBe(404);
    expect(await roleRows()).toEqual(roles);
    // the officer now sees the helper in the people list
    const list = (await t.call('officer', { method: 'GET', url: '/api/v1/users' })).json();
    expect(list.map((u: { username: string }) => u.username)).toContain('helper');
    expect(list.map((u: { username: string }) => u.username)).not.toContain('townworker');
  });

  it('security: nobody grants themself a role', async () => {
    // … an officer cannot make anyone a supervisor or reach another town (403 before nothing is stored)
    const roles = await roleRows();
    for (const [user, role, region] of [
      ['officer', 'supervisor', 'street'],
      ['officer', 'community-lead', 'c1'],
      ['officer', 'grid-worker', 'g1'],
      ['admin', 'supervisor', 'street'],
      ['lead', 'grid-leader', 'g1'],
      ['townofficer', 'community-lead', 'tc1'],
    ] as const) {
      const res = await assign(user, t.fx.users[user], role, t.fx.regions[region].id);
      expect(res.statusCode, `${user} ${role}`).toBe(403);
      expect(res.json().error.code).toBe('SELF_GRANT');
    }
    const notGrantable: Array<[string, string, string, string]> = [
      ['officer', 'worker1', 'supervisor', 'street'],
      ['officer', 'worker1', 'admin', 'street'],
      ['officer', 'worker1', 'hotline-operator', 'street'],
      ['lead', 'worker1', 'community-lead', 'c1'],
      ['lead', 'worker1', 'grid-worker', 'g2'],
      ['station', 'worker1', 'grid-leader', 'g1'],
      ['leader', 'worker1', 'grid-leader', 'g1'],
      ['supervisor', 'worker1', 'grid-worker', 'g2'],
      ['hotline', 'worker1', 'grid-worker', 'g2'],
    ];
    for (const [user, target, role, region] of notGrantable) {
      const res = await assign(user, t.fx.users[target], role, t.fx.regions[region].id);
      expect(res.statusCode, `${user} → ${role}`).toBe(403);
      expect(res.json().error.code).toBe('ROLE_NOT_GRANTABLE');
    }
    // out of scope: the target user (a town worker) is 404 for the street officer, whatever the role or region
    for (const [role, region] of [
      ['grid-worker', 'g1'],
      ['supervisor', 'street'],
    ] as const) {
      const res = await assign('officer', t.fx.users.townworker, role, t.fx.regions[region].id);
      expect(res.statusCode).toBe(404);
    }
    expect((await assign('townofficer', t.fx.users.worker1, 'grid-worker', t.fx.regions.tg1.id)).statusCode).toBe(404);
    expect(await roleRows()).toEqual(roles);
  });

  it('A8.3 a community grid lead appoints workstation staff and grid leaders in the community', async () => {
    // … and takes back only what they may give
    const leader = await assign('lead', t.fx.users.worker1, 'grid-leader', t.fx.regions.g2.id);
    expect(leader.statusCode, leader.body).toBe(200);
    const granted = leader.json().roles.find((r: { role: string }) => r.role === 'grid-leader');
    expect(granted).toMatchObject({ regionId: t.fx.regions.g2.id, removable: true });
    expect(leader.json().roles.find((r: { role: string }) => r.role === 'grid-worker')).toMatchObject({ removable: false });
    expect(leader.json().abilities).toMatchObject({ assignRoles: true, grantableRoles: ['workstation-staff', 'grid-leader'] });
    // the lead cannot take back the worker's grid-worker role (an officer's grant), nor their own role
    const workerRole = leader.json().roles.find((r: { role: string }) => r.role === 'grid-worker').id;
    expect(
      (await t.call('lead', { method: 'DELETE', url: `/api/v1/users/${t.fx.users.worker1}/roles/${workerRole}` })).json().error.code,
    ).toBe('ROLE_NOT_GRANTABLE');
    const own = (await t.call('lead', { method: 'GET', url: `/api/v1/users` }))
      .json()
      .find((u: { username: string }) => u.username === 'lead');
    expect(own.abilities).toMatchObject({ assignRoles: false, grantableRoles: [] });
    const ownRemove = await t.call('lead', { method: 'DELETE', url: `/api/v1/users/${t.fx.users.lead}/roles/${own.roles[0].id}` });
    expect(ownRemove.json().error.code).toBe('SELF_GRANT');
    const removed = await t.call('lead', { method: 'DELETE', url: `/api/v1/users/${t.fx.users.worker1}/roles/${granted.id}` });
    expect(removed.statusCode).toBe(200);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(t.fx.users.worker1))
      .orderBy('id')
      .execute();
    expect(audit.filter((a) => a.action.startsWith('role.'))).toEqual([
      { action: 'role.assign', actor_id: t.fx.users.lead },
      { action: 'role.remove', actor_id: t.fx.users.lead },
    ]);
  });

  it('security: a deactivated account gets no new role (409 USER_INACTIVE)', async () => {
    const id = (await create('admin', { username: 'retired', displayName: '已离职', password: PASSWORD })).json().id;
    await assign('admin', id, 'grid-worker', t.fx.regions.g2.id);
    const off = await t.call('admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { expectedVersion: 1, active: false } });
    expect(off.statusCode, off.body).toBe(200);
    const roles = await roleRows();
    for (const user of ['admin', 'officer', 'lead']) {
      const res = await assign(user, id, 'grid-leader', t.fx.regions.g2.id);
      expect(res.statusCode, user).toBe(409);
      expect(res.json().error.code).toBe('USER_INACTIVE');
    }
    expect(await roleRows()).toEqual(roles);
  });

  it('security: a grant racing a deactivation never lands after it (the account is read again under its row lock)', async () => {
    for (let i = 0; i < 8; i++) {
      const id = (await create('admin', { username: `racer${i}`, displayName: '赛跑', password: PASSWORD })).json().id;
      await assign('admin', id, 'grid-worker', t.fx.regions.g2.id);
      const [off, grant] = await Promise.all([
        t.call('admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { expectedVersion: 1, active: false } }),
        assign('officer', id, 'grid-leader', t.fx.regions.g2.id),
      ]);
      expect(off.statusCode, off.body).toBe(200);
      expect([200, 201, 409], grant.body).toContain(grant.statusCode);
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .select(['id', 'action'])
        .where('entity', '=', 'user')
        .where('entity_id', '=', id)
        .where('action', 'in', ['user.update', 'role.assign'])
        .orderBy('id')
        .execute();
      const deactivated = audit.find((a) => a.action === 'user.update')!.id;
      const granted = audit.filter((a) => a.action === 'role.assign').map((a) => a.id);
      // the first role.assign is the grid-worker role given before; a grid-leader grant, if any, came before the deactivation
      expect(
        granted.slice(1).every((g) => g < deactivated),
        JSON.stringify(audit),
      ).toBe(true);
      if (grant.statusCode === 409) expect(grant.json().error.code).toBe('USER_INACTIVE');
    }
  });

  it("security: a role outside the caller's area is neither shown nor removable (404)", async () => {
    const id = (await create('admin', { username: 'twohats', displayName: '两地', password: PASSWORD })).json().id;
    await assign('admin', id, 'grid-worker', t.fx.regions.g1.id);
    const townRole = (await assign('admin', id, 'grid-worker', t.fx.regions.tg1.id))
      .json()
      .roles.find((r: { regionId: number }) => r.regionId === t.fx.regions.tg1.id).id;
    const seen = (await t.call('officer', { method: 'GET', url: '/api/v1/users' }))
      .json()
      .find((u: { username: string }) => u.username === 'twohats');
    expect(seen.roles.map((r: { regionId: number }) => r.regionId)).toEqual([t.fx.regions.g1.id]);
    const res = await t.call('officer', { method: 'DELETE', url: `/api/v1/users/${id}/roles/${townRole}` });
    expect(res.statusCode).toBe(404);
    expect((await roleRows()).filter((r) => r.user_id === id)).toHaveLength(2);
  });

  it('bad input changes nothing: duplicate username 409, invalid fields 400, the demo password 400 outside demo mode', async () => {
    const users = await userRows();
    const dup = await create('admin', { username: 'worker1', displayName: '重名', password: PASSWORD });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ALREADY_EXISTS');
    const invalid: object[] = [
      { username: 'Bad Name', displayName: 'x', password: PASSWORD },
      { username: 'shortpw', displayName: 'x', password: 'short' },
      { username: 'noname', displayName: '', password: PASSWORD },
      { username: 'extra', displayName: 'x', password: PASSWORD, role: 'admin' },
      { username: 'demo-pw', displayName: 'x', password: 'gridwork-demo' },
    ];
    for (const payload of invalid) {
      const res = await create('admin', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.body).not.toContain(PASSWORD);
    }
    const demo = await create('admin', { username: 'demo-pw', displayName: 'x', password: 'gridwork-demo' });
    expect(demo.json().error.details).toEqual([{ field: 'body.password', message: expect.any(String), problem: 'demo-password' }]);
    const patchDemo = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${t.fx.users.dept}`,
      payload: { expectedVersion: 1, password: 'gridwork-demo' },
    });
    expect(patchDemo.statusCode).toBe(400);
    expect(await userRows()).toEqual(users);
  });

  it('security: outside demo mode the demo password is refused in every form', async () => {
    // … full width, case, dashes, look-alike letters, invisible characters
    const users = await userRows();
    for (const password of [
      'ｇｒｉｄｗｏｒｋ－ｄｅｍｏ',
      'GRIDWORK-DEMO',
      'gridwork\u2014demo',
      'gridw\u043Erk-demo',
      'grid\u200Bwork-demo',
    ]) {
      const created = await create('admin', { username: 'lookalike', displayName: 'x', password });
      expect(created.statusCode, JSON.stringify(password)).toBe(400);
      expect(created.json().error.details).toEqual([{ field: 'body.password', message: expect.any(String), problem: 'demo-password' }]);
      const patched = await t.call('admin', {
        method: 'PATCH',
        url: `/api/v1/users/${t.fx.users.dept}`,
        payload: { expectedVersion: 1, password },
      });
      expect(patched.statusCode, JSON.stringify(password)).toBe(400);
    }
    expect(await userRows()).toEqual(users);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'dept', password: 'ｇｒｉｄｗｏｒｋ－ｄｅｍｏ' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('an edit with a stale version → 409 VERSION_CONFLICT and changes nothing', async () => {
    const path = `/api/v1/users/${t.fx.users.supervisor}`;
    const ok = await t.call('admin', { method: 'PATCH', url: path, payload: { expectedVersion: 1, displayName: '督办一' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ displayName: '督办一', version: 2 });
    const stale = await t.call('admin', { method: 'PATCH', url: path, payload: { expectedVersion: 1, displayName: '督办二' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const row = await t.ctx.db
      .selectFrom('users')
      .select(['display_name', 'version'])
      .where('id', '=', t.fx.users.supervisor)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ display_name: '督办一', version: 2 });
  });

  it('who may read and edit people: workers 403, a lead sees their community only, only admin creates or edits', async () => {
    for (const user of ['worker1', 'leader', 'station', 'hotline', 'townworker']) {
      const res = await t.call(user, { method: 'GET', url: '/api/v1/users' });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const lead = (await t.call('lead', { method: 'GET', url: '/api/v1/users' })).json().map((u: { username: string }) => u.username);
    expect(lead).toEqual(expect.arrayContaining(['lead', 'station', 'leader', 'worker1']));
    expect(lead).not.toContain('worker2');
    expect(lead).not.toContain('admin');
    const users = await userRows();
    expect((await create('officer', { username: 'byofficer', displayName: 'x', password: PASSWORD })).statusCode).toBe(403);
    expect(
      (
        await t.call('officer', {
          method: 'PATCH',
          url: `/api/v1/users/${t.fx.users.worker2}`,
          payload: { expectedVersion: 1, active: false },
        })
      ).statusCode,
    ).toBe(403);
    // outside the caller's scope is 404, not 403 (no existence leak)
    expect(
      (
        await t.call('lead', {
          method: 'PATCH',
          url: `/api/v1/users/${t.fx.users.worker2}`,
          payload: { expectedVersion: 1, active: false },
        })
      ).statusCode,
    ).toBe(404);
    expect(await userRows()).toEqual(users);
  });

  it('a removed role takes effect at once, on a session already signed in', async () => {
    const id = (await create('admin', { username: 'shortlived', displayName: '临时', password: PASSWORD })).json().id;
    const roleId = (await assign('admin', id, 'grid-worker', t.fx.regions.c2g1.id)).json().roles[0].id;
    const headers = await signIn('shortlived');
    const grids = () => t.app.inject({ method: 'GET', url: '/api/v1/grids', headers });
    expect((await grids()).json().map((g: { id: number }) => g.id)).toEqual([t.fx.regions.c2g1.id]); // now cached
    const removed = await t.call('admin', { method: 'DELETE', url: `/api/v1/users/${id}/roles/${roleId}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().roles).toEqual([]);
    expect((await grids()).json()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/regions/${t.fx.regions.c2g1.id}`, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).json().user.roles).toEqual([]);
  });
});
