import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { insertRegion } from '../regions/regions.repository';
import { createHousehold, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';

/** Issue 11 item 8: the assign dialog's choices and the address → grid lookup of hotline intake. */
describe.each(DB_KINDS)('desk helpers on %s', (kind) => {
  let t: HouseholdTestApp;
  let caseId = 0;

  beforeAll(async () => {
    t = await householdTestApp(kind);
    for (const [code, unit] of [
      ['dispute', '区司法局'],
      ['safety-hazard', '区应急管理局'],
    ])
      await t.ctx.db.updateTable('case_categories').set({ default_unit: unit }).where('code', '=', code).execute();
    const res = await t.call('hotline', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '路面塌陷',
        description: '幸福路口路面塌陷',
        category: 'safety-hazard',
        caseClass: 'general',
        source: 'hotline',
        gridId: t.fx.regions.g2.id,
        reporter: { name: '王五', phone: '13700001111' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
    await createHousehold(t, 'worker1', 'g1', { address: '幸福路8号3单元201' });
    await createHousehold(t, 'worker2', 'c2g1', { address: '和平街9号' });
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        insertRegion(
          trx,
          { parentId: t.fx.regions.g2.id, type: 'compound', code: '110101001001002001', name: '阳光花园小区' },
          t.fx.regions.g2,
          new Date(),
        ),
      );
  });
  afterAll(() => t.close());

  const assignees = (user: string) => t.call(user, { method: 'GET', url: `/api/v1/cases/${caseId}/assignees` });
  const lookup = (user: string, q: string) => t.call(user, { method: 'GET', url: `/api/v1/address-lookup?q=${encodeURIComponent(q)}` });

  it("A1.1 the case's own grid team comes first, then the others in the caller's scope; units include the area", async () => {
    // a second worker bound to the case's grid g2
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'g2worker', displayName: '二网格员', password: 'a-long-password-1' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const g2worker = res.json().id as number;
    const role = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/users/${g2worker}/roles`,
      payload: { role: 'grid-worker', regionId: t.fx.regions.g2.id },
    });
    expect(role.statusCode, role.body).toBe(200);

    const a = await assignees('station');
    expect(a.statusCode, a.body).toBe(200);
    const people = a.json().people as Array<{ id: number; onGrid: boolean }>;
    expect(people[0]).toMatchObject({ id: g2worker, onGrid: true });
    expect(people.filter((p) => p.onGrid).map((p) => p.id)).toEqual([g2worker]);
    const ids = people.map((p) => p.id);
    expect(ids).toContain(t.fx.users.worker1);
    expect(ids).not.toContain(t.fx.users.worker2);
    const units = a.json().units as Array<{ name: string; source: string }>;
    // the case's category's unit first, then its area from the grid up (as far as the caller's scope), then other units
    expect(units.slice(0, 4)).toEqual([
      { name: '区应急管理局', source: 'category' },
      { name: '一社区第二网格', source: 'region' },
      { name: '一社区工作站', source: 'region' },
      { name: '区司法局', source: 'category' },
    ]);
    expect(units.map((u) => u.name)).not.toContain('一社区');
  });

  it('only those who may assign the case get its choices: 404 outside scope, 403 without the role', async () => {
    expect((await assignees('lead')).statusCode).toBe(200);
    expect((await assignees('worker2')).statusCode).toBe(404);
    expect((await assignees('worker1')).statusCode).toBe(404);
    const own = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: '井盖缺失',
        description: '井盖缺失',
        category: 'public-facility',
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions.g1.id,
      },
    });
    const url = `/api/v1/cases/${own.json().id}/assignees`;
    expect((await t.call('worker1', { method: 'GET', url })).statusCode).toBe(403);
    const byLeader = await t.call('leader', { method: 'GET', url });
    expect(byLeader.statusCode).toBe(200);
    expect(byLeader.json().people[0]).toMatchObject({ onGrid: true });
    expect((await t.call('station', { method: 'GET', url: '/api/v1/cases/abc/assignees' })).statusCode).toBe(404);
  });

  it('C3 a typed address proposes its grid from households and compounds, with nothing about who lives there', async () => {
    const res = await lookup('hotline', '幸福路8号');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      {
        kind: 'household',
        label: '幸福路8号3单元201',
        grid: { id: t.fx.regions.g1.id, code: t.fx.regions.g1.code, name: t.fx.regions.g1.name },
      },
    ]);
    const compound = (await lookup('hotline', '阳光')).json().items;
    expect(compound).toEqual([{ kind: 'compound', label: '阳光花园小区', grid: expect.objectContaining({ id: t.fx.regions.g2.id }) }]);
    const grid = (await lookup('hotline', '第一网格')).json().items;
    expect(grid.map((i: { grid: { id: number } }) => i.grid.id)).toContain(t.fx.regions.g1.id);
  });

  it("stays inside the caller's intake scope; roles without intake get 403; bad queries 400", async () => {
    expect((await lookup('worker2', '幸福路')).json().items).toEqual([]);
    expect((await lookup('worker2', '和平街')).json().items).toHaveLength(1);
    expect((await lookup('townworker', '和平街')).json().items).toEqual([]);
    expect((await lookup('dept', '和平街')).statusCode).toBe(403);
    for (const q of ['', '   ', '长'.repeat(101)]) {
      const res = await lookup('hotline', q);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const wild = await lookup('hotline', '%');
    expect(wild.statusCode).toBe(200);
    expect(wild.json().items).toEqual([]);
  });
});
