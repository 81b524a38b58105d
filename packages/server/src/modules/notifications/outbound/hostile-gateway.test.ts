/**
 * A hostile or broken gateway: an endless reply, a slow drip, a redirect. The outbox reads at most a
 * small reply and gives up in time; nothing of the reply or the URL ends up in the error.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryError, DingtalkRobot, postJson, WecomRobot } from './gateways';

describe('a hostile gateway', () => {
  let server: http.Server;
  let base = '';
  let bytesOut = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.startsWith('/endless')) {
          const status = req.url.includes('500') ? 500 : 200;
          res.writeHead(status, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          const pump = () => {
            while (!res.destroyed && res.write(chunk)) bytesOut += chunk.length;
            if (!res.destroyed) res.once('drain', pump);
          };
          res.write('{"errcode":0,"pad":"');
          pump();
        } else if (req.url?.startsWith('/drip')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
          res.on('close', () => clearInterval(timer));
        } else if (req.url?.startsWith('/echo')) {
          // a gateway (or a proxy before it) that repeats the request's key and token in its message
          const q = new URL(req.url, 'http://x').searchParams;
          const errmsg = `invalid key ${q.get('key') ?? ''} token=${q.get('access_token') ?? ''} sign ${q.get('sign') ?? ''}`;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 40001, errmsg }));
        } else if (req.url?.startsWith('/redirect')) {
          res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/?key=SECRETKEY' }).end();
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('an endless reply is cut after a small cap, long before the timeout: a 500 fails, a 2xx counts as no JSON', async () => {
    for (const path of ['/endless', '/endless-500']) {
      bytesOut = 0;
      const started = Date.now();
      const out = await postJson(`${base}${path}?key=SECRETKEY`, {}, 20_000).catch((e: unknown) => e);
      if (path === '/endless') expect(out).toBeNull();
      else expect((out as Error).message).toBe('HTTP 500');
      expect(Date.now() - started, path).toBeLessThan(5_000);
      // the socket's buffers hold a few MiB at most; an unbounded read takes hundreds
      expect(bytesOut, path).toBeLessThan(32 * 1024 * 1024);
    }
  });

  it('a slow drip is cut by the timeout (the 2xx came: not JSON, never a hang)', async () => {
    const started = Date.now();
    expect(await postJson(`${base}/drip?key=SECRETKEY`, {}, 1_000)).toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a redirect is not followed and names no URL', async () => {
    const err = await postJson(`${base}/redirect?key=SECRETKEY`, {}, 2_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as Error).message).not.toMatch(/SECRETKEY|169\.254/);
  });

  it('a robot reply that repeats the key, the access token or the signature: the stored reason holds none of them', async () => {
    const key = '693a91f6-7c6e-4bc4-97a0-0ec2dfa5a8d1';
    const token = 'b1f7c0de9a8e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c';
    const message = { deliveryId: 1, userId: 1, text: { title: '通知', body: 'x' } };
    const wecom = new WecomRobot({ url: `${base}/echo?key=${key}`, format: 'text' }, 2_000);
    const ding = new DingtalkRobot({ url: `${base}/echo?access_token=${token}`, format: 'text', secret: 'SECabc' }, 2_000);
    for (const robot of [wecom, ding]) {
      const err = await robot.send(message).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      const reason = (err as Error).message;
      expect(reason).toMatch(/^errcode 40001/);
      expect(reason).not.toMatch(/693a91f6|0ec2dfa5a8d1|b1f7c0de|[A-Za-z0-9+/]{20,}/);
    }
  });
});
