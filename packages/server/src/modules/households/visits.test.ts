import { PRESETS } from '@gridwork/core/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { addResidentOk, countRows, createHousehold, householdTestApp, type HouseholdTestApp } from './households.test-helpers';

/** Tests run with TZ=UTC; every instant below is written with its Asia/Shanghai offset. */
describe.each(DB_KINDS)('visits and visit status on %s', (kind) => {
  let t: HouseholdTestApp;
  let household: number;
  const visit = (user: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.call(user, { method: 'POST', url: '/api/v1/visits', payload: body, headers });
  const at = (householdId: number, startedAt: string, type = 'routine', minutes = 30) => ({
    householdId,
    startedAt,
    endedAt: new Date(new Date(startedAt).getTime() + minutes * 60_000).toISOString(),
    type,
  });
  const status = async (householdId: number, date: string) => {
    const res = await t.call('worker1', { method: 'GET', url: `/api/v1/households/${householdId}/visit-status?date=${date}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const householdWith = async (residents: Array<{ birthDate: string; tags?: string[] }>) => {
    const id = await createHousehold(t, 'worker1', 'g1');
    for (const [i, r] of residents.entries()) await addResidentOk(t, 'worker1', id, { name: `居民${i}`, sex: 'F', ...r });
    return id;
  };
  const record = async (householdId: number, startedAt: string, type = 'routine') => {
    const res = await visit('worker1', at(householdId, startedAt, type));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t = await householdTestApp(kind, '2027-02-01T02:00:00Z');
    household = await createHousehold(t, 'worker1', 'g1');
  });
  afterAll(() => t.close());

  it('records a visit: visitors default to the caller, GPS inside the grid is not flagged, the policy version is kept', async () => {
    const res = await visit('worker1', {
      ...at(household, '2027-02-01T09:00:00+08:00'),
      location: { lat: 39.01, lng: 116.005 },
      findings: '屋顶漏水',
      needs: '维修',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      householdId: household,
      type: 'routine',
      inPerson: true,
      visitors: [t.fx.users.worker1],
      location: { lat: 39.01, lng: 116.005 },
      outsideGrid: false,
      findings: '屋顶漏水',
      needs: '维修',
      startedAt: '2027-02-01T01:00:00.000Z',
    });
    expect(res.json().policyVersion).toBeGreaterThan(0);
    const call = await visit('leader', {
      ...at(household, '2027-02-01T09:30:00+08:00', 'call'),
      visitors: [t.fx.users.worker1, t.fx.users.leader],
    });
    expect(call.json()).toMatchObject({
      inPerson: false,
      visitors: [t.fx.users.worker1, t.fx.users.leader],
      location: null,
      outsideGrid: null,
    });
  });

  it('a GPS point inside China but outside the household grid is stored with outsideGrid: true; a shared edge is inside', async () => {
    const outside = await visit('worker1', { ...at(household, '2027-01-20T10:00:00+08:00'), location: { lat: 31.23, lng: 121.47 } });
    expect(outside.statusCode).toBe(201);
    expect(outside.json().outsideGrid).toBe(true);
    const g2Household = await createHousehold(t, 'lead', 'g2');
    const edge = await visit('lead', { ...at(g2Household, '2027-01-20T10:00:00+08:00'), location: { lat: 39.01, lng: 116.01 } });
    expect(edge.json().outsideGrid).toBe(false);
  });

  it('visit time rules and GPS outside China: 400 naming the field, nothing written', async () => {
    const now = t.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    const base = { householdId: household, type: 'routine' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, startedAt: iso(now + 6 * 60_000), endedAt: iso(now + 60 * 60_000) }, 'body.startedAt'],
      [{ ...base, startedAt: iso(now - 60_000), endedAt: iso(now - 60_000) }, 'body.endedAt'],
      [{ ...base, startedAt: iso(now - 60_000), endedAt: iso(now - 120_000) }, 'body.endedAt'],
      [{ ...base, startedAt: iso(now - 13 * 3_600_000), endedAt: iso(now - 3_600_000 + 1000) }, 'body.endedAt'],
      [{ ...base, startedAt: '2027-01-31T10:00:00', endedAt: '2027-01-31T11:00:00' }, 'body.startedAt'],
      [{ ...base, startedAt: iso(now - 3_600_000), endedAt: iso(now), type: 'party' }, 'body.type'],
      [{ ...base, startedAt: iso(now - 3_600_000), endedAt: iso(now), location: { lat: 35.68, lng: 139.69 } }, 'body.location.lng'],
      [{ ...base, startedAt: iso(now - 3_600_000), endedAt: iso(now), location: { lat: 0, lng: 0 } }, 'body.location.lat'],
      [{ ...base, startedAt: iso(now - 3_600_000), endedAt: iso(now), location: { lat: 91, lng: 116 } }, 'body.location.lat'],
    ];
    const before = [await countRows(t, 'visits'), await countRows(t, 'audit_log')];
    for (const [payload, field] of cases) {
      const res = await visit('worker1', payload);
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().error.details.map((d: { field: string }) => d.field),
        JSON.stringify(payload),
      ).toContain(field);
    }
    // a visitor who does not exist is not found (404 before 400: API contract check order)
    const unknownVisitor = await visit('worker1', { ...base, startedAt: iso(now - 3_600_000), endedAt: iso(now), visitors: [999_999] });
    expect(unknownVisitor.statusCode).toBe(404);
    expect([await countRows(t, 'visits'), await countRows(t, 'audit_log')]).toEqual(before);
    const soon = await visit('worker1', { ...base, startedAt: iso(now + 4 * 60_000), endedAt: iso(now + 64 * 60_000) });
    expect(soon.statusCode).toBe(201);
    const twelveHours = await visit('worker1', { ...base, startedAt: iso(now - 12 * 3_600_000), endedAt: iso(now) });
    expect(twelveHours.statusCode).toBe(201);
  });

  it('scope and roles: 404 outside the caller scope, 403 for roles that do not record visits', async () => {
    const body = at(household, '2027-01-31T10:00:00+08:00');
    expect((await visit('worker2', body)).statusCode).toBe(404);
    expect((await visit('hotline', body)).statusCode).toBe(403);
    expect((await visit('supervisor', body)).statusCode).toBe(403);
  });

  it('Idempotency-Key on visits: a replay creates nothing new; another body with the key is 409', async () => {
    const body = at(household, '2027-01-30T10:00:00+08:00');
    const first = await visit('worker1', body, { 'idempotency-key': 'visit-1' });
    const before = await countRows(t, 'visits');
    const again = await visit('worker1', body, { 'idempotency-key': 'visit-1' });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await countRows(t, 'visits')).toBe(before);
    const other = await visit('worker1', { ...body, findings: '另一次' }, { 'idempotency-key': 'visit-1' });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('D5 weeks run Monday-Sunday in Asia/Shanghai: a Monday 00:10 visit (Sunday in UTC) counts for the new week', async () => {
    const id = await householdWith([{ birthDate: '1975-06-01', tags: ['bedridden'] }]);
    await record(id, '2026-11-29T23:30:00+08:00');
    await record(id, '2026-11-30T00:10:00+08:00');
    expect(await status(id, '2026-11-28')).toMatchObject({
      visitClass: '2-key',
      period: { start: '2026-11-23', end: '2026-11-29' },
      required: 1,
      done: 0,
      status: 'at-risk',
    });
    expect(await status(id, '2026-11-29')).toMatchObject({ period: { start: '2026-11-23', end: '2026-11-29' }, done: 1, status: 'met' });
    expect(await status(id, '2026-11-30')).toMatchObject({ period: { start: '2026-11-30', end: '2026-12-06' }, done: 1, status: 'met' });
    expect(await status(id, '2026-12-02')).toMatchObject({ done: 1, status: 'met' });
    expect(await status(id, '2026-12-13')).toMatchObject({
      period: { start: '2026-12-07', end: '2026-12-13' },
      done: 0,
      status: 'overdue',
    });
  });

  it('D5 months: a visit at 00:00 on the 1st (Shanghai) belongs to the new month; the last day without a visit is overdue', async () => {
    const id = await householdWith([{ birthDate: '1950-01-20' }]);
    expect(await status(id, '2026-11-10')).toMatchObject({
      visitClass: '1-general',
      period: { start: '2026-11-01', end: '2026-11-30' },
      required: 1,
      done: 0,
      status: 'due',
    });
    expect(await status(id, '2026-11-29')).toMatchObject({ status: 'at-risk' });
    await record(id, '2026-12-01T00:00:00+08:00');
    expect(await status(id, '2026-11-30')).toMatchObject({ done: 0, status: 'overdue' });
    expect(await status(id, '2026-12-01')).toMatchObject({ period: { start: '2026-12-01', end: '2026-12-31' }, done: 1, status: 'met' });
    await record(id, '2026-11-30T23:59:00+08:00');
    expect(await status(id, '2026-11-30')).toMatchObject({ done: 1, status: 'met' });
    expect(await status(id, '2026-12-31')).toMatchObject({ done: 1 });
  });

  it('D5 quarters: class 3 needs 2 a quarter; visits on both sides of a quarter boundary count in their own quarter', async () => {
    const id = await householdWith([{ birthDate: '1996-03-03' }]);
    await record(id, '2026-10-01T00:00:00+08:00');
    await record(id, '2026-12-31T23:00:00+08:00');
    await record(id, '2027-01-01T07:00:00+08:00');
    expect(await status(id, '2026-09-30')).toMatchObject({
      visitClass: '3',
      period: { start: '2026-07-01', end: '2026-09-30' },
      required: 2,
      done: 0,
      status: 'overdue',
    });
    expect(await status(id, '2026-12-30')).toMatchObject({
      period: { start: '2026-10-01', end: '2026-12-31' },
      done: 1,
      status: 'at-risk',
    });
    expect(await status(id, '2026-12-31')).toMatchObject({ done: 2, status: 'met' });
    expect(await status(id, '2027-01-01')).toMatchObject({ period: { start: '2027-01-01', end: '2027-03-31' }, done: 1, status: 'due' });
  });

  it('D5 only in-person visits count (a call is a contact); several visits on one day count once', async () => {
    const id = await householdWith([{ birthDate: '1948-08-08', tags: ['empty-nest'] }]);
    await record(id, '2026-11-10T09:00:00+08:00');
    await record(id, '2026-11-10T15:00:00+08:00', 'three-visits');
    expect(await status(id, '2026-11-10')).toMatchObject({ visitClass: '1-special', required: 2, done: 1, remaining: 1, status: 'due' });
    await record(id, '2026-11-12T09:00:00+08:00', 'call');
    expect(await status(id, '2026-11-12')).toMatchObject({ done: 1 });
    await record(id, '2026-11-13T09:00:00+08:00', 'follow-up');
    expect(await status(id, '2026-11-13')).toMatchObject({ done: 2, remaining: 0, status: 'met' });
    expect(await status(id, '2026-11-09')).toMatchObject({ done: 0 });
  });

  it('A7.2 households crossing the 60-year line: elderly tags count from the 60th birthday; the highest frequency wins', async () => {
    const id = await householdWith([{ birthDate: '1966-12-15', tags: ['empty-nest'] }]);
    expect(await status(id, '2026-12-14')).toMatchObject({
      visitClass: '3',
      reasons: [],
      period: { start: '2026-10-01', end: '2026-12-31' },
      required: 2,
    });
    const at60 = await status(id, '2026-12-15');
    expect(at60).toMatchObject({
      visitClass: '1-special',
      source: 'derived',
      period: { start: '2026-12-01', end: '2026-12-31' },
      required: 2,
    });
    expect(at60.reasons.map((r: { reason: string }) => r.reason)).toEqual(['age-60-plus', 'empty-nest']);
    const member = await addResidentOk(t, 'worker1', id, { name: '儿子', sex: 'M', birthDate: '1990-01-01', tags: ['low-income'] });
    const both = await status(id, '2026-12-15');
    expect(both).toMatchObject({ visitClass: '2-general', required: 2, period: { start: '2026-12-01', end: '2026-12-31' } });
    expect(both.reasons).toEqual([
      expect.objectContaining({ rule: 'A7.2', reason: 'age-60-plus', visitClass: '1-general' }),
      expect.objectContaining({ reason: 'empty-nest', visitClass: '1-special' }),
      { rule: 'A7.2', reason: 'low-income', visitClass: '2-general', residentId: member.residentId },
    ]);
  });

  it('A7.2 a circumstance tag added mid-period applies to the whole period, counting the visits before it', async () => {
    const id = await householdWith([{ birthDate: '1976-04-04' }]);
    await record(id, '2026-11-16T10:00:00+08:00');
    expect(await status(id, '2026-11-18')).toMatchObject({ visitClass: '3', required: 2, done: 1, status: 'due' });
    const detail = (await t.call('worker1', { method: 'GET', url: `/api/v1/households/${id}` })).json();
    const residentId = detail.members[0].residentId;
    const patched = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/residents/${residentId}`,
      payload: { expectedVersion: 1, tags: ['seriously-ill'] },
    });
    expect(patched.statusCode).toBe(200);
    expect(await status(id, '2026-11-18')).toMatchObject({
      visitClass: '2-key',
      period: { start: '2026-11-16', end: '2026-11-22' },
      required: 1,
      done: 1,
      status: 'met',
    });
    expect(await status(id, '2026-11-25')).toMatchObject({ visitClass: '2-key', done: 0, status: 'due' });
    const household = (await t.call('worker1', { method: 'GET', url: `/api/v1/households/${id}` })).json();
    expect(household.visitClass).toMatchObject({ visitClass: '2-key', reasons: [{ reason: 'seriously-ill', residentId }] });
    expect(household.recentVisits).toHaveLength(1);
  });

  it('visit-status: an impossible date is 400 naming it; C2.2 D6 the township round applies to every class', async () => {
    // … a policy with neither is 422
    for (const date of ['2026-02-30', '2026-13-01', 'today']) {
      const res = await t.call('worker1', { method: 'GET', url: `/api/v1/households/${household}/visit-status?date=${date}` });
      expect(res.statusCode, date).toBe(400);
      expect(res.json().error.details[0].field).toBe('querystring.date');
    }
    const town = await createHousehold(t, 'townworker', 'tg1');
    const res = await t.call('townworker', { method: 'GET', url: `/api/v1/households/${town}/visit-status?date=2027-01-14` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      visitClass: '3',
      rule: 'C2.2',
      period: { start: '2027-01-01', end: '2027-03-31' },
      window: { start: '2027-01-01', end: '2027-01-15' },
      required: 1,
      done: 0,
      status: 'at-risk',
    });
    const last = await t.call('townworker', { method: 'GET', url: `/api/v1/households/${town}/visit-status?date=2027-01-15` });
    expect(last.json()).toMatchObject({ rule: 'C2.2', status: 'overdue' });
    const today = await t.call('worker1', { method: 'GET', url: `/api/v1/households/${household}/visit-status` });
    expect(today.json()).toMatchObject({ date: '2027-02-01', rule: 'A7.2', window: null });
    const { 'quarterly-round': _round, ...others } = PRESETS.township.visits!.obligations;
    const neither = { ...PRESETS.township, visits: { ...PRESETS.township.visits!, obligations: others } };
    await t.ctx.db
      .insertInto('policies')
      .values({
        region_id: t.fx.regions.town.id,
        preset: 'township',
        values: JSON.stringify(neither),
        created_at: new Date('2020-01-01T00:00:00Z'),
      })
      .execute();
    const incomplete = await t.call('townworker', { method: 'GET', url: `/api/v1/households/${town}/visit-status?date=2027-01-15` });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error).toMatchObject({ code: 'POLICY_INCOMPLETE', details: [{ field: 'policy.visits.obligations.3' }] });
  });
});
