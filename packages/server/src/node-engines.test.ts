/**
 * The README's Node version runs every installed package (issue 11, item 12: content-disposition 3
 * and cookie 2 asked for Node 22 while the README says 20.19). Each package in package-lock.json with
 * an `engines.node` range must admit the lowest Node the root package.json and the README name.
 * The pins that keep it so are the root package.json's `overrides`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

type Version = [number, number, number];

/** `a - b` in semver order. */
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `version` satisfies an npm range of the forms found in engines fields: `||` alternatives of
 * space-separated comparators (`>=`, `>`, `<=`, `<`, `=`, `^`, `~` or bare, x-ranges, partial
 * versions). Anything else throws, so a new form is looked at rather than passed.
 */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((set) => {
    const comparators = set
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/);
    return comparators.every((c) => {
      if (c === '' || c === '*' || c === 'x') return true;
      const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(c);
      if (!m) throw new Error(`engines range not understood: "${range}"`);
      const [, op = '', major, minor, patch] = m;
      const wild = (p: string | undefined) => p === undefined || p === 'x' || p === '*';
      const low: Version = [Number(major), wild(minor) ? 0 : Number(minor), wild(patch) ? 0 : Number(patch)];
      // the first version above a partial or caret/tilde range
      const next = (): Version => {
        if (op === '^') return low[0] > 0 || wild(minor) ? [low[0] + 1, 0, 0] : [0, low[1] + 1, 0];
        if (op === '~' || (!wild(minor) && wild(patch))) return wild(minor) ? [low[0] + 1, 0, 0] : [low[0], low[1] + 1, 0];
        if (wild(minor)) return [low[0] + 1, 0, 0];
        return [low[0], low[1], low[2] + 1];
      };
      const d = compare(version, low);
      switch (op) {
        case '>=':
          return d >= 0;
        case '>':
          return wild(minor) || wild(patch) ? compare(version, next()) >= 0 : d > 0;
        case '<':
          return d < 0;
        case '<=':
          return wild(minor) || wild(patch) ? compare(version, next()) < 0 : d <= 0;
        default:
          return d >= 0 && compare(version, next()) < 0;
      }
    });
  });
}

describe('Node version of the README', () => {
  const minimum = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(readJson('package.json').engines.node);

  it('the root package.json and the README name the same lowest Node', () => {
    expect(minimum, 'root package.json engines.node is ">=X.Y"').not.toBeNull();
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${minimum?.[1]}.${minimum?.[2]}+`);
  });

  it('the range reader', () => {
    const v = (s: string) => s.split('.').map(Number) as Version;
    expect(satisfies(v('20.19.0'), '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies(v('20.18.9'), '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies(v('20.19.0'), '>=22')).toBe(false);
    expect(satisfies(v('20.19.0'), '18 || 20 || >=22')).toBe(true);
    expect(satisfies(v('21.0.0'), '18 || 20 || >=22')).toBe(false);
    expect(satisfies(v('20.19.0'), '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies(v('20.19.0'), '>= 0.4')).toBe(true);
    expect(satisfies(v('20.19.0'), '>=8.x')).toBe(true);
    expect(satisfies(v('20.19.0'), '^8.16.0 || ^10.6.0 || >=11.0.0')).toBe(true);
    expect(satisfies(v('20.19.0'), '^10 || ^12 || ^13.7 || ^14 || >=15.0.1')).toBe(true);
    expect(satisfies(v('20.19.0'), '~20.18.0')).toBe(false);
    expect(satisfies(v('20.19.0'), '*')).toBe(true);
    expect(() => satisfies(v('20.19.0'), 'lts')).toThrow(/not understood/);
  });

  it('every locked package runs on it (no EBADENGINE on `npm install`)', () => {
    const lowest: Version = [Number(minimum?.[1]), Number(minimum?.[2]), Number(minimum?.[3] ?? 0)];
    const packages = readJson('package-lock.json').packages as Record<string, { version?: string; engines?: { node?: string } }>;
    const refused = Object.entries(packages)
      .filter(([, p]) => typeof p.engines?.node === 'string' && !satisfies(lowest, p.engines.node))
      .map(([where, p]) => `${where}@${p.version}: node ${p.engines?.node}`);
    expect(refused, `packages that refuse Node ${lowest.join('.')}: pin a version in the root overrides`).toEqual([]);
  });
});
