import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildApp } from './app';
import { loadConfig } from './config';
import { createTestDatabase, DB_KINDS } from './testing/databases';
import { seedFixture, TEST_PASSWORD } from './testing/fixture';
import { createTestApp, type TestApp } from './testing/test-app';

/** A test app whose pino logs go to memory (JSON lines), at the most verbose level. */
async function appWithLogs(kind: (typeof DB_KINDS)[number]) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const database = await createTestDatabase(kind);
  const fx = await seedFixture(database.db);
  const { app, ctx } = await buildApp({ config: { ...loadConfig({}), demo: false }, database, logger: { level: 'trace', stream } });
  onTestFinished(async () => {
    await app.close();
    await database.close().catch(() => {});
  });
  return { app, ctx, fx, database, logs: () => lines.join('') };
}

describe.each(DB_KINDS)('HTTP conventions on %s', (kind) => {
  let t: TestApp;
  let auth: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    auth = { authorization: `Bearer ${await t.token('admin')}` };
  });
  afterAll(() => t.close());

  const regionCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('regions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...auth, 'content-type': 'application/json', ...headers } });

  it('malformed JSON → 400 INVALID_JSON with a clear message; nothing stored', async () => {
    const before = await regionCount();
    for (const body of ['{"type":"grid","name":', '{type: grid}', "{'a':1}", '[1,2', '']) {
      const res = await post('/api/v1/regions', body);
      expect(res.statusCode, body).toBe(400);
      expect(res.json().error.code, body).toBe('INVALID_JSON');
      expect(res.json().error.message).toMatch(/not valid JSON/);
    }
    // also on the public sign-in route, and the parser's own text (with the password) is not echoed
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"username":"admin","password":"${TEST_PASSWORD}"`,
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.code).toBe('INVALID_JSON');
    expect(login.body).not.toContain(TEST_PASSWORD);
    // prototype poisoning is refused as invalid JSON too
    const poisoned = await post('/api/v1/regions', '{"__proto__":{"admin":true},"type":"grid"}');
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.json().error.code).toBe('INVALID_JSON');
    expect(await regionCount()).toBe(before);
  });

  it('a body over 1 MiB → 413 PAYLOAD_TOO_LARGE; nothing stored', async () => {
    const before = await regionCount();
    const payload = JSON.stringify({ type: 'grid', parentId: t.fx.regions.c2.id, code: '110101001002009', name: 'x'.repeat(1024 * 1024) });
    const res = await post('/api/v1/regions', payload);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await regionCount()).toBe(before);
    // just under the limit is parsed (and then refused for its content, not its size)
    const under = await post(
      '/api/v1/regions',
      JSON.stringify({ type: 'grid', parentId: t.fx.regions.c2.id, code: '110101001002009', name: 'x'.repeat(1024 * 1024 - 200) }),
    );
    expect(under.statusCode).toBe(400);
    expect(under.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('wrong types, missing and unknown fields → 400 VALIDATION_FAILED naming each field; a wrong content type → 415', async () => {
    const before = await regionCount();
    const res = await post('/api/v1/regions', JSON.stringify({ type: 'grid', parentId: '5', name: 7, colour: 'red' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.parentId', 'body.name', 'body.code', 'body.colour']));
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { ...auth, 'content-type': 'application/xml' },
      payload: '<region/>',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await regionCount()).toBe(before);
  });

  it('/openapi.json is OpenAPI 3 and lists the contract paths; /docs serves Swagger UI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.paths);
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/auth/me',
      '/api/v1/grids',
      '/api/v1/grids/locate',
      '/api/v1/regions/{id}',
      '/api/v1/policy',
      '/api/v1/calendar/add-working-days',
      '/healthz',
    ]) {
      expect(paths, p).toContain(p);
    }
    const locate = spec.paths['/api/v1/grids/locate'].get;
    expect(locate.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['lat', 'lng']);
    expect(Object.keys(locate.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    expect(spec.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toContain('Swagger UI');
  });

  it('/healthz → { status: ok, database } matching the database kind, without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });

  it('an unknown /api route → 404 NOT_FOUND as JSON (401 first when not signed in)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: auth });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/grids', headers: auth })).json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' })).statusCode).toBe(401);
  });

  it('an internal error → 500 INTERNAL_ERROR with the request id, no stack or SQL in the body; logged with the id', async () => {
    const w = await appWithLogs(kind);
    const login = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: TEST_PASSWORD },
    });
    const headers = { authorization: `Bearer ${login.json().token}` };
    await sql`DROP TABLE calendar_overrides`.execute(w.ctx.db);
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/calendar/overrides', headers });
    expect(res.statusCode).toBe(500);
    const error = res.json().error;
    expect(error.code).toBe('INTERNAL_ERROR');
    expect(error.details.requestId).toMatch(/^\w+$/);
    expect(res.body).not.toMatch(/calendar_overrides|relation|select|stack|\.ts:|at /i);
    // the log has the real cause, tied to the same request id
    const logged = w
      .logs()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((l) => l.level >= 50);
    expect(logged).toBeDefined();
    expect(logged.reqId).toBe(error.details.requestId);
    expect(JSON.stringify(logged.err)).toContain('calendar_overrides');

    // a database that is gone altogether is a 500 too, even before the route (resolving the session)
    await w.database.close();
    const gone = await w.app.inject({ method: 'GET', url: '/api/v1/grids', headers: { authorization: 'Bearer another-token' } });
    expect(gone.statusCode).toBe(500);
    expect(gone.json().error).toMatchObject({ code: 'INTERNAL_ERROR', message: 'internal error' });
  });

  it('C3 passwords never appear in the logs, whether sign-in succeeds, fails or is malformed', async () => {
    const w = await appWithLogs(kind);
    const wrong = 'wrong-secret-Zq81';
    const created = 'created-secret-Pw77';
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: TEST_PASSWORD } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: wrong } })).statusCode,
    ).toBe(401);
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'admin', password: `${wrong}${'x'.repeat(300)}` },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await w.app.inject({ method: 'POST', url: `/api/v1/auth/login?password=${wrong}`, payload: { username: 'admin', password: wrong } }))
        .statusCode,
    ).toBe(401);
    const bad = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"username":"admin","password":"${wrong}"`,
    });
    expect(bad.statusCode).toBe(400);
    const token = (
      await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'officer', password: TEST_PASSWORD } })
    ).json().token;
    const admin = (
      await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: TEST_PASSWORD } })
    ).json().token;
    expect(
      (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: { authorization: `Bearer ${admin}` },
          payload: { username: 'logcheck', displayName: 'x', password: created },
        })
      ).statusCode,
    ).toBe(201);
    expect((await w.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(
      200,
    );
    const logs = w.logs();
    expect(logs).toContain('/api/v1/auth/login'); // the log does record the requests
    for (const secret of [TEST_PASSWORD, wrong, created, token, admin]) expect(logs).not.toContain(secret);
    const audit = JSON.stringify(await w.ctx.db.selectFrom('audit_log').selectAll().execute());
    for (const secret of [TEST_PASSWORD, wrong, created]) expect(audit).not.toContain(secret);
  });
});
