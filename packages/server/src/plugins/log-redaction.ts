import type { FastifyRequest } from 'fastify';

/** Query parameters whose values never reach the log (a client may misplace a password there). */
const SECRET_PARAM = /([?&][^=&#]*(?:password|passwd|pwd|token|secret|key)[^=&#]*=)[^&#]*/gi;

/**
 * A phone or ID number in any form (C3): 7 or more digits of any script (full-width and Arabic-Indic
 * too), possibly split by up to three separators each (spaces, dashes of every kind, dots, slashes,
 * commas, brackets, invisible characters), with an optional leading + and an ID number's trailing X.
 * Dates (YYYY-MM-DD, also inside timestamps) are kept: 8 digits but never personal numbers on their own.
 */
const SEPARATOR = String.raw`[\s\p{Pd}\p{Cf}.,/\\()_*~·|;'"]`;
const PERSONAL_NUMBER = new RegExp(String.raw`[+(]?\p{Nd}(?:${SEPARATOR}{0,3}\p{Nd}){6,}[xX]?`, 'gu');
const DATE = /^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Decodes every well-formed escape sequence; a malformed one stays as it is (and cannot hide the rest). */
function decoded(url: string): string {
  return url.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

/**
 * The URL as the log shows it: decoded (so `%20`, `+` and full-width digits cannot hide a number),
 * secret-looking query values and every personal-number-like digit run, in the path as in the query,
 * replaced by `[redacted]`.
 */
export function redactUrl(url: string): string {
  const text = decoded(url).normalize('NFKC').replace(SECRET_PARAM, '$1[redacted]');
  return text.replace(PERSONAL_NUMBER, (run) => (DATE.test(run) ? run : '[redacted]'));
}

/** Fastify's request log line, with secret-looking query values redacted (bodies and headers are never logged). */
export function serializeRequest(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
