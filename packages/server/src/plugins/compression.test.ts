import zlib from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { pickEncoding, registerCompression } from './compression';

async function app() {
  const a = Fastify();
  registerCompression(a);
  a.get('/big', async () => ({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, address: `和平街 ${i} 号` })) }));
  a.get('/small', async () => ({ ok: true }));
  a.get('/text', async (_req, reply) => reply.type('text/plain').send('x'.repeat(10_000)));
  return a;
}

describe('API replies compressed for phones on a poor signal', () => {
  it('brotli first, gzip next, nothing when refused (q=0) or not asked', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it('a large JSON reply comes compressed and decodes to the same JSON; small ones and other types stay plain', async () => {
    const a = await app();
    const plain = await a.inject({ url: '/big' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await a.inject({ url: '/big', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gz = await a.inject({ url: '/big', headers: { 'accept-encoding': 'gzip' } });
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
    expect((await a.inject({ url: '/small', headers: { 'accept-encoding': 'br' } })).headers['content-encoding']).toBeUndefined();
    expect((await a.inject({ url: '/text', headers: { 'accept-encoding': 'br' } })).headers['content-encoding']).toBeUndefined();
    await a.close();
  });
});
