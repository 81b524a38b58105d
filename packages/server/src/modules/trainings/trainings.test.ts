import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { hashPassword } from '../auth/password';
import { insertRole, insertUser } from '../users/users.repository';

const now = new Date('2026-12-07T10:00:00+08:00');

describe.each(DB_KINDS)('training (A6) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    const hash = await hashPassword(TEST_PASSWORD, 1024);
    await t.ctx.db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { username: 'office', displayName: '网格办', passwordHash: hash, isDemo: false }, now);
      await insertRole(trx, id, 'grid-office', t.fx.regions.street.id);
    });
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const session = {
    regionId: 0,
    topic: '《信访工作条例》解读',
    startsAt: '2026-12-04T14:00:00+08:00',
    minutes: 90,
    materials: '条例全文、案例汇编',
  };

  it('A6 the grid office runs a session; the roll is the team of the region; roll call marks each member', async () => {
    const made = await call('office', 'POST', '/trainings', { ...session, regionId: t.fx.regions.c1.id });
    expect(made.statusCode).toBe(201);
    const tr = made.json();
    expect(tr).toMatchObject({ topic: '《信访工作条例》解读', minutes: 90, runBy: { name: '网格办' }, abilities: { run: true } });
    expect(tr.roll.map((r: { user: { id: number } }) => r.user.id).sort()).toEqual(
      [t.fx.users.lead, t.fx.users.station, t.fx.users.leader, t.fx.users.worker1].sort(),
    );
    const roll = await call('office', 'PUT', `/trainings/${tr.id}/attendance`, {
      entries: [
        { userId: t.fx.users.worker1, status: 'present' },
        { userId: t.fx.users.leader, status: 'late' },
        { userId: t.fx.users.station, status: 'absent' },
      ],
    });
    expect(roll.json()).toMatchObject({ members: 3, present: 2 });
    // it counts in the attendance item of the assessment
    const scores = await call('lead', 'GET', `/assessment/scores?regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`);
    const w1 = scores.json().items.find((i: { subject: { id: number } }) => i.subject.id === t.fx.users.worker1);
    expect(w1.parts.find((p: { item: string }) => p.item === 'attendance')).toMatchObject({ done: 1, of: 1, value: 1 });
    const station = scores.json().items.find((i: { subject: { id: number } }) => i.subject.id === t.fx.users.station);
    expect(station.parts.find((p: { item: string }) => p.item === 'attendance')).toMatchObject({ done: 0, of: 1, value: 0 });
  });

  it('A6 only the grid office runs training; a roll call for someone outside the team is 409 NOT_INVITED, nothing stored', async () => {
    expect((await call('lead', 'POST', '/trainings', { ...session, regionId: t.fx.regions.c1.id })).statusCode).toBe(403);
    expect((await call('office', 'POST', '/trainings', { ...session, regionId: t.fx.regions.c1.id, minutes: 0 })).statusCode).toBe(400);
    const tr = (await call('office', 'POST', '/trainings', { ...session, regionId: t.fx.regions.c1.id })).json();
    const res = await call('office', 'PUT', `/trainings/${tr.id}/attendance`, {
      entries: [
        { userId: t.fx.users.worker1, status: 'present' },
        { userId: t.fx.users.worker2, status: 'present' },
      ],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'NOT_INVITED', details: { userIds: [t.fx.users.worker2] } });
    expect((await call('office', 'GET', `/trainings/${tr.id}`)).json().members).toBe(0);
    expect(
      (await call('lead', 'PUT', `/trainings/${tr.id}/attendance`, { entries: [{ userId: t.fx.users.worker1, status: 'present' }] }))
        .statusCode,
    ).toBe(403);
    expect((await call('townworker', 'GET', `/trainings/${tr.id}`)).statusCode).toBe(404);
    // a member on the roll of an area above their own reads the session
    const street = (await call('office', 'POST', '/trainings', { ...session, regionId: t.fx.regions.street.id })).json();
    expect((await call('worker1', 'GET', `/trainings/${street.id}`)).statusCode).toBe(200);
    expect((await call('worker1', 'GET', '/trainings')).json().map((x: { id: number }) => x.id)).toContain(street.id);
  });

  it('A6 members record their own study; others read it only as the grid office or assessors', async () => {
    const rec = await call('worker1', 'POST', '/self-study', { studiedOn: '2026-12-06', topic: '民法典婚姻家庭编', minutes: 60 });
    expect(rec.statusCode).toBe(201);
    expect((await call('worker1', 'POST', '/self-study', { studiedOn: '2026-12-08', topic: 'x', minutes: 10 })).statusCode).toBe(400);
    expect((await call('hotline', 'POST', '/self-study', { studiedOn: '2026-12-06', topic: 'x', minutes: 10 })).statusCode).toBe(403);
    expect((await call('worker1', 'GET', '/self-study')).json()).toEqual([
      expect.objectContaining({ topic: '民法典婚姻家庭编', minutes: 60 }),
    ]);
    expect((await call('office', 'GET', `/self-study?userId=${t.fx.users.worker1}`)).json()).toHaveLength(1);
    expect((await call('station', 'GET', `/self-study?userId=${t.fx.users.worker1}`)).statusCode).toBe(403);
    expect((await call('worker2', 'GET', `/self-study?userId=${t.fx.users.worker1}`)).statusCode).toBe(404);
  });
});
