import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { addResidentOk, countRows, createHousehold, householdTestApp, idNumberFor, type HouseholdTestApp } from './households.test-helpers';

describe.each(DB_KINDS)('households API on %s', (kind) => {
  let t: HouseholdTestApp;
  let g1Household: number;
  let c2Household: number;
  beforeAll(async () => {
    t = await householdTestApp(kind);
    g1Household = await createHousehold(t, 'worker1', 'g1');
    c2Household = await createHousehold(t, 'worker2', 'c2g1');
  });
  afterAll(() => t.close());

  it('A11.1 a grid worker registers a household in their own grid; the creation is audited', async () => {
    const res = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: '幸福路2号3单元401', housing: 'rented', landlord: '王房东' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      gridId: t.fx.regions.g1.id,
      grid: { code: '110101001001001' },
      address: '幸福路2号3单元401',
      housing: 'rented',
      landlord: '王房东',
      version: 1,
      members: [],
      visitClass: { visitClass: '3', source: 'derived', reasons: [] },
      abilities: { update: true, addResident: true, recordVisit: true, revealIdNumber: false, revealPhone: true },
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'household.create')
      .where('entity_id', '=', String(res.json().id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].top_region_id).toBe(t.fx.regions.street.id);
  });

  it('leads and staff above register within their scope; other roles get 403, grids outside scope 404', async () => {
    for (const [user, grid] of [
      ['leader', 'g1'],
      ['station', 'g2'],
      ['lead', 'g2'],
      ['officer', 'c2g1'],
      ['admin', 'g2'],
    ]) {
      const res = await t.call(user, {
        method: 'POST',
        url: '/api/v1/households',
        payload: { gridId: t.fx.regions[grid].id, address: `${user} 路` },
      });
      expect(res.statusCode, user).toBe(201);
    }
    for (const user of ['hotline', 'supervisor', 'dept']) {
      const res = await t.call(user, { method: 'POST', url: '/api/v1/households', payload: { gridId: t.fx.regions.g1.id, address: 'x' } });
      expect(res.statusCode, user).toBe(403);
    }
    const outside = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g2.id, address: 'x' },
    });
    expect(outside.statusCode).toBe(404);
    const notGrid = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.w1.id, address: 'x' },
    });
    expect(notGrid.statusCode).toBe(400);
    expect(notGrid.json().error.details[0].field).toBe('body.gridId');
  });

  it('A1.1 scope: worker1 sees only g1 households; others are 404 like missing ones', async () => {
    const list = await t.call('worker1', { method: 'GET', url: '/api/v1/households' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((h: { gridId: number }) => h.gridId === t.fx.regions.g1.id)).toBe(true);
    expect(list.json().items.map((h: { id: number }) => h.id)).toContain(g1Household);
    expect(list.json().total).toBe(list.json().items.length);
    for (const url of [
      `/api/v1/households/${c2Household}`,
      '/api/v1/households/99999999',
      `/api/v1/households/${c2Household}/visit-status`,
    ]) {
      const res = await t.call('worker1', { method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const patch = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/households/${c2Household}`,
      payload: { expectedVersion: 1, address: 'x' },
    });
    expect(patch.statusCode).toBe(404);
    const otherGrid = await t.call('worker1', { method: 'GET', url: `/api/v1/households?gridId=${t.fx.regions.c2g1.id}` });
    expect(otherGrid.statusCode).toBe(404);
    const lead = await t.call('lead', { method: 'GET', url: '/api/v1/households' });
    expect(lead.json().items.map((h: { id: number }) => h.id)).not.toContain(c2Household);
    const hotline = await t.call('hotline', { method: 'GET', url: '/api/v1/households' });
    expect(hotline.statusCode).toBe(403);
  });

  it('check order on one household: 401 → 404 → 400 → 403 → 409', async () => {
    const url = `/api/v1/households/${g1Household}`;
    expect((await t.call(null, { method: 'PATCH', url, payload: {} })).statusCode).toBe(401);
    expect((await t.call('worker2', { method: 'PATCH', url, payload: { bad: 1 } })).statusCode).toBe(404);
    const invalid = await t.call('hotline', { method: 'PATCH', url, payload: { expectedVersion: 'one' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details[0].field).toContain('expectedVersion');
    expect((await t.call('hotline', { method: 'PATCH', url, payload: { expectedVersion: 1, address: 'x' } })).statusCode).toBe(403);
    const stale = await t.call('worker1', { method: 'PATCH', url, payload: { expectedVersion: 99, address: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('PATCH with expectedVersion: the update bumps the version, a stale version is 409 and changes nothing', async () => {
    const id = await createHousehold(t, 'worker1', 'g1');
    const ok = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/households/${id}`,
      payload: { expectedVersion: 1, address: '新地址1号', housing: 'rented', landlord: '李某' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ address: '新地址1号', housing: 'rented', landlord: '李某', version: 2 });
    const stale = await t.call('leader', {
      method: 'PATCH',
      url: `/api/v1/households/${id}`,
      payload: { expectedVersion: 1, address: '覆盖' },
    });
    expect(stale.statusCode).toBe(409);
    const after = await t.call('worker1', { method: 'GET', url: `/api/v1/households/${id}` });
    expect(after.json()).toMatchObject({ address: '新地址1号', version: 2 });
  });

  it('A7.2 a manual visit class needs a reason and is shown beside the derived class', async () => {
    const id = await createHousehold(t, 'worker1', 'g1');
    await addResidentOk(t, 'worker1', id, {
      name: '赵老',
      sex: 'M',
      birthDate: '1950-03-01',
      idNumber: idNumberFor('1950-03-01', 'M', 40),
    });
    const url = `/api/v1/households/${id}`;
    const noReason = await t.call('worker1', {
      method: 'PATCH',
      url,
      payload: { expectedVersion: 1, visitClassOverride: { visitClass: '2-key', reason: '   ' } },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('body.visitClassOverride.reason');
    const missing = await t.call('worker1', {
      method: 'PATCH',
      url,
      payload: { expectedVersion: 1, visitClassOverride: { visitClass: '2-key' } },
    });
    expect(missing.statusCode).toBe(400);
    const set = await t.call('worker1', {
      method: 'PATCH',
      url,
      payload: { expectedVersion: 1, visitClassOverride: { visitClass: '2-key', reason: '术后卧床，社区医生建议每周探访' } },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().visitClass).toMatchObject({
      visitClass: '2-key',
      source: 'override',
      derivedClass: '1-general',
      override: { visitClass: '2-key', reason: '术后卧床，社区医生建议每周探访' },
    });
    expect(set.json().visitClass.reasons[0]).toMatchObject({ rule: 'A7.2', reason: 'age-60-plus' });
    const cleared = await t.call('worker1', { method: 'PATCH', url, payload: { expectedVersion: 2, visitClassOverride: null } });
    expect(cleared.json().visitClass).toMatchObject({ visitClass: '1-general', source: 'derived', override: null });
  });

  it('compound and building must lie inside the household grid', async () => {
    const compound = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'compound', parentId: t.fx.regions.g1.id, code: '110101001001001P01', name: '阳光小区', point: [116.005, 39.01] },
    });
    expect(compound.statusCode).toBe(201);
    const ok = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: '阳光小区1号', compoundId: compound.json().id },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().compoundId).toBe(compound.json().id);
    const before = await countRows(t, 'households');
    // g2 lies in the lead's scope but is no compound of g1 (a region outside the caller's scope would be a 404)
    const wrong = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: 'x', compoundId: t.fx.regions.g2.id },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('body.compoundId');
    expect(await countRows(t, 'households')).toBe(before);
  });

  it('Idempotency-Key: a replay returns the first household and creates nothing; another body is 409', async () => {
    const headers = { 'idempotency-key': 'hh-retry-1' };
    const payload = { gridId: t.fx.regions.g1.id, address: '重试路1号' };
    const first = await t.call('worker1', { method: 'POST', url: '/api/v1/households', payload, headers });
    expect(first.statusCode).toBe(201);
    const before = await countRows(t, 'households');
    const again = await t.call('worker1', { method: 'POST', url: '/api/v1/households', payload, headers });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await countRows(t, 'households')).toBe(before);
    const other = await t.call('worker1', { method: 'POST', url: '/api/v1/households', payload: { ...payload, address: '别处' }, headers });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countRows(t, 'households')).toBe(before);
  });

  it('list: search by address or name, sort by address, pagination; unknown sort keys are refused', async () => {
    const id = await createHousehold(t, 'worker1', 'g1', { address: '搜索巷9号' });
    await addResidentOk(t, 'worker1', id, { name: '钱多多', sex: 'F', birthDate: '1988-08-08' });
    const byAddress = await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent('搜索巷')}` });
    expect(byAddress.json().items.map((h: { id: number }) => h.id)).toEqual([id]);
    const byName = await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent('钱多')}` });
    expect(byName.json().items.map((h: { id: number }) => h.id)).toEqual([id]);
    const wildcard = await t.call('worker1', { method: 'GET', url: `/api/v1/households?q=${encodeURIComponent('%')}` });
    expect(wildcard.json().total).toBe(0);
    const sorted = await t.call('worker1', { method: 'GET', url: '/api/v1/households?sort=address&limit=2&offset=0' });
    expect(sorted.json().items).toHaveLength(2);
    expect(sorted.json().total).toBeGreaterThan(2);
    for (const sort of ['idNumber', 'phone', 'id_number_hash']) {
      const res = await t.call('worker1', { method: 'GET', url: `/api/v1/households?sort=${sort}` });
      expect(res.statusCode, sort).toBe(400);
    }
  });
});
