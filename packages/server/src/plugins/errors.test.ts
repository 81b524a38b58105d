import { DomainError } from '@gridwork/core';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from './errors';

describe('security: error answers stay small and in the contract shape', () => {
  const app = Fastify();
  const problems = Array.from({ length: 500 }, (_, i) => ({ field: `body.fields.${i}.field`, message: 'is not a field of this form' }));
  beforeAll(async () => {
    registerErrorHandling(app);
    app.get('/many', async () => {
      throw new DomainError('VALIDATION_FAILED', `invalid ${problems.map((p) => p.field).join(', ')}`, problems);
    });
    app.get('/quoted', async () => {
      throw new DomainError('GEOJSON_INVALID', '1 problem(s) in the geometry', [
        { feature: 0, path: 'features[0].geometry', message: `coordinate [${Array(60_000).fill(1).join(',')}] is not a number` },
      ]);
    });
    app.get('/core-path', async () => {
      throw new DomainError('VALIDATION_FAILED', 'the 2026 notice text could not be read', [
        { path: 'text', message: 'no numbered holiday lines found' },
      ]);
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('a service error naming 500 fields: its first 20, the count in a message of at most 300 characters', async () => {
    const res = await app.inject({ method: 'GET', url: '/many' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.details).toEqual(problems.slice(0, 20));
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message).toMatch(/\(500 problems, the first 20 listed\)$/);
    expect(res.rawPayload.length).toBeLessThan(3_000);
  });

  it('a detail quoting a huge value is cut to 200 characters', async () => {
    const res = await app.inject({ method: 'GET', url: '/quoted' });
    expect(res.json().error).toMatchObject({ code: 'GEOJSON_INVALID', details: [{ feature: 0, path: 'features[0].geometry' }] });
    expect(res.json().error.details[0].message).toHaveLength(200);
    expect(res.rawPayload.length).toBeLessThan(1_000);
  });

  it('details that name their place as `path` (core checks) also carry it as `field`', async () => {
    const res = await app.inject({ method: 'GET', url: '/core-path' });
    expect(res.json().error.details).toEqual([{ field: 'text', path: 'text', message: 'no numbered holiday lines found' }]);
  });
});
