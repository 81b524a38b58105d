/** Outbound channels from the environment: none by default; a wrong value stops the start naming the variable, never its secret value. */
import { describe, expect, it } from 'vitest';
import { anyOutbound, DEFAULT_SMS_BODY, outboundFromEnv } from './outbound-config';

describe('outbound config', () => {
  it('nothing set: no channel (the logging channel stands in), 10 s timeout, 5 attempts, 60 s first wait', () => {
    const c = outboundFromEnv({});
    expect(anyOutbound(c)).toBe(false);
    expect([c.timeoutMs, c.maxAttempts, c.retryBaseMs]).toEqual([10_000, 5, 60_000]);
  });

  it('reads every channel', () => {
    const c = outboundFromEnv({
      GRIDWORK_SMS_URL: 'https://sms.example.cn/send',
      GRIDWORK_SMS_TOKEN: 'Bearer t0ken',
      GRIDWORK_WECOM_WEBHOOK: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1',
      GRIDWORK_WECOM_FORMAT: 'markdown',
      GRIDWORK_DINGTALK_WEBHOOK: 'https://oapi.dingtalk.com/robot/send?access_token=t1',
      GRIDWORK_DINGTALK_SECRET: 'SECabc',
      GRIDWORK_NOTIFY_TIMEOUT_S: '5',
      GRIDWORK_NOTIFY_MAX_ATTEMPTS: '3',
      GRIDWORK_NOTIFY_RETRY_S: '30',
    });
    expect(c.sms).toEqual({
      url: 'https://sms.example.cn/send',
      bodyTemplate: DEFAULT_SMS_BODY,
      authHeader: 'Authorization',
      token: 'Bearer t0ken',
    });
    expect(c.wecom).toEqual({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1', format: 'markdown' });
    expect(c.dingtalk).toEqual({ url: 'https://oapi.dingtalk.com/robot/send?access_token=t1', format: 'text', secret: 'SECabc' });
    expect([c.timeoutMs, c.maxAttempts, c.retryBaseMs]).toEqual([5_000, 3, 30_000]);
  });

  it('a wrong value: an error naming the variable only', () => {
    const wrong: Array<[Record<string, string>, RegExp]> = [
      [{ GRIDWORK_WECOM_WEBHOOK: 'qyapi.weixin.qq.com/send?key=secret-k' }, /^GRIDWORK_WECOM_WEBHOOK: not a URL$/],
      [{ GRIDWORK_DINGTALK_WEBHOOK: 'ftp://x/?access_token=secret-k' }, /^GRIDWORK_DINGTALK_WEBHOOK: not an http\(s\) URL$/],
      [{ GRIDWORK_SMS_URL: 'https://x', GRIDWORK_SMS_BODY: '{"to":"{phone}"}' }, /must hold \{phone\} and \{text\}/],
      [{ GRIDWORK_SMS_URL: 'https://x', GRIDWORK_SMS_BODY: 'secret-k' }, /^GRIDWORK_SMS_BODY: not JSON$/],
      [{ GRIDWORK_SMS_URL: 'https://x', GRIDWORK_SMS_TOKEN: 't', GRIDWORK_SMS_AUTH_HEADER: 'a b' }, /not a header name/],
      [{ GRIDWORK_WECOM_WEBHOOK: 'https://x', GRIDWORK_WECOM_FORMAT: 'card' }, /text or markdown/],
      [{ GRIDWORK_NOTIFY_MAX_ATTEMPTS: '0' }, /GRIDWORK_NOTIFY_MAX_ATTEMPTS/],
      // fetch refuses these at every send ("connection failed" for ever): the start refuses them instead
      [{ GRIDWORK_SMS_URL: 'https://user:secret-k@sms.example.cn/send' }, /^GRIDWORK_SMS_URL: a user name or password in the URL$/],
      [{ GRIDWORK_SMS_URL: 'https://x', GRIDWORK_SMS_TOKEN: 'Bearer a\nsecret-k' }, /^GRIDWORK_SMS_TOKEN: not a header value$/],
    ];
    for (const [env, message] of wrong) {
      expect(() => outboundFromEnv(env)).toThrow(message);
      expect(() => outboundFromEnv(env)).not.toThrow(/secret-k/);
    }
  });
});
