import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

/** Tests run with TZ=UTC; instants are written with their Asia/Shanghai offset. */
describe.each(DB_KINDS)('visiting hours and visit history on %s', (kind) => {
  let t: HouseholdTestApp;
  let a: number;
  let b: number;
  const get = (user: string, url: string) => t.call(user, { method: 'GET', url });
  const visit = async (user: string, householdId: number, startedAt: string, endedAt: string, type = 'routine', visitors?: number[]) => {
    const res = await t.call(user, {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId, startedAt, endedAt, type, ...(visitors ? { visitors } : {}) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t = await householdTestApp(kind, '2027-01-25T02:00:00Z');
    a = await createHousehold(t, 'worker1', 'g1', { address: '幸福路 1号' });
    b = await createHousehold(t, 'worker1', 'g1', { address: '幸福路 3号' });
    const both = [t.fx.users.worker1, t.fx.users.leader];
    await visit('worker1', a, '2027-01-05T09:00:00+08:00', '2027-01-05T10:00:00+08:00');
    await visit('worker1', b, '2027-01-05T09:30:00+08:00', '2027-01-05T11:00:00+08:00', 'round', both);
    await visit('worker1', a, '2027-01-05T14:00:00+08:00', '2027-01-05T14:30:00+08:00', 'call');
    await visit('worker1', a, '2027-01-06T23:00:00+08:00', '2027-01-07T01:00:00+08:00', 'follow-up');
    await visit('worker2', await createHousehold(t, 'worker2', 'c2g1'), '2027-01-05T09:00:00+08:00', '2027-01-05T12:00:00+08:00');
  });
  afterAll(() => t.close());

  it('C7.1 visiting hours: overlapping visits merged per worker and day, calls left out, a visit past midnight split by day', async () => {
    const res = await get('lead', `/api/v1/visits/hours?regionId=${t.fx.regions.g1.id}&from=2027-01-01&to=2027-01-15`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: '2027-01-01',
      to: '2027-01-15',
      rows: [
        { userId: t.fx.users.worker1, displayName: 'worker1', date: '2027-01-05', visits: 2, minutes: 120 },
        { userId: t.fx.users.leader, displayName: 'leader', date: '2027-01-05', visits: 1, minutes: 90 },
        { userId: t.fx.users.worker1, displayName: 'worker1', date: '2027-01-06', visits: 1, minutes: 60 },
        { userId: t.fx.users.worker1, displayName: 'worker1', date: '2027-01-07', visits: 1, minutes: 60 },
      ].sort((x, y) => x.date.localeCompare(y.date) || x.userId - y.userId),
    });
    const street = (await get('officer', `/api/v1/visits/hours?regionId=${t.fx.regions.street.id}&from=2027-01-05&to=2027-01-05`)).json();
    expect(street.rows.map((r: { displayName: string; minutes: number }) => [r.displayName, r.minutes]).sort()).toEqual([
      ['leader', 90],
      ['worker1', 120],
      ['worker2', 180],
    ]);
    const mine = (await get('worker1', '/api/v1/visits/hours?from=2027-01-07&to=2027-01-07')).json();
    expect(mine.rows).toEqual([{ userId: t.fx.users.worker1, displayName: 'worker1', date: '2027-01-07', visits: 1, minutes: 60 }]);
  });

  it('C7.1 hours: from after to, more than 92 days or a bad date are 400 naming the field; 92 days is fine', async () => {
    // … outside the scope 404
    const g1 = t.fx.regions.g1.id;
    const cases: Array<[string, string]> = [
      ['from=2027-01-10&to=2027-01-09', 'querystring.from'],
      ['from=2026-10-01&to=2027-01-01', 'querystring.to'],
      ['from=2027-02-30&to=2027-03-01', 'querystring.from'],
      ['from=2027-01-01&to=tomorrow', 'querystring.to'],
    ];
    for (const [query, field] of cases) {
      const res = await get('lead', `/api/v1/visits/hours?regionId=${g1}&${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().error.details.map((d: { field: string }) => d.field),
        query,
      ).toContain(field);
    }
    expect((await get('lead', `/api/v1/visits/hours?regionId=${g1}&from=2026-10-02&to=2027-01-01`)).statusCode).toBe(200);
    expect((await get('worker2', `/api/v1/visits/hours?regionId=${g1}&from=2027-01-10&to=2027-01-09`)).statusCode).toBe(404);
  });

  it('visit history: newest first, paged, with the total; the shape of POST /visits; 404 outside the scope before 400', async () => {
    const page1 = await get('worker1', `/api/v1/visits?householdId=${a}&limit=2`);
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json().total).toBe(3);
    expect(page1.json().items.map((v: { startedAt: string }) => v.startedAt)).toEqual([
      '2027-01-06T15:00:00.000Z',
      '2027-01-05T06:00:00.000Z',
    ]);
    const page2 = (await get('worker1', `/api/v1/visits?householdId=${a}&limit=2&offset=2`)).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]).toEqual(
      expect.objectContaining({
        householdId: a,
        type: 'routine',
        inPerson: true,
        visitors: [t.fx.users.worker1],
        location: null,
        outsideGrid: null,
      }),
    );
    const posted = await visit('worker1', b, '2027-01-20T09:00:00+08:00', '2027-01-20T09:40:00+08:00', 'three-visits');
    expect((await get('leader', `/api/v1/visits?householdId=${b}`)).json()).toEqual({
      items: [posted, expect.objectContaining({ type: 'round' })],
      total: 2,
    });
    expect((await get('worker2', `/api/v1/visits?householdId=${a}`)).statusCode).toBe(404);
    expect((await get('worker2', `/api/v1/visits?householdId=${a}&limit=0`)).statusCode).toBe(404);
    for (const [query, field] of [
      ['', 'querystring.householdId'],
      [`householdId=${a}&limit=0`, 'querystring.limit'],
      [`householdId=${a}&offset=-1`, 'querystring.offset'],
    ]) {
      const res = await get('worker1', `/api/v1/visits?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await get('hotline', `/api/v1/visits?householdId=${a}`)).statusCode).toBe(403);
  });
});
