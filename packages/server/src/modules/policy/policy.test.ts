import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { PRESETS } from '@gridwork/core/policy';
import { hashPassword } from '../auth/password';
import { insertRegion } from '../regions/regions.repository';
import { insertRole, insertUser } from '../users/users.repository';
import { TEST_PASSWORD } from '../../testing/fixture';
import { createTestApp, type TestApp } from '../../testing/test-app';

type Values = { caseClasses: Record<string, { limit: { value: number; unit: string }; rule: string }> } & Record<string, unknown>;

describe.each(DB_KINDS)('policy API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const get = (user: string, query = '') => t.call(user, { method: 'GET', url: `/api/v1/policy${query}` });
  const put = (user: string, payload: object) => t.call(user, { method: 'PUT', url: '/api/v1/policy', payload });
  const policyRows = async () => t.ctx.db.selectFrom('policies').select(['region_id', 'version', 'preset']).orderBy('id').execute();

  it('A3.4 a grid worker gets the community preset inherited from the district, each value with its rule', async () => {
    const res = await get('worker1');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ preset: 'community', version: 1, regionId: t.fx.regions.district.id, abilities: { edit: false } });
    const classes = p.values.caseClasses as Values['caseClasses'];
    expect(Object.keys(classes).sort()).toEqual(['complex', 'consultation', 'especially-complex', 'general']);
    for (const [code, c] of Object.entries(classes)) expect(c.rule, code).toBe('A3.4');
    expect(classes.consultation.limit).toEqual({ value: 2, unit: 'working-days' });
    expect(classes.general.limit).toEqual({ value: 5, unit: 'working-days' });
    expect(classes.complex.limit).toEqual({ value: 10, unit: 'working-days' });
    expect(p.values.warnShare).toMatchObject({ value: 0.8, rule: 'D2' });
    // the same for a region asked for explicitly, inside the caller's scope
    expect((await get('worker1', `?regionId=${t.fx.regions.g1.id}`)).json()).toMatchObject({
      preset: 'community',
      regionId: t.fx.regions.district.id,
    });
  });

  it('C5.2 D3 a town grid worker gets the township preset (calendar days) attached at the town', async () => {
    const p = (await get('townworker')).json();
    expect(p).toMatchObject({ preset: 'township', version: 2, regionId: t.fx.regions.town.id });
    const classes = p.values.caseClasses as Values['caseClasses'];
    expect(Object.keys(classes).sort()).toEqual(['complex', 'general', 'major']);
    expect(classes.general).toMatchObject({ limit: { value: 7, unit: 'calendar-days' }, rule: 'C5.2' });
    expect(classes.complex.limit).toEqual({ value: 15, unit: 'calendar-days' });
    expect(classes.major.limit).toEqual({ value: 30, unit: 'calendar-days' });
  });

  it('?regionId= outside the caller scope is 404, the same as a missing region; a bad id is 400', async () => {
    for (const query of [`?regionId=${t.fx.regions.c2g1.id}`, `?regionId=${t.fx.regions.town.id}`, '?regionId=999999']) {
      const res = await get('worker1', query);
      expect(res.statusCode, query).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await get('worker1', '?regionId=abc')).statusCode).toBe(400);
    expect((await get('worker1', `?regionId=${t.fx.regions.g1.id}&x=2`)).statusCode).toBe(400);
    expect((await get('worker1', '?regionId=1&x=2')).statusCode, 'outside the scope: 404 before 400').toBe(404);
  });

  it('an officer saves an edited policy at the street: new versions, the subtree inherits it, stale versions are refused', async () => {
    // … each save audited
    const street = t.fx.regions.street.id;
    const current = (await get('officer')).json();
    expect(current).toMatchObject({ regionId: t.fx.regions.district.id, version: 1, abilities: { edit: true } });
    const values = structuredClone(current.values) as Values;
    values.caseClasses.general.limit.value = 4;

    // the street inherits the district's version 1: expecting it attaches a new version there
    // (versions are numbered across the deployment: the town's is 2, so this is 3)
    const first = await put('officer', { regionId: street, preset: 'community', values, expectedVersion: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ preset: 'community', version: 3, regionId: street });
    values.caseClasses.complex.limit.value = 8;
    const second = await put('officer', { regionId: street, preset: 'community', values, expectedVersion: 3 });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 4, regionId: street });

    const after = (await get('officer')).json();
    expect(after).toMatchObject({ preset: 'community', version: 4, regionId: street });
    expect(after.values).toEqual(values);
    // the street's grids inherit it; the town keeps its own; the district's version 1 is untouched
    expect((await get('worker1')).json()).toMatchObject({
      version: 4,
      regionId: street,
      values: { caseClasses: { general: { limit: { value: 4 } } } },
    });
    expect((await get('townworker')).json()).toMatchObject({ preset: 'township', regionId: t.fx.regions.town.id });
    expect((await get('admin', `?regionId=${t.fx.regions.district.id}`)).json().values.caseClasses.general.limit.value).toBe(5);

    const rows = await policyRows();
    const stale = await put('officer', { regionId: street, preset: 'community', values, expectedVersion: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(await policyRows()).toEqual(rows);

    const versions = await t.call('officer', { method: 'GET', url: `/api/v1/policy/versions?regionId=${street}` });
    expect(versions.statusCode).toBe(200);
    expect(versions.json().map((v: { version: number; createdBy: string; preset: string }) => [v.version, v.createdBy, v.preset])).toEqual([
      [4, 'officer', 'community'],
      [3, 'officer', 'community'],
    ]);
    expect(Number.isNaN(Date.parse(versions.json()[0].createdAt))).toBe(false);
    expect((await t.call('worker2', { method: 'GET', url: `/api/v1/policy/versions?regionId=${street}` })).statusCode).toBe(404);

    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.save').orderBy('id').execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      actor_id: t.fx.users.officer,
      entity: 'policy',
      entity_id: String(street),
      before: { version: 3 },
      after: { version: 4, preset: 'community' },
    });
    expect((audit[1].after as { values: Values }).values.caseClasses.complex.limit.value).toBe(8);
  });

  it('invalid values → 400 POLICY_INVALID naming the JSON path of each problem; nothing is stored', async () => {
    const current = (await get('townofficer')).json();
    const values = structuredClone(current.values) as Values & { warnShare: { value: number } };
    values.caseClasses.general.limit.value = -3;
    values.warnShare.value = 2;
    (values as Record<string, unknown>).bonus = { value: 1 };
    const rows = await policyRows();
    const res = await put('townofficer', { regionId: t.fx.regions.town.id, preset: 'township', values, expectedVersion: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('POLICY_INVALID');
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['/bonus', '/caseClasses/general/limit/value', '/warnShare/value']);
    for (const d of res.json().error.details) expect(d.message.length).toBeGreaterThan(5);
    // a missing rule tag and a non-object are problems too
    delete (current.values.caseClasses.general as { rule?: string }).rule;
    const noRule = await put('townofficer', {
      regionId: t.fx.regions.town.id,
      preset: 'township',
      values: current.values,
      expectedVersion: 2,
    });
    expect(noRule.json().error.details.map((d: { path: string }) => d.path)).toContain('/caseClasses/general/rule');
    expect(
      (await put('townofficer', { regionId: t.fx.regions.town.id, preset: 'township', values: 'strict', expectedVersion: 2 })).statusCode,
    ).toBe(400);
    // the envelope is checked too: unknown preset, unknown field
    const badBody = await put('townofficer', {
      regionId: t.fx.regions.town.id,
      preset: 'rural',
      values: current.values,
      expectedVersion: 2,
      force: true,
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().error.code).toBe('VALIDATION_FAILED');
    expect(await policyRows()).toEqual(rows);
    expect((await get('townworker')).json().version).toBe(2);
  });

  it('roles without policy rights get 403 (after 404 and 400); officers cannot edit outside their street', async () => {
    const values = (await get('worker1')).json().values;
    const rows = await policyRows();
    const g1 = t.fx.regions.g1.id;
    for (const user of ['worker1', 'leader', 'station', 'lead', 'supervisor']) {
      const res = await put(user, { regionId: g1, preset: 'community', values, expectedVersion: 0 });
      expect(res.statusCode, user).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    // check order: out of scope → 404 before the invalid values' 400, and 400 before the 403
    expect((await put('worker1', { regionId: t.fx.regions.c2.id, preset: 'community', values: {}, expectedVersion: 0 })).statusCode).toBe(
      404,
    );
    expect((await put('worker1', { regionId: g1, preset: 'community', values: {}, expectedVersion: 0 })).statusCode).toBe(400);
    expect((await put('officer', { regionId: t.fx.regions.town.id, preset: 'township', values, expectedVersion: 2 })).statusCode).toBe(404);
    expect(await policyRows()).toEqual(rows);
  });
  it('B1 a marketing tree and a government tree never mix: no family switch in force or below (409 PRESET_FAMILY_MISMATCH)', async () => {
    // … marketing roles work only where the marketing preset governs, so an area never changes family
    const before = await policyRows();
    const g1 = t.fx.regions.g1.id;
    const inForce = (await get('officer', `?regionId=${g1}`)).json();
    const marketing = await put('officer', {
      regionId: g1,
      preset: 'marketing',
      values: PRESETS.marketing,
      expectedVersion: inForce.version,
    });
    expect(marketing.statusCode, marketing.body).toBe(409);
    expect(marketing.json().error).toMatchObject({
      code: 'PRESET_FAMILY_MISMATCH',
      details: { preset: 'marketing', inForce: 'community' },
    });
    // an operator's own tree: marketing at its root, then a government policy below it is refused too
    const passwordHash = await hashPassword(TEST_PASSWORD, 1024);
    const { root, branch } = await t.ctx.db.transaction().execute(async (trx) => {
      const root = await insertRegion(
        trx,
        { parentId: null, type: 'district', code: '110199', name: '运营商', geometry: null, bbox: null },
        null,
        new Date(),
      );
      const branch = await insertRegion(
        trx,
        { parentId: root.id, type: 'street', code: '110199001', name: '分公司', geometry: null, bbox: null },
        root,
        new Date(),
      );
      const admin = await insertUser(trx, { username: 'opadmin', displayName: '运营商管理员', passwordHash, isDemo: false }, new Date());
      await insertRole(trx, admin, 'admin', root.id);
      return { root, branch };
    });
    expect(
      (await put('opadmin', { regionId: root.id, preset: 'marketing', values: PRESETS.marketing, expectedVersion: 0 })).statusCode,
    ).toBe(200);
    const version = (await get('opadmin', `?regionId=${branch.id}`)).json().version;
    const government = await put('opadmin', {
      regionId: branch.id,
      preset: 'community',
      values: PRESETS.community,
      expectedVersion: version,
    });
    expect(government.statusCode, government.body).toBe(409);
    expect(government.json().error.code).toBe('PRESET_FAMILY_MISMATCH');
    expect((await policyRows()).length).toBe(before.length + 1);
  });
});
