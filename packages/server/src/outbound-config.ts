/**
 * The outbound channels of a deployment (README "Outbound channels"): an SMS gateway and the group
 * robots of 企业微信 and 钉钉. URLs, tokens and secrets are secrets: a wrong value stops the start
 * with the variable's name only, and they are never logged or sent in a reply.
 */
export type RobotFormat = 'text' | 'markdown';

export interface SmsGatewayConfig {
  /** The gateway's address; the message goes out as an HTTP POST with a JSON body (GRIDWORK_SMS_URL). */
  url: string;
  /** A JSON template whose strings may hold {phone}, {text} and {id} (the delivery's id, stable across retries) (GRIDWORK_SMS_BODY). */
  bodyTemplate: unknown;
  /** An optional header sent with the token as its value, e.g. Authorization: Bearer … (GRIDWORK_SMS_AUTH_HEADER, GRIDWORK_SMS_TOKEN). */
  authHeader: string | null;
  token: string | null;
}

export interface RobotConfig {
  /** The webhook with its key or access token (GRIDWORK_WECOM_WEBHOOK, GRIDWORK_DINGTALK_WEBHOOK). */
  url: string;
  format: RobotFormat;
  /** 钉钉 only: the signing secret (SEC…) when the robot's security setting is 加签 (GRIDWORK_DINGTALK_SECRET). */
  secret?: string | null;
}

export interface OutboundConfig {
  sms: SmsGatewayConfig | null;
  wecom: RobotConfig | null;
  dingtalk: RobotConfig | null;
  /** One request may take this long (GRIDWORK_NOTIFY_TIMEOUT_S). */
  timeoutMs: number;
  /** Sends of one notice to one target, the first included (GRIDWORK_NOTIFY_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** The wait after the first failure, doubled after each further one, at most an hour (GRIDWORK_NOTIFY_RETRY_S). */
  retryBaseMs: number;
}

export const DEFAULT_SMS_BODY = { phone: '{phone}', text: '{text}' };

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new Error(`${name}: not a whole number from 1 to ${max}`);
  return Number(raw);
}

/** An http(s) URL; the error names the variable, never the value (it holds a key). */
function webUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name}: not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: not an http(s) URL`);
  // fetch refuses such a URL at every send: the start refuses it instead
  if (url.username || url.password) throw new Error(`${name}: a user name or password in the URL`);
  return url.toString();
}

function format(env: NodeJS.ProcessEnv, name: string): RobotFormat {
  const raw = env[name]?.trim().toLowerCase() || 'text';
  if (raw !== 'text' && raw !== 'markdown') throw new Error(`${name}: text or markdown`);
  return raw;
}

/** A control character other than a tab (not allowed in a header value). */
function controlChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 32 && code !== 9) || code === 127;
}

function smsFromEnv(env: NodeJS.ProcessEnv): SmsGatewayConfig | null {
  const url = webUrl(env, 'GRIDWORK_SMS_URL');
  if (!url) return null;
  let bodyTemplate: unknown = DEFAULT_SMS_BODY;
  const rawBody = env.GRIDWORK_SMS_BODY?.trim();
  if (rawBody) {
    try {
      bodyTemplate = JSON.parse(rawBody);
    } catch {
      throw new Error('GRIDWORK_SMS_BODY: not JSON');
    }
    const text = JSON.stringify(bodyTemplate);
    if (!text.includes('{phone}') || !text.includes('{text}')) throw new Error('GRIDWORK_SMS_BODY: must hold {phone} and {text}');
  }
  const token = env.GRIDWORK_SMS_TOKEN?.trim() || null;
  // a line break or a control character: fetch refuses the header at every send
  if (token && [...token].some(controlChar)) throw new Error('GRIDWORK_SMS_TOKEN: not a header value');
  const header = env.GRIDWORK_SMS_AUTH_HEADER?.trim() || (token ? 'Authorization' : null);
  if (header && !/^[A-Za-z0-9-]{1,64}$/.test(header)) throw new Error('GRIDWORK_SMS_AUTH_HEADER: not a header name');
  return { url, bodyTemplate, authHeader: token ? header : null, token };
}

export function outboundFromEnv(env: NodeJS.ProcessEnv): OutboundConfig {
  const wecomUrl = webUrl(env, 'GRIDWORK_WECOM_WEBHOOK');
  const dingUrl = webUrl(env, 'GRIDWORK_DINGTALK_WEBHOOK');
  return {
    sms: smsFromEnv(env),
    wecom: wecomUrl ? { url: wecomUrl, format: format(env, 'GRIDWORK_WECOM_FORMAT') } : null,
    dingtalk: dingUrl
      ? { url: dingUrl, format: format(env, 'GRIDWORK_DINGTALK_FORMAT'), secret: env.GRIDWORK_DINGTALK_SECRET?.trim() || null }
      : null,
    timeoutMs: whole(env, 'GRIDWORK_NOTIFY_TIMEOUT_S', 10, 120) * 1000,
    maxAttempts: whole(env, 'GRIDWORK_NOTIFY_MAX_ATTEMPTS', 5, 20),
    retryBaseMs: whole(env, 'GRIDWORK_NOTIFY_RETRY_S', 60, 3600) * 1000,
  };
}

/** Whether any outbound channel is configured (else the logging channel stands in). */
export const anyOutbound = (c: OutboundConfig): boolean => c.sms !== null || c.wecom !== null || c.dingtalk !== null;
