import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-12-07T10:00:00+08:00');

describe.each(DB_KINDS)('A8.1 survey forms and A7.1 三访四清 on %s', (kind) => {
  let t: TestApp;
  let household: number;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now });
    household = (
      await t.call('worker1', { method: 'POST', url: '/api/v1/households', payload: { gridId: t.fx.regions.g1.id, address: '幸福路8号' } })
    ).json().id;
    await t.call('worker1', {
      method: 'POST',
      url: `/api/v1/households/${household}/residents`,
      payload: { name: '王秀兰', sex: 'F', birthDate: '1950-03-02', tags: ['living-alone'] },
    });
  });
  afterAll(() => t.close());
  const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.call(user, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}) });

  it("A8.1 the form of the household's class is filled on the phone and stored; bad answers change nothing", async () => {
    const form = (await call('worker1', 'GET', `/households/${household}/survey-form`)).json();
    expect(form).toMatchObject({ visitClass: '1-special', rule: 'A8.1' });
    expect(form.questions.map((q: { key: string }) => q.key)).toContain('lives-alone');
    const answers = {
      health: 'fair',
      'lives-alone': 'yes',
      'care-arranged': 'no',
      'emergency-contact': 'yes',
      'members-present': 'yes',
      needs: '希望有人定期陪同就医',
    };
    const saved = await call('worker1', 'POST', `/households/${household}/surveys`, { answers });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ visitClass: '1-special', answers, filledBy: { id: t.fx.users.worker1 } });
    const bad = await call('worker1', 'POST', `/households/${household}/surveys`, { answers: { ...answers, health: 'excellent' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'body.answers.health' })]);
    expect((await call('worker2', 'POST', `/households/${household}/surveys`, { answers })).statusCode).toBe(404);
    expect((await call('hotline', 'POST', `/households/${household}/surveys`, { answers })).statusCode).toBe(403);
    expect((await call('station', 'GET', `/households/${household}/surveys`)).json()).toHaveLength(1);
  });

  it('A7.1 visits to party branch members, group leaders and owners’ committees with the 四清 checklist', async () => {
    const body = {
      gridId: t.fx.regions.g1.id,
      target: 'owners-committee',
      targetName: '幸福里业委会',
      visitedAt: '2026-12-07T09:00:00+08:00',
      checklist: ['compound-management', 'resident-needs'],
      notes: '了解小区维修基金使用情况',
    };
    const made = await call('worker1', 'POST', '/outreach-visits', body);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      target: 'owners-committee',
      checklist: ['compound-management', 'resident-needs'],
      visitor: { id: t.fx.users.worker1 },
    });
    expect((await call('worker1', 'POST', '/outreach-visits', { ...body, visitedAt: '2026-12-08T09:00:00+08:00' })).statusCode).toBe(400);
    expect((await call('worker1', 'POST', '/outreach-visits', { ...body, gridId: t.fx.regions.g2.id })).statusCode).toBe(404);
    expect((await call('worker1', 'POST', '/outreach-visits', { ...body, target: 'mayor' })).statusCode).toBe(400);
    expect((await call('station', 'GET', `/outreach-visits?gridId=${t.fx.regions.g1.id}`)).json()).toHaveLength(1);
    expect((await call('worker2', 'GET', '/outreach-visits')).json()).toHaveLength(0);
  });
});
