/**
 * The outbound channels' adapters: one HTTP POST each, with a timeout, judged by the status and (for
 * the robots) the `errcode` of the JSON reply. A failure is a `DeliveryError` whose message is short
 * and safe to store and show: never the URL, a key, a token or the reply's body.
 */
import { createHmac } from 'node:crypto';
import type { RobotConfig, SmsGatewayConfig } from '../../../outbound-config';
import { markdownText, plainText, type OutboundText } from './outbound-text';

export type ChannelName = 'sms' | 'wecom' | 'dingtalk';

export interface OutboundMessage {
  /** The delivery's id: the same on every retry (an SMS gateway may deduplicate by it). */
  deliveryId: number;
  userId: number;
  text: OutboundText;
}

export interface OutboundAdapter {
  readonly channel: ChannelName;
  /** Per recipient (SMS, target `user:<id>`) or once per matter to the group (robots, target `group`). */
  readonly perUser: boolean;
  send(m: OutboundMessage): Promise<void>;
}

/** A failed send; the message is stored as the delivery's last error. */
export class DeliveryError extends Error {}
/** Nothing to send to (a user without a phone): recorded as skipped, never retried. */
export class NoTarget extends Error {}

/** A robot's or gateway's reply is a few hundred bytes: a longer one is not read on (a hostile gateway cannot fill the memory). */
const MAX_REPLY_BYTES = 64 * 1024;

/** The reply's text, '' when it is longer than MAX_REPLY_BYTES or breaks off (the timeout also ends the read). */
async function readCapped(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks).toString('utf8');
      size += value.byteLength;
      if (size > MAX_REPLY_BYTES) {
        await reader.cancel().catch(() => undefined);
        return '';
      }
      chunks.push(value);
    }
  } catch {
    return '';
  }
}

/** POSTs JSON; resolves with the reply's parsed JSON (null when it is not JSON) or throws a DeliveryError. */
export async function postJson(url: string, body: unknown, timeoutMs: number, headers: Record<string, string> = {}): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const name = (e as Error).name;
    throw new DeliveryError(
      name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${timeoutMs / 1000} s` : 'connection failed',
    );
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new DeliveryError(`HTTP ${res.status}`);
  }
  const text = await readCapped(res);
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The robots' reply: `errcode` 0 is success; the error message is kept short, without addresses or anything like a key. */
function checkErrcode(reply: unknown): void {
  const r = reply && typeof reply === 'object' ? (reply as { errcode?: unknown; errmsg?: unknown }) : null;
  if (r?.errcode === 0) return;
  if (!r || r.errcode === undefined) throw new DeliveryError('reply without errcode');
  const msg =
    typeof r.errmsg === 'string'
      ? r.errmsg
          .replace(/https?:\S*/g, '')
          // a key, an access token or a signature repeated by the gateway (or a proxy before it)
          .replace(/[A-Za-z0-9+/=_-]{16,}/g, '(redacted)')
          .replace(/[^\w .,:'-]/g, '')
          .slice(0, 60)
          .trim()
      : '';
  throw new DeliveryError(`errcode ${String(r.errcode).slice(0, 12)}${msg ? ` ${msg}` : ''}`);
}

/** 企业微信 group robot: {"msgtype":"text","text":{"content":…}} or markdown. */
export class WecomRobot implements OutboundAdapter {
  readonly channel = 'wecom';
  readonly perUser = false;
  constructor(
    private readonly config: RobotConfig,
    private readonly timeoutMs: number,
  ) {}
  async send(m: OutboundMessage): Promise<void> {
    const body =
      this.config.format === 'markdown'
        ? { msgtype: 'markdown', markdown: { content: markdownText(m.text) } }
        : { msgtype: 'text', text: { content: plainText(m.text) } };
    checkErrcode(await postJson(this.config.url, body, this.timeoutMs));
  }
}

/** 钉钉's robot signature: base64 of HMAC-SHA256 over `timestamp + "\n" + secret`, keyed by the secret. */
export function dingtalkSign(timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

/** 钉钉 group robot, signed when a secret is configured (timestamp and sign added to the URL). */
export class DingtalkRobot implements OutboundAdapter {
  readonly channel = 'dingtalk';
  readonly perUser = false;
  constructor(
    private readonly config: RobotConfig,
    private readonly timeoutMs: number,
    /** Wall-clock milliseconds: 钉钉 refuses a timestamp an hour away from its own time. */
    private readonly now: () => number = Date.now,
  ) {}
  async send(m: OutboundMessage): Promise<void> {
    const url = new URL(this.config.url);
    if (this.config.secret) {
      const timestamp = this.now();
      url.searchParams.set('timestamp', String(timestamp));
      url.searchParams.set('sign', dingtalkSign(timestamp, this.config.secret));
    }
    const body =
      this.config.format === 'markdown'
        ? { msgtype: 'markdown', markdown: { title: m.text.title, text: markdownText(m.text) } }
        : { msgtype: 'text', text: { content: plainText(m.text) } };
    checkErrcode(await postJson(url.toString(), body, this.timeoutMs));
  }
}

/** Replaces {phone}, {text} and {id} inside the template's strings (values never change the JSON's shape). */
export function fillTemplate(template: unknown, values: Record<string, string>): unknown {
  if (typeof template === 'string') return template.replace(/\{(phone|text|id)\}/g, (whole, k: string) => values[k] ?? whole);
  if (Array.isArray(template)) return template.map((t) => fillTemplate(t, values));
  if (template && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fillTemplate(v, values)]));
  return template;
}

/** Where a user's mobile number comes from (null: none on file). */
export type PhoneLookup = (userId: number) => Promise<string | null>;

/** A generic HTTP SMS gateway: POST of the configured JSON body; any 2xx is accepted. */
export class SmsGateway implements OutboundAdapter {
  readonly channel = 'sms';
  readonly perUser = true;
  constructor(
    private readonly config: SmsGatewayConfig,
    private readonly timeoutMs: number,
    private readonly phoneOf: PhoneLookup,
  ) {}
  async send(m: OutboundMessage): Promise<void> {
    const phone = await this.phoneOf(m.userId);
    if (!phone) throw new NoTarget('no mobile number on the profile');
    const body = fillTemplate(this.config.bodyTemplate, { phone, text: plainText(m.text), id: String(m.deliveryId) });
    const headers: Record<string, string> =
      this.config.authHeader && this.config.token ? { [this.config.authHeader]: this.config.token } : {};
    await postJson(this.config.url, body, this.timeoutMs, headers);
  }
}
