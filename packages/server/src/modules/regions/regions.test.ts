import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe.each(DB_KINDS)('regions API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const ids = (res: { json(): Array<{ id: number; inScope: boolean }> }) =>
    res
      .json()
      .filter((r) => r.inScope)
      .map((r) => r.id);

  it('A1.1 scope isolation: worker1 sees only their grid, worker2 only theirs', async () => {
    const w1 = await t.call('worker1', { method: 'GET', url: '/api/v1/regions' });
    const w2 = await t.call('worker2', { method: 'GET', url: '/api/v1/regions' });
    expect(ids(w1)).toEqual([t.fx.regions.g1.id]);
    expect(ids(w2)).toEqual([t.fx.regions.c2g1.id]);
    // the trunk above is shown for the tree, marked out of scope, with no abilities
    const trunk = w1.json().filter((r: { inScope: boolean }) => !r.inScope);
    expect(trunk.map((r: { id: number }) => r.id).sort()).toEqual(
      [t.fx.regions.district.id, t.fx.regions.street.id, t.fx.regions.c1.id, t.fx.regions.w1.id].sort(),
    );
    expect(trunk.every((r: { abilities: Record<string, boolean> }) => !Object.values(r.abilities).some(Boolean))).toBe(true);
  });

  it('a record outside the caller scope is 404, the same as a missing one (no existence leak)', async () => {
    const other = await t.call('worker1', { method: 'GET', url: `/api/v1/regions/${t.fx.regions.c2g1.id}` });
    const missing = await t.call('worker1', { method: 'GET', url: '/api/v1/regions/999999' });
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    const own = await t.call('worker2', { method: 'GET', url: `/api/v1/regions/${t.fx.regions.c2g1.id}` });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ code: '110101001002001', type: 'grid', preset: 'community' });
    expect(own.json().geometry.type).toBe('Polygon');
  });

  it('GET /regions/:id returns type, code, name, parentId and abilities', async () => {
    const res = await t.call('lead', { method: 'GET', url: `/api/v1/regions/${t.fx.regions.g1.id}` });
    expect(res.json()).toMatchObject({
      type: 'grid',
      code: '110101001001001',
      name: '一社区第一网格',
      parentId: t.fx.regions.w1.id,
      abilities: { update: true, delete: true },
    });
  });

  it('check order: 401 before 404 before 400 before 403', async () => {
    const anon = await t.call(null, { method: 'PATCH', url: '/api/v1/regions/999999', payload: { bad: true } });
    expect(anon.statusCode).toBe(401);
    const missing = await t.call('worker1', { method: 'PATCH', url: '/api/v1/regions/999999', payload: { bad: true } });
    expect(missing.statusCode).toBe(404);
    const invalid = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/regions/${t.fx.regions.g1.id}`,
      payload: { expectedVersion: 'one' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('VALIDATION_FAILED');
    expect(invalid.json().error.details[0].field).toContain('expectedVersion');
    const forbidden = await t.call('worker1', {
      method: 'PATCH',
      url: `/api/v1/regions/${t.fx.regions.g1.id}`,
      payload: { expectedVersion: 1, name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('A8.3 the community lead creates, renames and deletes a grid; every change is audited', async () => {
    const created = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'compound', parentId: t.fx.regions.g1.id, code: '110101001001001P01', name: '阳光小区', point: [116.005, 39.01] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const renamed = await t.call('lead', {
      method: 'PATCH',
      url: `/api/v1/regions/${id}`,
      payload: { expectedVersion: 1, name: '阳光花园' },
    });
    expect(renamed.json()).toMatchObject({ name: '阳光花园', version: 2 });
    const stale = await t.call('lead', { method: 'PATCH', url: `/api/v1/regions/${id}`, payload: { expectedVersion: 1, name: '覆盖' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['region.create', 'region.update']);
    expect(audit[1].before).toMatchObject({ name: '阳光小区' });
    expect(audit[1].after).toMatchObject({ name: '阳光花园' });
    const del = await t.call('lead', { method: 'DELETE', url: `/api/v1/regions/${id}?expectedVersion=2` });
    expect(del.statusCode).toBe(204);
    expect((await t.call('lead', { method: 'GET', url: `/api/v1/regions/${id}` })).statusCode).toBe(404);
  });

  it('bad input changes nothing: wrong parent type, bad code, duplicate code, unknown fields', async () => {
    const before = await t.ctx.db
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const cases = [
      { payload: { type: 'street', parentId: t.fx.regions.g1.id, code: '110101009', name: 'x' }, status: 400 },
      { payload: { type: 'grid', parentId: t.fx.regions.c1.id, code: '12345', name: 'x' }, status: 400 },
      { payload: { type: 'grid', parentId: t.fx.regions.c1.id, code: '110101001002009', name: 'x' }, status: 400 },
      { payload: { type: 'grid', parentId: t.fx.regions.c1.id, code: '110101001001001', name: 'dup' }, status: 409 },
      { payload: { type: 'grid', parentId: t.fx.regions.c1.id, code: '110101001001009', name: 'x', extra: 1 }, status: 400 },
    ];
    for (const c of cases) {
      const res = await t.call('lead', { method: 'POST', url: '/api/v1/regions', payload: c.payload });
      expect(res.statusCode, JSON.stringify(c.payload)).toBe(c.status);
    }
    const after = await t.ctx.db
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('A1.5 a compound point must lie inside its grid', async () => {
    const outside = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'compound', parentId: t.fx.regions.g1.id, code: '110101001001001P09', name: '错位小区', point: [116.015, 39.01] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].field).toBe('body.point');
    const inside = await t.call('lead', {
      method: 'POST',
      url: '/api/v1/regions',
      payload: { type: 'compound', parentId: t.fx.regions.g1.id, code: '110101001001001P09', name: '正确小区', point: [116.005, 39.01] },
    });
    expect(inside.statusCode).toBe(201);
    const moved = await t.call('lead', {
      method: 'PATCH',
      url: `/api/v1/regions/${inside.json().id}`,
      payload: { expectedVersion: 1, point: [116.03, 39.01] },
    });
    expect(moved.statusCode).toBe(400);
  });

  it('a node with children is not deleted', async () => {
    const res = await t.call('admin', { method: 'DELETE', url: `/api/v1/regions/${t.fx.regions.w1.id}?expectedVersion=1` });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REGION_HAS_CHILDREN');
  });
});
