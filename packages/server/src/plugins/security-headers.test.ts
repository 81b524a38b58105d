import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastifyTrustProxy, loadConfig, parseTrustProxy, type TrustProxy } from '../config';
import { DB_KINDS } from '../testing/databases';
import { TMP_DIR } from '../testing/paths';
import { TEST_PASSWORD } from '../testing/fixture';
import { createTestApp, type TestApp } from '../testing/test-app';
import { contentSecurityPolicy, registerSecurityHeaders, tileSource } from './security-headers';

const TILE_URL = 'https://{s}.tile.example.org/{z}/{x}/{y}.png';

/** A built web app of two files, as the server serves it (index.html and one asset). */
function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(TMP_DIR, 'web-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'assets/app.js'), 'console.log(1);\n');
  return dir;
}

/** The CSP's directives by name. */
function directives(res: LightMyRequestResponse | Response): Map<string, string[]> {
  const header = res.headers instanceof Headers ? res.headers.get('content-security-policy') : res.headers['content-security-policy'];
  expect(typeof header, 'content-security-policy').toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

function expectBrowserHeaders(res: LightMyRequestResponse, what: string): void {
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  const csp = directives(res);
  expect(csp.get('script-src'), what).toEqual(["'self'"]);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('connect-src'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
}

const cookieOf = (res: LightMyRequestResponse) => String(res.headers['set-cookie'] ?? '');

describe.each(DB_KINDS)('security: browser headers on %s', (kind) => {
  let t: TestApp;
  const login = (headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'worker1', password: TEST_PASSWORD },
      headers,
      remoteAddress,
    });

  beforeAll(async () => {
    const map = { ...loadConfig({}).map, tileUrl: TILE_URL };
    // the test requests come from 127.0.0.1: the one trusted proxy here
    t = await createTestApp(kind, { config: { webDist: fakeWebDist(), trustProxy: ['127.0.0.1'], map } });
  });
  afterAll(() => t.close());

  it('security: CSP, frame, sniffing and referrer headers on API, static, SPA, docs and 404 responses', async () => {
    const token = await t.token('admin');
    const cases: Array<[string, string, Record<string, string>, number]> = [
      ['API', '/api/v1/auth/me', { authorization: `Bearer ${token}` }, 200],
      ['API 401', '/api/v1/auth/me', {}, 401],
      ['API 404', '/api/v1/no-such-route', { authorization: `Bearer ${token}` }, 404],
      ['404', '/open311/v2/no-such-route', {}, 404],
      ['API 400', '/api/v1/calendar/add-working-days?from=x&days=0', { authorization: `Bearer ${token}` }, 400],
      ['static index', '/', {}, 200],
      ['static asset', '/assets/app.js', {}, 200],
      ['SPA route', '/households/12', {}, 200],
      ['SPA route beside the GeoReport API', '/open311', {}, 200],
      ['openapi', '/openapi.json', {}, 200],
      ['docs', '/docs/', {}, 200],
      ['docs asset', '/docs/static/swagger-ui-bundle.js', {}, 200],
      ['health', '/healthz', {}, 200],
    ];
    for (const [what, url, headers, status] of cases) {
      const res = await t.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode, `${what} ${url}`).toBe(status);
      if (what.startsWith('SPA')) expect(res.headers['content-type'], `${what} ${url}`).toMatch(/^text\/html/);
      expectBrowserHeaders(res, `${what} ${url}`);
      expect(res.headers['strict-transport-security'], `${what}: plain HTTP`).toBeUndefined();
    }
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(directives(index).get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://*.tile.example.org']);
  });

  it('security: the event stream (a hijacked reply) carries the headers too', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const abort = new AbortController();
    try {
      const res = await fetch(`${address}/api/v1/notifications/stream`, {
        headers: { authorization: `Bearer ${await t.token('admin')}` },
        signal: abort.signal,
      });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(directives(res).get('script-src')).toEqual(["'self'"]);
    } finally {
      abort.abort();
    }
  });

  it('security: HSTS and a Secure session cookie over HTTPS through the trusted proxy', async () => {
    const res = await login({ 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(cookieOf(res)).toMatch(/gw_session=[^;]+;.*Secure/);
    expect(cookieOf(res)).toMatch(/HttpOnly/);
    expect(cookieOf(res)).toMatch(/SameSite=Lax/);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { 'x-forwarded-proto': 'https', cookie: `gw_session=${res.json().token}` },
    });
    expect(out.statusCode).toBe(204);
    expect(cookieOf(out)).toMatch(/gw_session=;.*Secure/);
  });

  it('security: plain HTTP through the trusted proxy: no HSTS, the cookie without Secure', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'http' }] as Array<Record<string, string>>) {
      const res = await login(headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(cookieOf(res)).toMatch(/gw_session=/);
      expect(cookieOf(res)).not.toMatch(/Secure/);
    }
  });

  it("security: an untrusted peer's X-Forwarded-Proto is ignored (no HSTS, no Secure claim taken from it)", async () => {
    const res = await login({ 'x-forwarded-proto': 'https' }, '203.0.113.7');
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(cookieOf(res)).not.toMatch(/Secure/);
    expectBrowserHeaders(res, 'untrusted peer');
  });
});

/** A bare app with the headers plugin, trusting as GRIDWORK_TRUST_PROXY says. */
async function bareApp(raw: string | undefined) {
  const trustProxy: TrustProxy = parseTrustProxy(raw);
  const app = Fastify({ trustProxy: fastifyTrustProxy(trustProxy) });
  registerSecurityHeaders(app, { ...loadConfig({}), trustProxy });
  app.get('/', async (req) => ({ ip: req.ip, protocol: req.protocol }));
  return app;
}

describe('security: GRIDWORK_TRUST_PROXY', () => {
  it('accepts true, a hop count or addresses/CIDRs, and refuses anything else at start', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy(' ')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,::1 ,fd00::/8,loopback')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const wrong of ['yes', 'TRUE', '10.0.0.0/33', '::1/129', '10.0.0.1/8/1', 'proxy.example.org', '1.2.3', '-1']) {
      expect(() => parseTrustProxy(wrong), wrong).toThrow(/GRIDWORK_TRUST_PROXY/);
    }
    expect(loadConfig({ GRIDWORK_TRUST_PROXY: '192.168.0.0/16' }).trustProxy).toEqual(['192.168.0.0/16']);
  });

  const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.4' };
  it.each([
    ['unset', undefined, false],
    ['another address', '10.1.2.3', false],
    ['the peer', '127.0.0.1', true],
    ['its range', '127.0.0.0/8', true],
    ['one hop', '1', true],
    ['true', 'true', true],
  ])('security: X-Forwarded-* counts only from a trusted peer (%s)', async (_name, raw, trusted) => {
    const app = await bareApp(raw);
    const res = await app.inject({ method: 'GET', url: '/', headers: forwarded, remoteAddress: '127.0.0.1' });
    expect(res.json()).toEqual(trusted ? { ip: '198.51.100.4', protocol: 'https' } : { ip: '127.0.0.1', protocol: 'http' });
    expect(res.headers['strict-transport-security']).toBe(trusted ? 'max-age=31536000' : undefined);
    expect(res.headers['x-frame-options']).toBe('DENY');
    await app.close();
  });
});

describe('security: the tile server in img-src', () => {
  it.each([
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}', 'https://*.is.autonavi.com'],
    ['http://Tiles.Local:8080/{z}/{x}/{y}.png', 'http://tiles.local:8080'],
    ['http://[::1]:8080/{z}/{x}/{y}.png', 'http://[::1]:8080'],
    ['/tiles/{z}/{x}/{y}.png', null],
    ["https://evil.example; script-src 'unsafe-inline'", null],
    ['javascript:alert(1)', null],
    [null, null],
  ])('%s → %s', (url, source) => {
    expect(tileSource(url)).toBe(source);
    const img = contentSecurityPolicy(url)
      .split('; ')
      .find((d) => d.startsWith('img-src '));
    expect(img).toBe(`img-src 'self' data: blob:${source ? ` ${source}` : ''}`);
  });
});
