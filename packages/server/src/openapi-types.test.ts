/**
 * The web's API types are generated from the server's /openapi.json (issue "One access model", item 5):
 * packages/web/src/api/schema.gen.ts is committed, and this test fails when it is not current.
 * `npm run api:types` writes it anew (UPDATE_API_TYPES=1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app';

const TARGET = resolve(__dirname, '../../web/src/api/schema.gen.ts');
const HEADER =
  "// Generated from the server's /openapi.json by `npm run api:types` (packages/server/src/openapi-types.test.ts). Do not edit.\n\n";

describe('generated web API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded');
  });
  afterAll(() => t.close());

  it('packages/web/src/api/schema.gen.ts is what /openapi.json generates', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const text = HEADER + astToString(await openapiTS(doc, { alphabetize: true }));
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(TARGET, text);
    const committed = (() => {
      try {
        return readFileSync(TARGET, 'utf8');
      } catch {
        return '';
      }
    })();
    expect(committed === text, 'the generated API types are stale: run `npm run api:types` and commit the file').toBe(true);
  });
});
