/**
 * A browser refresh of any web route gets the web app, while the API paths keep answering the API
 * (issue 11, item 12: `/open311` answered raw JSON on refresh; the GeoReport API is /open311/v2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TMP_DIR } from '../testing/paths';
import { createTestApp, type TestApp } from '../testing/test-app';

const INDEX = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';
/** What a browser sends when the page is reloaded. */
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function fakeWebDist(): string {
  const dir = fs.mkdtempSync(path.join(TMP_DIR, 'web-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dir, 'assets/app.js'), 'console.log(1);\n');
  return dir;
}

/** Every path of the web app's router (packages/web/src/routes.tsx), parameters filled in. */
function webRoutes(): string[] {
  const source = fs.readFileSync(path.resolve(__dirname, '../../../web/src/routes.tsx'), 'utf8');
  const paths = [...source.matchAll(/\bpath="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');
  return paths.map((p) => p.replace(/:[A-Za-z]+/g, '7'));
}

describe('web app fallback beside the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded', { config: { webDist: fakeWebDist() } });
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = BROWSER) => t.app.inject({ method: 'GET', url, headers });

  it('a browser refresh of every web route, /open311 in particular, serves index.html', async () => {
    const routes = webRoutes();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContain('/open311');
    const urls = [...routes, '/', '/open311/', '/open311?tab=keys', '/open311/#keys', '/cases/', '/no-such-page'];
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('the GeoReport API under /open311/v2 keeps answering in its own format, whatever the Accept header', async () => {
    for (const headers of [BROWSER, { accept: 'application/json' }, {}]) {
      const services = await get('/open311/v2/services.json', headers);
      expect(services.statusCode).toBe(200);
      expect(services.headers['content-type']).toMatch(/^application\/json/);
      expect(Array.isArray(services.json())).toBe(true);
      const xml = await get('/open311/v2/services.xml', headers);
      expect(xml.statusCode).toBe(200);
      expect(xml.headers['content-type']).toMatch(/xml/);
      for (const url of ['/open311/v2', '/open311/v2/', '/open311/v2/no-such-resource', '/open311/v2/requests/1']) {
        const res = await get(url, headers);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type'], url).toMatch(/^application\/json/);
        expect(res.json(), url).toEqual([{ code: 404, description: expect.any(String) }]);
      }
    }
  });

  it('the other API paths answer JSON, never the web app', async () => {
    for (const url of ['/api', '/api/', '/api/v1/no-such-route', '/api/v1/auth/me', '/docs/no-such-file']) {
      const res = await get(url);
      expect([401, 404], url).toContain(res.statusCode);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.body, url).not.toContain('<!doctype html>');
    }
    const health = await get('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    const spec = await get('/openapi.json');
    expect(spec.statusCode).toBe(200);
    expect(spec.json()).toHaveProperty('openapi');
    // only GETs fall back: a POST to a web path is the JSON 404
    const post = await t.app.inject({ method: 'POST', url: '/open311', headers: BROWSER, payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe('NOT_FOUND');
  });
});
