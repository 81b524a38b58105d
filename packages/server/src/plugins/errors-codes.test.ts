/**
 * Every error code the sources throw has its HTTP status (issue "One access model", item 6): a code
 * missing from the table would be a 500, so this test reads the server's and core's sources for
 * `new DomainError('CODE'` and the case workflow's codes, and maps each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, ErrorCodes } from '@gridwork/core';
import { CASE_ERRORS } from '@gridwork/core/cases';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling, statusOf } from './errors';

const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of [...sources(join(PACKAGES, 'server/src')), ...sources(join(PACKAGES, 'core/src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/DomainError\(\s*'([A-Z][A-Z0-9_]*)'/g)) codes.set(m[1], file.slice(PACKAGES.length));
    // a code given by a constant of the same file (`const INVALID_REGION_CODE = '...'`)
    for (const m of text.matchAll(/DomainError\(\s*([A-Z][A-Z0-9_]*)\s*,/g)) {
      const value = new RegExp(`const ${m[1]} = '([A-Z][A-Z0-9_]*)'`).exec(text)?.[1];
      if (value) codes.set(value, file.slice(PACKAGES.length));
    }
  }
  return codes;
}

describe('every error code has its status', () => {
  it('each code thrown in the sources, each case workflow code and each core code maps to a 4xx', () => {
    const codes = thrownCodes();
    expect(codes.size).toBeGreaterThan(30); // the scan really reads the sources
    for (const code of Object.keys(CASE_ERRORS)) codes.set(code, 'core CASE_ERRORS');
    for (const code of Object.values(ErrorCodes)) codes.set(code, 'core ErrorCodes');
    const unmapped = [...codes].filter(([code]) => statusOf(code) >= 500).map(([code, where]) => `${code} (${where})`);
    expect(unmapped).toEqual([]);
  });

  it('a code without a status is a 500 that hides the message, with a log line naming the code', async () => {
    const lines: string[] = [];
    const app = Fastify({ logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } } });
    registerErrorHandling(app);
    app.get('/unmapped', async () => {
      throw new DomainError('NO_SUCH_CODE', 'secret internals');
    });
    const res = await app.inject({ method: 'GET', url: '/unmapped' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toMatchObject({ code: 'INTERNAL_ERROR', message: 'internal error' });
    expect(res.body).not.toContain('secret');
    expect(lines.join('')).toContain('NO_SUCH_CODE');
    await app.close();
  });
});
