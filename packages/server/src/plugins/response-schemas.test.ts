/**
 * Issue "One access model", item 5: every route of /openapi.json declares its success response, and no
 * response schema leaves an object open (`additionalProperties: true`), so the documented shape is the
 * whole shape. The tests run with strict responses (response-check.ts): a reply that carries a field
 * its schema lacks fails the request. Open311 (GeoReport v2) answers XML or JSON in the spec's shape,
 * built as text by open311-format.ts: those routes are documented by the spec, listed here.
 */
import Fastify, { type FastifyReply } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { closedSchema, openObjectPaths, registerResponseCheck } from './response-check';

const SPEC_ROUTES = /^\/open311\/v2\//;

describe('response schemas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded');
  });
  afterAll(() => t.close());

  it('every route declares its success response, closed (no object left open), except the Open311 spec routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    const missing: string[] = [];
    const open: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (SPEC_ROUTES.test(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        if (success.length === 0 && key !== 'GET /api/v1/notifications/stream') missing.push(key);
        for (const [status, r] of success)
          for (const c of Object.values(r.content ?? {})) open.push(...openObjectPaths(c.schema).map((p) => `${key} ${status} ${p}`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(90);
    expect(missing).toEqual([]);
    expect(open).toEqual([]);
  });

  it('the strict check closes objects, merges intersections and keeps property names that look like keywords', () => {
    const intersect = {
      allOf: [
        { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
        { type: 'object', properties: { type: { type: 'string' } } },
      ],
    };
    expect(closedSchema(intersect)).toEqual({
      type: 'object',
      properties: { a: { type: 'string' }, type: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    });
    expect(openObjectPaths({ type: 'object', properties: { x: { type: 'object', additionalProperties: true } } })).toEqual([
      '/properties/x',
    ]);
  });

  it('a reply with an undeclared field, or without a declared one, fails; any error status holds the error shape', async () => {
    const app = Fastify();
    registerResponseCheck(app);
    const schema = { response: { 200: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] } } };
    app.get('/extra', { schema }, async () => ({ a: 1, secret: 'x' }));
    app.get('/missing', { schema }, async () => ({}));
    app.get('/fine', { schema }, async () => ({ a: 1 }));
    app.get('/teapot', { schema }, async (_req, reply: FastifyReply) =>
      reply.status(418).send({ error: { code: 'TEAPOT', message: 'short and stout' } }),
    );
    app.get('/odd-error', { schema }, async (_req, reply: FastifyReply) => reply.status(409).send({ oops: true }));
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect((await app.inject('/extra')).statusCode).toBe(500);
      expect((await app.inject('/missing')).statusCode).toBe(500);
      expect((await app.inject('/fine')).json()).toEqual({ a: 1 });
      expect((await app.inject('/teapot')).statusCode).toBe(418);
      expect((await app.inject('/odd-error')).statusCode).toBe(500);
    } finally {
      console.error = quiet;
      await app.close();
    }
  });
});
