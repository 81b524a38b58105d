import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';

const HSTS = 'max-age=31536000';

/**
 * The origin of the configured tile server for img-src (`{s}`-style placeholders in the host
 * become a `*.` wildcard); nothing for a relative URL (served by us: 'self') or one that does not parse.
 */
export function tileSource(tileUrl: string | null): string | null {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl?.trim() ?? '');
  if (!m) return null;
  const labels = m[2].toLowerCase().split('.');
  let last = -1;
  labels.forEach((label, i) => {
    if (label.includes('{')) last = i;
  });
  const host = last < 0 ? labels.join('.') : ['*', ...labels.slice(last + 1)].join('.');
  const valid = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host) || /^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host);
  return valid ? `${m[1].toLowerCase()}://${host}` : null;
}

/**
 * No inline or foreign script. Styles allow 'unsafe-inline': antd writes its CSS-in-JS into
 * <style> elements and ECharts' tooltips carry style attributes. Images: ours, photo previews
 * (blob:), data: URIs (icons) and the deployment's tile server.
 */
export function contentSecurityPolicy(tileUrl: string | null): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Over TLS: directly, or through a proxy that GRIDWORK_TRUST_PROXY trusts (Fastify ignores others' X-Forwarded-Proto). */
export function cameOverTls(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/**
 * Browser security headers on every response: API, the web app, /docs, 404s, errors and event
 * streams. They go on the raw response at onRequest, so hijacked replies (SSE) carry them too.
 */
export function registerSecurityHeaders(app: FastifyInstance, config: AppConfig): void {
  const headers: Array<[string, string]> = [
    ['content-security-policy', contentSecurityPolicy(config.map.tileUrl)],
    ['x-frame-options', 'DENY'],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['cross-origin-opener-policy', 'same-origin'],
  ];
  app.addHook('onRequest', (req, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    if (cameOverTls(req)) reply.raw.setHeader('strict-transport-security', HSTS);
    done();
  });
}
