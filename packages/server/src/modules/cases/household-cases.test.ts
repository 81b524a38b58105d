import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

/** A household profile lists the cases reported from its visits (issue 4 item 4: "report a problem as a case"). */
describe.each(DB_KINDS)('cases of a household on %s', (kind) => {
  let t: HouseholdTestApp;
  let h1 = 0;
  let h2 = 0;
  const visitOn = async (householdId: number) => {
    const res = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId, startedAt: '2026-11-27T09:00:00+08:00', endedAt: '2026-11-27T09:30:00+08:00', type: 'routine' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const intake = async (visitId?: number) => {
    const res = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '楼道灯不亮',
        description: '走访时发现三楼楼道灯损坏',
        category: 'public-facility',
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions.g1.id,
        ...(visitId ? { visitId } : {}),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const list = (user: string, query: string) => t.call(user, { method: 'GET', url: `/api/v1/cases?${query}` });

  beforeAll(async () => {
    t = await householdTestApp(kind, '2026-11-27T04:00:00Z');
    h1 = await createHousehold(t, 'worker1', 'g1');
    h2 = await createHousehold(t, 'worker1', 'g1');
  });
  afterAll(() => t.close());

  it("A7.2 ?householdId= gives exactly the cases reported from that household's visits", async () => {
    const fromH1 = await intake(await visitOn(h1));
    await intake(await visitOn(h2));
    await intake();
    const res = await list('worker1', `householdId=${h1}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().map((c: { id: number }) => c.id)).toEqual([fromH1]);
  });

  it("a household outside the caller's scope is 404, before a bad query value is 400", async () => {
    expect((await list('worker2', `householdId=${h1}`)).statusCode).toBe(404);
    expect((await list('worker2', `householdId=${h1}&limit=0`)).statusCode).toBe(404);
    expect((await list('worker1', `householdId=${h1}&limit=0`)).statusCode).toBe(400);
    expect((await list('worker1', 'householdId=99999999')).statusCode).toBe(404);
  });
});
