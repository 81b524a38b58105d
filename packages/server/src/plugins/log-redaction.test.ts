import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createTestDatabase } from '../testing/databases';
import { TEST_APP_DATA_KEY } from '../testing/test-app';
import { redactUrl } from './log-redaction';

describe('C3 security: personal numbers never reach the request log', () => {
  it.each([
    ['/api/v1/households?q=188-1263-3289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188%201263%203289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188+1263+3289&gridId=3', '/api/v1/households?q=[redacted]&gridId=3'],
    ['/api/v1/households?q=%2B86%20188.1263.3289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=(0571)%2088123456', '/api/v1/households?q=[redacted]'],
    [
      '/api/v1/households?q=%EF%BC%91%EF%BC%98%EF%BC%98%EF%BC%91%EF%BC%92%EF%BC%96%EF%BC%93%EF%BC%93%EF%BC%92%EF%BC%98%EF%BC%99',
      '/api/v1/households?q=[redacted]',
    ],
    ['/api/v1/households?q=11010519491231002X', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=110105-19491231-002x', '/api/v1/households?q=[redacted]'],
    ['/api/v1/lookup/18812633289/residents', '/api/v1/lookup/[redacted]/residents'],
    ['/api/v1/lookup/188-1263-3289', '/api/v1/lookup/[redacted]'],
    ['/api/v1/auth/login?password=hunter2&x=1', '/api/v1/auth/login?password=[redacted]&x=1'],
    ['/api/v1/x?q=%E5%AD%99188-1263-3289', '/api/v1/x?q=孙[redacted]'],
    ['/api/v1/households?q=188%E2%80%941263%E2%80%943289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188/1263/3289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188,1263,3289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188%E2%80%8B1263%E2%80%8B3289', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=%D9%A1%D9%A8%D9%A8%D9%A1%D9%A2%D9%A6%D9%A3%D9%A3%D9%A2%D9%A8%D9%A9', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=1/8/8/1/2/6/3/3/2/8/9', '/api/v1/households?q=[redacted]'],
    ['/api/v1/households?q=188%201263%203289&x=%', '/api/v1/households?q=[redacted]&x=%'],
  ])('%s → %s', (url, logged) => expect(redactUrl(url)).toBe(logged));

  it('ids, dates, timestamps and months stay readable', () => {
    expect(redactUrl('/api/v1/cases/123456?from=2026-11-01&to=2026-11-30&month=2026-11')).toBe(
      '/api/v1/cases/123456?from=2026-11-01&to=2026-11-30&month=2026-11',
    );
    expect(redactUrl('/api/v1/x?at=2026-11-27T10:00:00%2B08:00')).toBe('/api/v1/x?at=2026-11-27T10:00:00+08:00');
  });

  it('a malformed escape is redacted as it stands', () => {
    expect(redactUrl('/api/v1/x?q=%E0%A4%A188-1263-3289')).not.toMatch(/1263/);
    expect(redactUrl('/api/v1/x?q=%zz18812633289')).toBe('/api/v1/x?q=%zz[redacted]');
    expect(redactUrl('/api/v1/x?q=%E5%AD188%201263%203289')).not.toMatch(/1263/);
  });
});

describe('C3 security: the running server logs requests with personal numbers redacted', () => {
  it('path and query, dashed, spaced and encoded', async () => {
    const database = await createTestDatabase('embedded');
    let log = '';
    const stream = new Writable({
      write: (chunk, _enc, done) => {
        log += chunk;
        done();
      },
    });
    const { app } = await buildApp({
      config: { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY },
      database,
      logger: { level: 'info', stream },
    });
    try {
      for (const url of [
        '/api/v1/households?q=188-1263-3289',
        '/api/v1/households?q=188%201263%203289',
        '/api/v1/residents/18812633289',
        '/open311/v2/requests.json?phone=188.1263.3289',
      ]) {
        await app.inject({ method: 'GET', url });
      }
      expect(log).toContain('[redacted]');
      expect(log).not.toMatch(/1263|3289/);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
