/**
 * Issue "One access model": permissions live in core/access; nothing else decides by a role's name.
 * Fails when a role code appears as a string anywhere in the source of core, server or web outside
 * core/access, except the places below that hold roles as data, each with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@gridwork/core';

const ROOT = resolve(__dirname, '../../../..');
// (a server test: core stays pure and reads no files)
const SCANNED = ['packages/core/src', 'packages/server/src', 'packages/web/src'];

/** Where role codes are values, not rules. */
const DATA: Array<[prefix: string, reason: string]> = [
  ['packages/core/src/access/', 'the registry itself'],
  ['packages/core/src/demo/accounts.ts', 'the demo accounts of the contract, as data'],
  ['packages/server/src/demo/', "the demo street's generator: who does what in the demo story"],
  ['packages/core/src/policy/preset-', "preset values: tier codes and obligations' subjects that a policy editor changes"],
  ['packages/web/src/i18n/', 'translations keyed by the codes of policy values'],
  ['packages/server/src/security/', 'the authorization matrix and fuzz harness (tests) set up fixture roles'],
  ['packages/server/src/testing/', 'test fixtures'],
  ['packages/core/src/cases/testing.ts', 'test fixtures'],
  ['packages/web/src/api/schema.gen.ts', 'generated from /openapi.json: the role codes the API sends, as a type'],
];
const isTest = (p: string) => /\.test\.tsx?$|\.test-helpers\.ts$/.test(p);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

describe('access: role names only in core/access', () => {
  it('no source outside core/access (and the data files listed) names a role', () => {
    const pattern = new RegExp(`['"\`](${ROLES.map((r) => r.replace(/-/g, '\\-')).join('|')})['"\`]`, 'g');
    const found: string[] = [];
    let scanned = 0;
    for (const base of SCANNED) {
      for (const file of sources(join(ROOT, base))) {
        const rel = relative(ROOT, file);
        if (isTest(rel) || DATA.some(([prefix]) => rel.startsWith(prefix))) continue;
        scanned++;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            for (const m of line.matchAll(pattern)) found.push(`${rel}:${i + 1} ${m[0]}`);
          });
      }
    }
    expect(scanned).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });

  it('the scan sees a role name where one is written', () => {
    const pattern = new RegExp(`['"\`](${ROLES.join('|')})['"\`]`);
    expect(pattern.test("if (r.role === 'grid-worker')")).toBe(true);
    expect(pattern.test('WHERE ra.role = `supervisor`')).toBe(true);
    expect(pattern.test('const gridWorker = 1; // grid-worker')).toBe(false);
  });
});
