/**
 * A real local HTTP server (node:http) that plays an SMS gateway, a 企业微信 robot or a 钉钉 robot in
 * tests: it records every request and answers as the test sets (`reply`), verifying 钉钉's signature
 * when given the secret (a wrong or missing one is refused with errcode 310000, as 钉钉 does).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dingtalkSign } from './gateways';

export type FakeReply = 'ok' | 'errcode' | '500' | 'hang' | 'not-json';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface FakeGateway {
  url: (path: string) => string;
  requests: FakeRequest[];
  /** How the next requests are answered. */
  reply: FakeReply;
  /** Answers every hanging request with success (the restart test's "gateway finally answers"). */
  release(): void;
  close(): Promise<void>;
}

export async function startFakeGateway(opts: { dingtalkSecret?: string } = {}): Promise<FakeGateway> {
  const hanging: http.ServerResponse[] = [];
  const answer = (res: http.ServerResponse, body: object) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const fake: FakeGateway = {
    url: () => '',
    requests: [],
    reply: 'ok',
    release: () => {
      for (const res of hanging.splice(0)) if (!res.destroyed) answer(res, { errcode: 0, errmsg: 'ok' });
    },
    close: async () => {
      fake.release();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => {
      raw += d;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      fake.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: JSON.parse(raw || '{}'),
      });
      if (opts.dingtalkSecret && url.pathname.startsWith('/robot')) {
        const ts = Number(url.searchParams.get('timestamp'));
        const fresh = Math.abs(Date.now() - ts) < 3_600_000;
        if (!fresh || url.searchParams.get('sign') !== dingtalkSign(ts, opts.dingtalkSecret))
          return answer(res, { errcode: 310000, errmsg: 'sign not match, more: https://open.dingtalk.com/document/' });
      }
      if (fake.reply === 'hang') return void hanging.push(res);
      if (fake.reply === '500') return void res.writeHead(500).end('upstream broke: key=abc');
      if (fake.reply === 'not-json') return void res.writeHead(200).end('<html>ok</html>');
      if (fake.reply === 'errcode') return answer(res, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1700000000_1]' });
      answer(res, { errcode: 0, errmsg: 'ok' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  fake.url = (path: string) => `http://127.0.0.1:${port}${path}`;
  return fake;
}
