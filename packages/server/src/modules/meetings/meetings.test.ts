import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

let now = new Date('2026-12-07T10:00:00+08:00');

describe.each(DB_KINDS)('meetings on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    now = new Date('2026-12-07T10:00:00+08:00');
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const convene = (user: string, body: Record<string, unknown>) => call(user, 'POST', '/meetings', body);
  const count = async (table: 'meetings' | 'meeting_invitees' | 'meeting_leave_requests') =>
    Number((await t.ctx.db.selectFrom(table).select(t.ctx.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('D7 contract example: the township schedule for 2026-02 holds the combined monthly meeting on 2026-02-24', async () => {
    const res = await call('townofficer', 'GET', `/meetings/schedule?regionId=${t.fx.regions.tg1.id}&month=2026-02`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toContainEqual(
      expect.objectContaining({ type: 'combined-monthly', date: '2026-02-24', regionId: t.fx.regions.tg1.id }),
    );
    expect(res.json().filter((m: { type: string }) => m.type === 'weekly-team').length).toBeGreaterThanOrEqual(3);
  });

  it('A4 the community schedule: one monthly work meeting; a region outside the caller is 404; a bad month 400', async () => {
    const res = await call('lead', 'GET', `/meetings/schedule?regionId=${t.fx.regions.c1.id}&month=2027-03`);
    expect(res.json()).toEqual([expect.objectContaining({ type: 'monthly-work', date: '2027-03-25', rule: 'A4', meetingId: null })]);
    expect((await call('worker2', 'GET', `/meetings/schedule?regionId=${t.fx.regions.c1.id}&month=2027-03`)).statusCode).toBe(404);
    expect((await call('lead', 'GET', `/meetings/schedule?regionId=${t.fx.regions.c1.id}&month=2027-13`)).statusCode).toBe(400);
  });

  it('A4 the community grid lead convenes; invitations go to the team of the region; the agenda lists its open cases', async () => {
    await call('hotline', 'POST', '/cases', {
      title: '路灯不亮',
      description: '3号楼前路灯坏了',
      category: 'public-facility',
      caseClass: 'general',
      source: 'hotline',
      gridId: t.fx.regions.g1.id,
    });
    const res = await convene('lead', {
      type: 'monthly-work',
      regionId: t.fx.regions.c1.id,
      startsAt: '2026-12-25T09:00:00+08:00',
      topics: ['本月走访小结'],
    });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      type: 'monthly-work',
      title: '月度工作例会',
      status: 'scheduled',
      started: false,
      abilities: { convene: true },
    });
    const invited = m.invitees.map((i: { user: { id: number } }) => i.user.id).sort();
    expect(invited).toEqual([t.fx.users.lead, t.fx.users.station, t.fx.users.leader, t.fx.users.worker1].sort());
    expect(m.agenda[0]).toEqual({ kind: 'topic', title: '本月走访小结' });
    expect(m.agenda).toContainEqual(expect.objectContaining({ kind: 'case', title: '路灯不亮', reasons: ['open'] }));
    const sched = await call('lead', 'GET', `/meetings/schedule?regionId=${t.fx.regions.c1.id}&month=2026-12`);
    expect(sched.json()[0]).toMatchObject({ type: 'monthly-work', meetingId: m.id });
  });

  it('bad input changes nothing: unknown type 400, a worker may not convene 403, a region outside 404', async () => {
    const before = await count('meetings');
    const base = { regionId: t.fx.regions.c1.id, startsAt: '2026-12-25T09:00:00+08:00' };
    expect((await convene('lead', { ...base, type: 'board-meeting' })).statusCode).toBe(400);
    expect((await convene('worker1', { ...base, regionId: t.fx.regions.g1.id, type: 'monthly-work' })).statusCode).toBe(403);
    expect((await convene('lead', { ...base, regionId: t.fx.regions.c2.id, type: 'monthly-work' })).statusCode).toBe(404);
    expect(await count('meetings')).toBe(before);
  });

  it('A4 C6 leave: requested by an invitee and approved before the start; after the start 409 MEETING_STARTED', async () => {
    const m = (await convene('lead', { type: 'monthly-work', regionId: t.fx.regions.c1.id, startsAt: '2026-12-08T09:00:00+08:00' })).json();
    const asked = await call('worker1', 'POST', `/meetings/${m.id}/leave-requests`, { reason: '陪护住院老人' });
    expect(asked.statusCode).toBe(201);
    const leave = asked.json().invitees.find((i: { user: { id: number } }) => i.user.id === t.fx.users.worker1).leave;
    expect(leave).toMatchObject({ reason: '陪护住院老人', status: 'pending' });
    // someone not invited: 409 NOT_INVITED (worker2 cannot even see it: 404)
    expect((await call('worker2', 'POST', `/meetings/${m.id}/leave-requests`, { reason: 'x' })).statusCode).toBe(404);
    expect((await call('worker1', 'POST', `/meetings/${m.id}/leave-requests/${leave.id}/decision`, { approve: true })).statusCode).toBe(
      403,
    );
    const approved = await call('lead', 'POST', `/meetings/${m.id}/leave-requests/${leave.id}/decision`, { approve: true });
    expect(approved.json().invitees.find((i: { user: { id: number } }) => i.user.id === t.fx.users.worker1)).toMatchObject({
      attendance: 'on-leave',
      leave: { status: 'approved' },
    });
    now = new Date('2026-12-08T09:00:00+08:00');
    const late = await call('station', 'POST', `/meetings/${m.id}/leave-requests`, { reason: '临时有事' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('MEETING_STARTED');
    expect(await count('meeting_leave_requests')).toBe(1);
    now = new Date('2026-12-07T10:00:00+08:00');
  });

  it('A4 attendance on the phone: invitees only (409 NOT_INVITED, nothing stored); on leave only with approved leave', async () => {
    const m = (await convene('lead', { type: 'monthly-work', regionId: t.fx.regions.c1.id, startsAt: '2026-12-07T09:00:00+08:00' })).json();
    const put = (entries: object[]) => call('lead', 'PUT', `/meetings/${m.id}/attendance`, { entries });
    const stranger = await put([
      { userId: t.fx.users.worker1, status: 'present' },
      { userId: t.fx.users.worker2, status: 'present' },
    ]);
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error).toMatchObject({ code: 'NOT_INVITED', details: { userIds: [t.fx.users.worker2] } });
    expect((await call('lead', 'GET', `/meetings/${m.id}`)).json().present).toBe(0);
    expect((await put([{ userId: t.fx.users.leader, status: 'on-leave' }])).statusCode).toBe(400);
    const taken = await put([
      { userId: t.fx.users.worker1, status: 'present' },
      { userId: t.fx.users.leader, status: 'late' },
      { userId: t.fx.users.station, status: 'absent' },
    ]);
    expect(taken.json()).toMatchObject({ status: 'held', present: 2 });
    expect(
      (await call('worker1', 'PUT', `/meetings/${m.id}/attendance`, { entries: [{ userId: t.fx.users.worker1, status: 'present' }] }))
        .statusCode,
    ).toBe(403);
  });

  it('A4 decisions become tasks with owners and deadlines; the next meeting of the same kind shows what became of them', async () => {
    const first = (
      await convene('lead', { type: 'expert-qa', regionId: t.fx.regions.c1.id, startsAt: '2026-11-25T09:00:00+08:00' })
    ).json();
    const task = await call('lead', 'POST', `/meetings/${first.id}/tasks`, {
      title: '排查独居老人用电安全',
      ownerId: t.fx.users.worker1,
      dueOn: '2026-12-05',
    });
    expect(task.statusCode).toBe(201);
    const outsider = await call('lead', 'POST', `/meetings/${first.id}/tasks`, {
      title: 'x',
      ownerId: t.fx.users.worker2,
      dueOn: '2026-12-05',
    });
    expect(outsider.statusCode).toBe(404);
    const minutes = await call('lead', 'PUT', `/meetings/${first.id}/minutes`, {
      expectedVersion: task.json().version,
      minutes: '会议决定：排查用电安全。',
    });
    expect(minutes.json()).toMatchObject({ status: 'held', minutes: '会议决定：排查用电安全。' });
    expect((await call('lead', 'PUT', `/meetings/${first.id}/minutes`, { expectedVersion: 1, minutes: '覆盖' })).json().error.code).toBe(
      'VERSION_CONFLICT',
    );
    const next = (
      await convene('lead', {
        type: 'expert-qa',
        regionId: t.fx.regions.c1.id,
        startsAt: '2026-12-28T09:00:00+08:00',
        notice: '12月28日上午专家答疑',
      })
    ).json();
    expect(next.previousTasks).toEqual([
      expect.objectContaining({
        title: '排查独居老人用电安全',
        status: 'open',
        overdue: true,
        owner: { id: t.fx.users.worker1, name: 'worker1' },
      }),
    ]);
    const taskId = task.json().tasks[0].id;
    expect((await call('worker1', 'PATCH', `/meetings/${first.id}/tasks/${taskId}`, { status: 'done' })).statusCode).toBe(200);
    const again = (await call('lead', 'GET', `/meetings/${next.id}`)).json();
    expect(again.previousTasks[0]).toMatchObject({ status: 'done', overdue: false });
  });

  it('security: task owners and cases outside the meeting area are 404; leave is decided once, never by its requester', async () => {
    const m = (await convene('lead', { type: 'urgent', regionId: t.fx.regions.g1.id, startsAt: '2026-12-20T09:00:00+08:00' })).json();
    const elsewhere = await call('officer', 'POST', '/cases', {
      title: '二社区路灯',
      description: '路灯坏',
      category: 'public-facility',
      caseClass: 'general',
      source: 'walk-in',
      gridId: t.fx.regions.c2g1.id,
    });
    const task = (body: object) => call('officer', 'POST', `/meetings/${m.id}/tasks`, { title: '跟进', dueOn: '2026-12-30', ...body });
    expect((await task({ ownerId: t.fx.users.worker2 })).statusCode).toBe(404);
    expect((await task({ ownerId: t.fx.users.worker1, caseId: elsewhere.json().id })).statusCode).toBe(404);
    expect((await task({ ownerId: t.fx.users.lead })).statusCode).toBe(201);
    const asked = await call('leader', 'POST', `/meetings/${m.id}/leave-requests`, { reason: '培训' });
    const leave = asked.json().invitees.find((i: { user: { id: number } }) => i.user.id === t.fx.users.leader).leave;
    expect((await call('leader', 'POST', `/meetings/${m.id}/leave-requests/${leave.id}/decision`, { approve: true })).statusCode).toBe(403);
    expect((await call('lead', 'POST', `/meetings/${m.id}/leave-requests/${leave.id}/decision`, { approve: false })).statusCode).toBe(200);
    expect((await call('lead', 'POST', `/meetings/${m.id}/leave-requests/${leave.id}/decision`, { approve: true })).json().error.code).toBe(
      'ACTION_NOT_ALLOWED',
    );
    // a roll taken ahead leaves the meeting scheduled; a person listed twice is 400
    const dup = await call('lead', 'PUT', `/meetings/${m.id}/attendance`, {
      entries: [
        { userId: t.fx.users.worker1, status: 'present' },
        { userId: t.fx.users.worker1, status: 'absent' },
      ],
    });
    expect(dup.statusCode).toBe(400);
    const early = await call('lead', 'PUT', `/meetings/${m.id}/attendance`, {
      entries: [{ userId: t.fx.users.worker1, status: 'present' }],
    });
    expect(early.json()).toMatchObject({ status: 'scheduled', started: false });
  });

  it('C2.4 the grid chief calls an urgent meeting of the grid; A2.5 a public consultation meeting', async () => {
    const urgent = await convene('leader', { type: 'urgent', regionId: t.fx.regions.g1.id, startsAt: '2026-12-07T14:00:00+08:00' });
    expect(urgent.json()).toMatchObject({ type: 'urgent', urgent: true, title: '紧急会议' });
    const consult = await convene('lead', {
      type: 'public-consultation',
      regionId: t.fx.regions.c1.id,
      startsAt: '2026-12-20T14:00:00+08:00',
      notice: '12月20日下午2点在社区活动室召开民情恳谈会，欢迎居民参加',
    });
    expect(consult.json()).toMatchObject({ title: '民情恳谈会', announcement: { due: 2, done: 0 } });
  });

  it('A2.5 an expert Q&A session is announced in advance through the grid workers of the area', async () => {
    const body = { type: 'expert-qa', regionId: t.fx.regions.c1.id, startsAt: '2026-12-18T14:00:00+08:00' };
    const meetings = await count('meetings');
    const noNotice = await convene('lead', body);
    expect(noNotice.statusCode).toBe(400);
    expect(noNotice.json().error.details).toContainEqual(expect.objectContaining({ field: 'body.notice' }));
    expect(await count('meetings')).toBe(meetings);
    const created = await convene('lead', { ...body, notice: '12月18日下午律师在社区答疑，可带合同等材料' });
    expect(created.statusCode).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({ title: '专家答疑会', notice: '12月18日下午律师在社区答疑，可带合同等材料', abilities: { announce: false } });
    // the grid workers of the community (worker1, the grid leader) are told; worker2 of another community is not
    expect(m.announcement).toMatchObject({ due: 2, done: 0, households: 0, by: [] });
    expect(m.announcement.pending.map((p: { id: number }) => p.id).sort()).toEqual([t.fx.users.leader, t.fx.users.worker1].sort());
    const noticesOf = async (user: string) =>
      (await call(user, 'GET', '/notifications')).json().filter((n: { subject: { id: number } }) => n.subject.id === m.id);
    expect(await noticesOf('worker1')).toEqual([
      expect.objectContaining({ subject: { kind: 'meeting', id: m.id }, payload: expect.objectContaining({ title: '专家答疑会' }) }),
    ]);
    expect(await noticesOf('worker2')).toEqual([]);
    expect(await noticesOf('lead')).toEqual([]);
    // worker1 tells the residents; a repeat corrects the count; the lead (who does not announce) is refused
    expect((await call('worker1', 'GET', `/meetings/${m.id}`)).json().abilities.announce).toBe(true);
    expect((await call('worker1', 'POST', `/meetings/${m.id}/announcements`, { households: 20 })).statusCode).toBe(200);
    const told = await call('worker1', 'POST', `/meetings/${m.id}/announcements`, { households: 35, note: '楼栋群里也发了' });
    expect(told.json().announcement).toMatchObject({
      due: 2,
      done: 1,
      households: 35,
      by: [expect.objectContaining({ user: { id: t.fx.users.worker1, name: 'worker1' }, households: 35, note: '楼栋群里也发了' })],
      pending: [{ id: t.fx.users.leader, name: 'leader' }],
    });
    expect((await call('lead', 'POST', `/meetings/${m.id}/announcements`, {})).statusCode).toBe(403);
    expect((await call('worker2', 'POST', `/meetings/${m.id}/announcements`, {})).statusCode).toBe(404);
    expect((await call('worker1', 'POST', `/meetings/${m.id}/announcements`, { households: -1 })).statusCode).toBe(400);
    // a team meeting is not announced to residents; once the session has started it is too late
    const weekly = await convene('lead', { type: 'monthly-work', regionId: t.fx.regions.c1.id, startsAt: '2026-12-25T09:00:00+08:00' });
    expect(weekly.json().announcement).toBeNull();
    const notAnnounced = await call('worker1', 'POST', `/meetings/${weekly.json().id}/announcements`, {});
    expect([notAnnounced.statusCode, notAnnounced.json().error.code]).toEqual([409, 'NOT_ANNOUNCED']);
    const saved = now;
    now = new Date('2026-12-18T14:30:00+08:00');
    try {
      const late = await call('leader', 'POST', `/meetings/${m.id}/announcements`, {});
      expect([late.statusCode, late.json().error.code]).toEqual([409, 'MEETING_STARTED']);
    } finally {
      now = saved;
    }
  });

  it('A2.5 security: the grid workers read an announced meeting they were not invited to; others still 404', async () => {
    const m = (
      await convene('lead', {
        type: 'expert-qa',
        regionId: t.fx.regions.c1.id,
        startsAt: '2026-12-21T14:00:00+08:00',
        notice: '专家答疑',
        inviteRoles: ['community-lead'],
      })
    ).json();
    expect(m.invitees.map((i: { user: { id: number } }) => i.user.id)).not.toContain(t.fx.users.worker1);
    expect((await call('worker1', 'GET', `/meetings/${m.id}`)).json()).toMatchObject({ notice: '专家答疑', abilities: { announce: true } });
    expect((await call('worker1', 'POST', `/meetings/${m.id}/announcements`, { households: 5 })).statusCode).toBe(200);
    expect((await call('worker2', 'GET', `/meetings/${m.id}`)).statusCode).toBe(404);
    const team = (
      await convene('lead', {
        type: 'monthly-work',
        regionId: t.fx.regions.c1.id,
        startsAt: '2026-12-26T09:00:00+08:00',
        inviteRoles: ['community-lead'],
      })
    ).json();
    expect((await call('worker1', 'GET', `/meetings/${team.id}`)).statusCode).toBe(404);
  });

  it('meetings are listed for their region and for invitees; others see none', async () => {
    const list = (user: string) => call(user, 'GET', '/meetings');
    expect((await list('worker1')).json().length).toBeGreaterThan(0);
    expect((await list('worker2')).json()).toEqual([]);
    expect((await list('hotline')).json()).toEqual([]);
  });
});
