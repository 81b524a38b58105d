/**
 * The adapters against a real local HTTP server playing each gateway: success, errcode ≠ 0, HTTP 500,
 * a reply that never comes (timeout); 钉钉's signature checked by the fake server; the SMS body
 * template and auth header; no URL, key or token in any error (they are secrets).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from './fake-gateway.test-helpers';
import { DeliveryError, DingtalkRobot, fillTemplate, NoTarget, SmsGateway, WecomRobot } from './gateways';

const SECRET = 'SECfake0123456789abcdef';
const message = { deliveryId: 42, userId: 7, text: { title: '超期提醒', body: '案件 #12「井盖[缺失](http://x)」已超过办理期限' } };

describe('outbound gateways', () => {
  let fake: FakeGateway;
  beforeAll(async () => {
    fake = await startFakeGateway({ dingtalkSecret: SECRET });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.reply = 'ok';
  });

  const wecom = (format: 'text' | 'markdown' = 'text') =>
    new WecomRobot({ url: fake.url('/cgi-bin/webhook/send?key=wecom-key-1'), format }, 500);
  const failure = async (p: Promise<void>) => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DeliveryError);
    const text = (e as Error).message;
    for (const secret of ['wecom-key-1', 'ding-token', SECRET, 'sms-token', '127.0.0.1', 'http', 'key=abc'])
      expect(text).not.toContain(secret);
    return text;
  };

  it('企业微信: a text message with the key in the URL; errcode 0 is success', async () => {
    await wecom().send(message);
    expect(fake.requests).toHaveLength(1);
    const [r] = fake.requests;
    expect([r.method, r.path, r.query.get('key')]).toEqual(['POST', '/cgi-bin/webhook/send', 'wecom-key-1']);
    expect(r.body).toEqual({ msgtype: 'text', text: { content: '【网格通】超期提醒：案件 #12「井盖[缺失](http://x)」已超过办理期限' } });
  });

  it("企业微信 markdown: the notice's words cannot add a link", async () => {
    await wecom('markdown').send(message);
    const content = (fake.requests[0].body.markdown as { content: string }).content;
    expect(content).toMatch(/^### 网格通 · 超期提醒\n\n/);
    expect(content).not.toMatch(/[[\]()]/);
  });

  it('errcode ≠ 0, HTTP 500, a reply that is not JSON and a timeout are failures with a short reason and no secret', async () => {
    fake.reply = 'errcode';
    expect(await failure(wecom().send(message))).toBe('errcode 93000 invalid webhook url, hint: 1700000000_1');
    fake.reply = '500';
    expect(await failure(wecom().send(message))).toBe('HTTP 500');
    fake.reply = 'not-json';
    expect(await failure(wecom().send(message))).toBe('reply without errcode');
    fake.reply = 'hang';
    const started = Date.now();
    expect(await failure(wecom().send(message))).toBe('no answer within 0.5 s');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a gateway that is not there: connection failed', async () => {
    const gone = new WecomRobot({ url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=wecom-key-1', format: 'text' }, 500);
    expect(await failure(gone.send(message))).toMatch(/connection failed|no answer/);
  });

  it('钉钉 signed: timestamp and HMAC-SHA256 sign in the URL, verified by the gateway', async () => {
    const robot = new DingtalkRobot({ url: fake.url('/robot/send?access_token=ding-token'), format: 'markdown', secret: SECRET }, 500);
    await robot.send(message);
    const [r] = fake.requests;
    expect(r.query.get('access_token')).toBe('ding-token');
    expect(r.query.get('sign')).toBeTruthy();
    expect(r.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '超期提醒' } });
  });

  it('钉钉 with a wrong secret or none: the gateway refuses (errcode 310000), a failure', async () => {
    const wrong = new DingtalkRobot({ url: fake.url('/robot/send?access_token=ding-token'), format: 'text', secret: 'SECwrong' }, 500);
    expect(await failure(wrong.send(message))).toMatch(/^errcode 310000 sign not match/);
    const unsigned = new DingtalkRobot({ url: fake.url('/robot/send?access_token=ding-token'), format: 'text' }, 500);
    expect(await failure(unsigned.send(message))).toMatch(/^errcode 310000/);
    const stale = new DingtalkRobot(
      { url: fake.url('/robot/send?access_token=ding-token'), format: 'text', secret: SECRET },
      500,
      () => Date.now() - 7_200_000,
    );
    expect(await failure(stale.send(message))).toMatch(/^errcode 310000/);
  });

  it('SMS: the configured JSON body with phone, text and id, the auth header; any 2xx is success', async () => {
    const template = { to: ['{phone}'], msg: { content: '{text}', ref: 'gw-{id}' }, sign: '网格通' };
    const sms = new SmsGateway(
      { url: fake.url('/sms'), bodyTemplate: template, authHeader: 'X-Api-Key', token: 'sms-token' },
      500,
      async (id) => (id === 7 ? '13800138000' : null),
    );
    await sms.send(message);
    const [r] = fake.requests;
    expect(r.headers['x-api-key']).toBe('sms-token');
    expect(r.body).toEqual({
      to: ['13800138000'],
      msg: { content: '【网格通】超期提醒：案件 #12「井盖[缺失](http://x)」已超过办理期限', ref: 'gw-42' },
      sign: '网格通',
    });
    fake.reply = '500';
    expect(await failure(sms.send(message))).toBe('HTTP 500');
    // a user without a mobile number: nothing sent, a NoTarget (recorded as skipped)
    fake.requests.length = 0;
    await expect(sms.send({ ...message, userId: 8 })).rejects.toBeInstanceOf(NoTarget);
    expect(fake.requests).toHaveLength(0);
  });

  it("a template value never changes the JSON's shape", () => {
    expect(fillTemplate({ a: '{text}', n: 3, b: [true, '{phone}-{nope}'] }, { text: '"}, "x": "', phone: '1' })).toEqual({
      a: '"}, "x": "',
      n: 3,
      b: [true, '1-{nope}'],
    });
  });
});
