import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../testing/databases';
import { createTestApp, type TestApp } from '../testing/test-app';

const json = { 'content-type': 'application/json' };
const fields = (res: { json(): { error: { details: Array<{ field: string }> } } }) => res.json().error.details.map((d) => d.field);

describe.each(DB_KINDS)('security: malformed input is a 400 at the schema layer on %s', (kind) => {
  let t: TestApp;
  let household: number;
  const count = async (table: 'households' | 'policies' | 'regions') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: '幸福路1号' },
    });
    household = res.json().id;
  });
  afterAll(() => t.close());

  it('1e309 (Infinity) and integers beyond int32 in versions, offsets and ids are 400 naming the field', async () => {
    const patch = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/households/${household}`,
      headers: json,
      payload: '{"expectedVersion":1e309,"address":"x"}',
    });
    expect(patch.statusCode, patch.body).toBe(400);
    expect(fields(patch)).toEqual(['body.expectedVersion']);
    const big = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/households/${household}`,
      payload: { expectedVersion: 2_147_483_648 },
    });
    expect(fields(big)).toEqual(['body.expectedVersion']);
    const offset = await t.call('admin', { method: 'GET', url: '/api/v1/cases?offset=2147483648' });
    expect(offset.statusCode).toBe(400);
    expect(fields(offset)).toEqual(['querystring.offset']);
    const infinite = await t.call('admin', { method: 'GET', url: '/api/v1/cases?offset=Infinity' });
    expect(fields(infinite)).toEqual(['querystring.offset']);
    const visit = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        title: 't',
        description: 'd',
        category: 'other',
        caseClass: 'general',
        source: 'field',
        gridId: t.fx.regions.g1.id,
        visitId: 9_999_999_999,
      },
    });
    expect(fields(visit)).toEqual(['body.visitId']);
  });

  it('the sign-in, open without a session, refuses a NUL or unpaired-surrogate username with 400 and records no attempt', async () => {
    const failures = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('login_failures')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await failures();
    for (const username of ['admin\u0000', '\ud800admin']) {
      const res = await t.call(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'wrong-password-1' } });
      expect(res.statusCode, res.body).toBe(400);
      expect(fields(res)).toEqual(['body.username']);
    }
    expect(await failures()).toBe(before);
  });

  it('a date-time the format allows but JavaScript cannot hold (a leap second) is 400, not a 500', async () => {
    const res = await t.call('worker1', {
      method: 'POST',
      url: '/api/v1/visits',
      payload: { householdId: household, startedAt: '2026-11-26T23:00:00Z', endedAt: '2026-11-26T23:59:60Z', type: 'routine' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'body.endedAt', message: 'must be a real instant (no leap second)' }]);
  });

  it('NUL bytes and unpaired surrogates in bodies, query strings and params are 400; nothing is stored', async () => {
    const before = await count('households');
    for (const address of ['幸福路\u00002号', '\ud800幸福路', '幸福路\udc00']) {
      const res = await t.call('admin', { method: 'POST', url: '/api/v1/households', payload: { gridId: t.fx.regions.g1.id, address } });
      expect(res.statusCode, JSON.stringify(address)).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'body.address', message: expect.stringMatching(/NUL|surrogate/) }],
      });
    }
    expect(await count('households')).toBe(before);
    const query = await t.call('admin', { method: 'GET', url: '/api/v1/cases?status=a%00b' });
    expect(fields(query)).toEqual(['querystring.status']);
    const param = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/case-categories/a%00',
      payload: { labelZh: '其他', labelEn: 'Other', active: true, sort: 1 },
    });
    expect(param.statusCode).toBe(400);
    expect(fields(param)[0]).toMatch(/^params\.code/);
  });

  it('a required text of only spaces (names, addresses) is 400; optional texts may be empty', async () => {
    for (const address of ['   ', '\u3000\u3000', '\t\n', '\u200b']) {
      const res = await t.call('admin', { method: 'POST', url: '/api/v1/households', payload: { gridId: t.fx.regions.g1.id, address } });
      expect(res.json().error, JSON.stringify(address)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'body.address', message: 'must not be blank' }],
      });
    }
    const name = await t.call('admin', {
      method: 'POST',
      url: `/api/v1/households/${household}/residents`,
      payload: { name: ' ', sex: 'F', birthDate: '1980-01-01' },
    });
    expect(fields(name)).toEqual(['body.name']);
    const landlord = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: '幸福路3号', landlord: '' },
    });
    expect(landlord.statusCode, landlord.body).toBe(201);
  });

  it('free-form JSON (policy values): keys and strings are checked through, nesting is bounded', async () => {
    const region = t.fx.regions.street.id;
    const before = await count('policies');
    const save = (values: unknown) =>
      t.call('admin', {
        method: 'PUT',
        url: '/api/v1/policy',
        payload: { regionId: region, preset: 'community', values, expectedVersion: 1 },
      });
    const key = await save({ cases: { 'a\u0000': 1 } });
    expect(key.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.values.cases', message: expect.stringMatching(/property names/) }],
    });
    const text = await save({ cases: [{ note: 'x\ud800' }] });
    expect(fields(text)).toEqual(['body.values.cases.0.note']);
    const deepArray = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const deep = `{"regionId":${region},"preset":"community","expectedVersion":1,"values":{"deep":${deepArray}}}`;
    const nested = await t.call('admin', { method: 'PUT', url: '/api/v1/policy', headers: json, payload: deep });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.details[0].message).toMatch(/nested more than 32/);
    expect(await count('policies')).toBe(before);
  });

  it('the list of problems is bounded: 20 details and the count; a 0.7 MB body gets a short answer', async () => {
    const extra = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`extra${i}`, 1]));
    const many = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/households',
      payload: { gridId: t.fx.regions.g1.id, address: '幸福路4号', ...extra },
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.details).toHaveLength(20);
    expect(many.json().error.message).toMatch(/1000 problems, the first 20 listed/);
    const huge = `{"gridId":${t.fx.regions.g1.id},"address":"幸福路5号",${Array.from({ length: 65_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(huge.length).toBeGreaterThan(700_000);
    const res = await t.call('admin', { method: 'POST', url: '/api/v1/households', headers: json, payload: huge });
    expect(res.statusCode).toBe(400);
    expect(res.rawPayload.length).toBeLessThan(2_000);
    expect(res.json().error.details.length).toBeGreaterThanOrEqual(1);
  });

  it('bodies no schema describes (GeoJSON import) obey the same rules: 400 naming the field, nothing imported', async () => {
    const before = await count('regions');
    const feature = {
      type: 'Feature',
      properties: { code: '110101001001003', name: '新\u0000网格', parentCode: '110101001001W01' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [116, 39],
            [116.001, 39],
            [116.001, 39.001],
            [116, 39],
          ],
        ],
      },
    };
    const res = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/grids/geojson',
      headers: { 'content-type': 'application/geo+json' },
      payload: JSON.stringify({ type: 'FeatureCollection', features: [feature] }),
    });
    expect(res.json().error, res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body.features.0.properties.name' }],
    });
    expect(await count('regions')).toBe(before);
  });

  it('check order holds: 401 before 400, a record out of scope is 404 before its malformed body is looked at', async () => {
    const anonymous = await t.call(null, {
      method: 'PATCH',
      url: `/api/v1/households/${household}`,
      headers: json,
      payload: '{"expectedVersion":1e309}',
    });
    expect(anonymous.statusCode).toBe(401);
    const outside = await t.call('worker2', {
      method: 'PATCH',
      url: `/api/v1/households/${household}`,
      payload: { expectedVersion: 1, address: 'a\u0000' },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('an Idempotency-Key other than visible ASCII is 400 before the role check', async () => {
    const res = await t.call('dept', {
      method: 'POST',
      url: '/api/v1/households',
      headers: { 'idempotency-key': 'clé-1' },
      payload: { gridId: t.fx.regions.g1.id, address: '幸福路6号' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(fields(res)).toEqual(['header.idempotency-key']);
  });

  it('a path that does not decode, or is too long, is a 404 in the contract shape (under /open311/v2/ the spec list)', async () => {
    for (const url of ['/api/v1/cases/%ED%A0%80', '/api/v1/cases/%E0%A4%A', `/api/v1/cases/${'9'.repeat(200)}`]) {
      const res = await t.call('admin', { method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const spec = await t.call(null, { method: 'GET', url: '/open311/v2/requests/%ED%A0%80' });
    expect(spec.statusCode).toBe(404);
    expect(spec.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  });
});
