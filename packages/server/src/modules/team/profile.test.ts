import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

// a Monday: this week has just begun, the year's weeks run to Sunday 2026-12-06
const now = new Date('2026-12-07T10:00:00+08:00');

interface Profile {
  id: number;
  name: string;
  roles: Array<{ role: string; regionId: number; regionName: string }>;
  year: number;
  rewards: { items: Array<{ id: number; status: string; points: number }>; points: number };
  diaries: { weeks: number; weeksMet: number; thisWeek: { userId: number; required: number; done: number; status: string } };
  attendance: { meetings: Record<string, number>; trainings: Record<string, number> };
}

describe.each(DB_KINDS)('member profile on %s', (kind) => {
  let t: TestApp;
  const ids = { reward: 0, penalty: 0, pending: 0 };
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const profile = (user: string, id: number, query = '') => call(user, 'GET', `/team/members/${id}${query}`);
  const propose = async (kind: string, ground: string, awardedOn: string, approve: boolean) => {
    const body = { userId: t.fx.users.worker1, kind, ground, awardedOn };
    const made = await call('lead', 'POST', '/rewards', body);
    expect(made.statusCode).toBe(201);
    if (approve)
      expect((await call('officer', 'POST', `/rewards/${made.json().id}/decision`, { approve, expectedVersion: 1 })).statusCode).toBe(200);
    return made.json().id as number;
  };

  it('A10 an approved reward and penalty count on the profile; a proposed one is listed but does not count', async () => {
    ids.reward = await propose('material-reward', 'special-task', '2026-11-12', true);
    ids.penalty = await propose('warning', 'neglect-of-duty', '2026-12-02', true);
    ids.pending = await propose('commendation', 'dedication', '2026-12-04', false);
    await propose('commendation', 'integrity', '2025-06-01', true); // another year

    const res = await profile('lead', t.fx.users.worker1, '?year=2026');
    expect(res.statusCode).toBe(200);
    const p: Profile = res.json();
    expect(p).toMatchObject({ id: t.fx.users.worker1, name: 'worker1', year: 2026, active: true, teamMember: true });
    expect(p.roles).toEqual([{ role: 'grid-worker', regionId: t.fx.regions.g1.id, regionName: '一社区第一网格' }]);
    expect(p.rewards.items.map((r) => [r.id, r.status, r.points])).toEqual([
      [ids.pending, 'proposed', 2],
      [ids.penalty, 'approved', -2],
      [ids.reward, 'approved', 3],
    ]);
    expect(p.rewards.points).toBe(1);
    // the same points as the assessment's rewards-penalties part
    const scores = (await call('lead', 'GET', `/assessment/scores?regionId=${t.fx.regions.c1.id}&period=2026&level=worker`)).json();
    const w1 = scores.items.find((i: { subject: { id: number } }) => i.subject.id === t.fx.users.worker1);
    expect(w1.parts.find((x: { item: string }) => x.item === 'rewards-penalties')).toMatchObject({ value: 1 });

    const last = (await profile('lead', t.fx.users.worker1, '?year=2025')).json() as Profile;
    expect(last.rewards).toMatchObject({ points: 2, items: [expect.objectContaining({ status: 'approved', points: 2 })] });
  });

  it('A10 A5.2 A4 A6 the member reads their own profile: diary weeks, this week and roll calls of the year', async () => {
    const entry = { place: '3号楼', people: '王阿姨', content: '调解邻里噪音纠纷' };
    for (const occurredAt of ['2026-12-02T10:00:00+08:00', '2026-12-07T09:00:00+08:00'])
      expect((await call('worker1', 'POST', '/diaries', { ...entry, occurredAt })).statusCode).toBe(201);
    const meeting = await call('lead', 'POST', '/meetings', {
      type: 'monthly-work',
      regionId: t.fx.regions.c1.id,
      startsAt: '2026-12-07T09:00:00+08:00',
    });
    expect(meeting.statusCode).toBe(201);
    const roll = await call('lead', 'PUT', `/meetings/${meeting.json().id}/attendance`, {
      entries: [{ userId: t.fx.users.worker1, status: 'late' }],
    });
    expect(roll.statusCode).toBe(200);
    const training = await call('admin', 'POST', '/trainings', {
      regionId: t.fx.regions.c1.id,
      topic: '礼仪规范',
      startsAt: '2026-12-04T14:00:00+08:00',
      minutes: 60,
    });
    const marked = await call('admin', 'PUT', `/trainings/${training.json().id}/attendance`, {
      entries: [{ userId: t.fx.users.worker1, status: 'absent' }],
    });
    expect(marked.statusCode).toBe(200);

    const res = await profile('worker1', t.fx.users.worker1);
    expect(res.statusCode).toBe(200);
    const p: Profile = res.json();
    expect(p.year).toBe(2026);
    // the proposed record is the member's own: listed as GET /rewards lists it, not counted
    expect(p.rewards.items.map((r) => r.id)).toContain(ids.pending);
    expect(p.rewards.points).toBe(1);
    expect(p.diaries.thisWeek).toMatchObject({ userId: t.fx.users.worker1, required: 1, done: 1, status: 'met' });
    expect(p.diaries.weeksMet).toBe(1);
    expect(p.diaries.weeks).toBe(49); // the weeks ending in 2026 up to Sunday 2026-12-06
    expect(p.attendance).toEqual({
      meetings: { present: 0, late: 1, absent: 0, onLeave: 0 },
      trainings: { present: 0, late: 0, absent: 1, onLeave: 0 },
    });
    // the same weeks as the assessment's diary part
    const drill = await call(
      'worker1',
      'GET',
      `/assessment/records?regionId=${t.fx.regions.g1.id}&period=2026&level=worker&subjectId=${t.fx.users.worker1}&item=diary-compliance`,
    );
    expect(drill.json().part).toMatchObject({ done: p.diaries.weeksMet, of: p.diaries.weeks });
  });

  it('A10 readers of the area read it; another area is 404 (no hint the person exists); a co-worker without user.read 403', async () => {
    for (const reader of ['lead', 'officer', 'supervisor', 'admin']) {
      const res = await profile(reader, t.fx.users.worker1);
      expect(res.statusCode, reader).toBe(200);
      expect((res.json() as Profile).rewards.points, reader).toBe(1);
    }
    const outside = await profile('worker2', t.fx.users.worker1);
    expect(outside.statusCode).toBe(404);
    const missing = await profile('worker2', 999_999);
    expect(outside.json().error.code).toBe(missing.json().error.code);
    expect((await profile('townofficer', t.fx.users.worker1)).statusCode).toBe(404);
    expect((await profile('leader', t.fx.users.worker1)).statusCode).toBe(403);
    // the menu ability the web links others' profiles by says the same
    const linksOthers = async (user: string) => (await call(user, 'GET', '/auth/me')).json().user.abilities.memberProfiles;
    expect([await linksOthers('lead'), await linksOthers('supervisor'), await linksOthers('leader'), await linksOthers('worker1')]).toEqual(
      [true, true, false, false],
    );
    // a member reads their own even without anyone's people
    expect((await profile('worker2', t.fx.users.worker2)).statusCode).toBe(200);
  });

  it('A10 a bad year or query is 400 with a stable code, never a 500', async () => {
    for (const query of ['?year=1999', '?year=2101', '?year=abc', '?year=2026.5', '?year=2026&x=1']) {
      const res = await profile('lead', t.fx.users.worker1, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code, query).toBe('VALIDATION_FAILED');
    }
    // out of scope first: 404 before the query is read
    expect((await profile('worker2', t.fx.users.worker1, '?year=abc')).statusCode).toBe(404);
    expect((await profile('lead', 0)).statusCode).toBe(404);
  });
});
