import type { FastifyRequest } from 'fastify';

/** Query parameters whose values never reach the log (a client may misplace a password there). */
const SECRET_PARAM = /([?&][^=&#]*(?:password|passwd|pwd|token|secret|key)[^=&#]*=)[^&#]*/gi;

/** Query values with a run of 7+ digits: an ID number or phone searched for (C3) stays out of the log. */
const PERSONAL_NUMBER_PARAM = /([?&][^=&#]*=)[^&#]*\d{7,}[^&#]*/g;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAM, '$1[redacted]').replace(PERSONAL_NUMBER_PARAM, '$1[redacted]');
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
