import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { insertRole } from '../users/users.repository';

const now = new Date('2026-12-07T10:00:00+08:00');

interface Item {
  subject: { type: string; id: number; name: string };
  score: number;
  rank: number;
  parts: Array<{ item: string; rule: string; weight: number; value: number; points: number }>;
}

describe.each(DB_KINDS)('assessment on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
  });
  afterAll(() => t.close());

  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });
  const scores = async (user: string, query: string) => (await call(user, 'GET', `/assessment/scores?${query}`)).json();
  const of = (items: Item[], id: number) => items.find((i) => i.subject.id === id)!;
  const part = (i: Item, item: string) => i.parts.find((p) => p.item === item);

  it('A5.5 an entry selected excellent gives its author a part in that year’s score, not in the month’s', async () => {
    const entry = await call('worker1', 'POST', '/diaries', {
      occurredAt: '2026-12-03T10:00:00+08:00',
      place: '3号楼',
      people: '王阿姨',
      content: '调解邻里噪音纠纷',
    });
    expect((await call('lead', 'POST', `/diaries/${entry.json().id}/select`, { month: '2026-12' })).statusCode).toBe(200);
    const year = await scores('lead', `regionId=${t.fx.regions.c1.id}&period=2026&level=worker`);
    expect(year).toMatchObject({ period: '2026', level: 'worker' });
    const w1 = of(year.items, t.fx.users.worker1);
    expect(part(w1, 'excellent-diary')).toEqual({ item: 'excellent-diary', rule: 'A5.5', weight: 2, value: 1, points: 2, done: 1, of: 0 });
    expect(w1.score).toBe(Math.round(w1.parts.reduce((s, p) => s + p.points, 0) * 100) / 100);
    const month = await scores('lead', `regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`);
    expect(part(of(month.items, t.fx.users.worker1), 'excellent-diary')).toBeUndefined();
    const drill = await call(
      'lead',
      'GET',
      `/assessment/records?regionId=${t.fx.regions.c1.id}&period=2026&level=worker&subjectId=${t.fx.users.worker1}&item=excellent-diary`,
    );
    expect(drill.json().records).toEqual([
      expect.objectContaining({ ref: { type: 'diary', id: entry.json().id }, date: '2026-12', counts: 'points' }),
    ]);
  });

  it('A10 an approved reward reaches the score; the proposer never approves; a penalty lowers it', async () => {
    const proposed = await call('lead', 'POST', '/rewards', {
      userId: t.fx.users.leader,
      kind: 'commendation',
      ground: 'dedication',
      awardedOn: '2026-12-02',
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ status: 'proposed', points: 2, abilities: { decide: false } });
    const id = proposed.json().id;
    expect((await call('lead', 'POST', `/rewards/${id}/decision`, { approve: true, expectedVersion: 1 })).statusCode).toBe(403);
    expect(
      (
        await call('worker1', 'POST', '/rewards', {
          userId: t.fx.users.leader,
          kind: 'commendation',
          ground: 'dedication',
          awardedOn: '2026-12-02',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('lead', 'POST', '/rewards', {
          userId: t.fx.users.leader,
          kind: 'warning',
          ground: 'dedication',
          awardedOn: '2026-12-02',
        })
      ).statusCode,
    ).toBe(400);
    const before = part(
      of((await scores('lead', `regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`)).items, t.fx.users.leader),
      'rewards-penalties',
    );
    expect(before).toMatchObject({ value: 0, points: 0 });
    expect((await call('officer', 'POST', `/rewards/${id}/decision`, { approve: true, expectedVersion: 1 })).json()).toMatchObject({
      status: 'approved',
    });
    expect((await call('officer', 'POST', `/rewards/${id}/decision`, { approve: true, expectedVersion: 2 })).statusCode).toBe(409);
    const penalty = await call('lead', 'POST', '/rewards', {
      userId: t.fx.users.worker1,
      kind: 'warning',
      ground: 'neglect-of-duty',
      awardedOn: '2026-12-03',
    });
    await call('officer', 'POST', `/rewards/${penalty.json().id}/decision`, { approve: true, expectedVersion: 1 });
    const after = (await scores('lead', `regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`)).items;
    expect(part(of(after, t.fx.users.leader), 'rewards-penalties')).toMatchObject({ value: 2, points: 2 });
    expect(part(of(after, t.fx.users.worker1), 'rewards-penalties')).toMatchObject({ value: -2, points: -2 });
    expect((await call('worker1', 'GET', '/rewards')).json().map((r: { user: { id: number } }) => r.user.id)).toEqual([t.fx.users.worker1]);
  });

  it('contract: a changed weight recomputes every score from the records, past periods included', async () => {
    const q = `regionId=${t.fx.regions.c1.id}&period=2026&level=worker`;
    const before = of((await scores('lead', q)).items, t.fx.users.worker1);
    const policy = (await call('admin', 'GET', `/policy?regionId=${t.fx.regions.street.id}`)).json();
    const values = structuredClone(policy.values);
    values.assessment.items.find((i: { item: string }) => i.item === 'excellent-diary').weight = 5;
    const saved = await call('admin', 'PUT', '/policy', {
      regionId: t.fx.regions.street.id,
      preset: policy.preset,
      values,
      expectedVersion: policy.version,
    });
    expect(saved.statusCode).toBe(200);
    const after = of((await scores('lead', q)).items, t.fx.users.worker1);
    expect(part(after, 'excellent-diary')).toMatchObject({ weight: 5, points: 5 });
    expect(after.score).toBeCloseTo(before.score + 3, 2);
  });

  it('grids, workstations and communities are ranked; equal scores share a rank; rank 1 is the best', async () => {
    for (const level of ['grid', 'workstation', 'community']) {
      const res = await scores('officer', `regionId=${t.fx.regions.street.id}&period=2026-12&level=${level}`);
      expect(res.items.length).toBeGreaterThan(0);
      const sorted = [...res.items].sort((a: Item, b: Item) => b.score - a.score);
      expect(res.items).toEqual(sorted);
      for (const [i, item] of res.items.entries()) {
        expect(item.rank).toBe(i === 0 || res.items[i - 1].score !== item.score ? i + 1 : res.items[i - 1].rank);
      }
    }
  });

  it('A3.4 A5.2 A4 each drill-down reads the same part as the ranking (one item at a time, within the ranked region)', async () => {
    for (const [level, subjectId] of [
      ['worker', t.fx.users.worker1],
      ['grid', t.fx.regions.g1.id],
    ] as const) {
      for (const period of ['2026-12', '2026']) {
        const q = `regionId=${t.fx.regions.street.id}&period=${period}&level=${level}`;
        const ranked = of((await scores('officer', q)).items, subjectId);
        expect(ranked.parts.length).toBeGreaterThan(3);
        for (const p of ranked.parts) {
          const drill = await call('officer', 'GET', `/assessment/records?${q}&subjectId=${subjectId}&item=${p.item}`);
          expect(drill.statusCode).toBe(200);
          expect(drill.json().part, `${level} ${period} ${p.item}`).toEqual(p);
        }
      }
    }
  });

  it('A10 security: a member’s record outside the ranked region counts, but its title and link are not shown', async () => {
    const proposed = await call('officer', 'POST', '/rewards', {
      userId: t.fx.users.worker2,
      kind: 'warning',
      ground: 'neglect-of-duty',
      awardedOn: '2026-12-04',
      note: '二社区居民赵六家走访未按时完成',
    });
    expect(proposed.statusCode).toBe(201);
    await call('admin', 'POST', `/rewards/${proposed.json().id}/decision`, { approve: true, expectedVersion: 1 });
    // worker2 moves into the first community (a grid under its workstation) and keeps the record from the second
    await t.ctx.db.transaction().execute((trx) => insertRole(trx, t.fx.users.worker2, 'grid-worker', t.fx.regions.g2.id));
    const q = `regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker&subjectId=${t.fx.users.worker2}&item=rewards-penalties`;
    const drill = (await call('lead', 'GET', `/assessment/records?${q}`)).json();
    expect(drill.part).toMatchObject({ value: -2 });
    expect(drill.records).toEqual([expect.objectContaining({ ref: null, label: '（本区域外的记录）', counts: 'points', value: -2 })]);
    expect(JSON.stringify(drill)).not.toContain('赵六');
    const ranked = of((await scores('lead', `regionId=${t.fx.regions.c1.id}&period=2026-12&level=worker`)).items, t.fx.users.worker2);
    expect(part(ranked, 'rewards-penalties')).toEqual(drill.part);
  });

  it('scores are read only by readers of the area; a member reads the records of their own score; bad queries 400', async () => {
    expect((await call('worker1', 'GET', `/assessment/scores?regionId=${t.fx.regions.g1.id}&period=2026&level=worker`)).statusCode).toBe(
      403,
    );
    expect((await call('worker2', 'GET', `/assessment/scores?regionId=${t.fx.regions.c1.id}&period=2026&level=worker`)).statusCode).toBe(
      404,
    );
    expect((await call('lead', 'GET', `/assessment/scores?regionId=${t.fx.regions.c1.id}&period=2026-13&level=worker`)).statusCode).toBe(
      400,
    );
    expect((await call('lead', 'GET', `/assessment/scores?regionId=${t.fx.regions.c1.id}&period=2026&level=team`)).statusCode).toBe(400);
    const q = `regionId=${t.fx.regions.g1.id}&period=2026-12&level=worker&item=diary-compliance`;
    const drill = (subjectId: number) => call('worker1', 'GET', `/assessment/records?${q}&subjectId=${subjectId}`);
    const own = await drill(t.fx.users.worker1);
    expect(own.statusCode).toBe(200);
    expect(own.json().part).toMatchObject({ item: 'diary-compliance', rule: 'A5.2' });
    expect((await drill(t.fx.users.leader)).statusCode).toBe(403);
  });
});
