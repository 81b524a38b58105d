import { DomainError } from '@gridwork/core';
import { CASE_ERRORS } from '@gridwork/core/cases';
import type { FastifyError, FastifyInstance } from 'fastify';

/**
 * Stable error codes → HTTP status (the case workflow's codes come by kind from core's CASE_ERRORS).
 * A code in neither is a programming error: a 500 whose internals are hidden, with a log line
 * (errors-codes.test.ts finds every code the sources throw here).
 */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  WRONG_PASSWORD: 400,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  ROSTER_EMPTY: 400,
  ROSTER_LAYOUT_INVALID: 400,
  ROSTER_NOT_XLSX: 400,
  ROSTER_TOO_MANY_ROWS: 400,
  EXPORT_TOO_LARGE: 400,
  INVALID_REGION_CODE: 400,
  GEOJSON_INVALID: 400,
  POLICY_INVALID: 400,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  SESSION_USER_CHANGED: 409,
  SELF_GRANT: 403,
  SELF_SELECTION: 403,
  MEETING_STARTED: 409,
  NOT_INVITED: 409,
  NOT_ANNOUNCED: 409,
  ROLE_NOT_GRANTABLE: 403,
  VERSION_CONFLICT: 409,
  ACTION_NOT_ALLOWED: 409,
  ALREADY_EXISTS: 409,
  USER_INACTIVE: 409,
  REGION_HAS_CHILDREN: 409,
  REGION_IN_USE: 409,
  PRESET_FAMILY_MISMATCH: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PHOTO_LIMIT_REACHED: 409,
  PHOTOS_CLOSED: 409,
  DRAW_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROSTER_TOO_LARGE: 413,
  IMAGE_TOO_LARGE: 413,
  GEOJSON_TOO_COMPLEX: 413,
  IMAGE_UNREADABLE: 415,
  ROSTER_IMPORT_BUSY: 429,
  GEOJSON_CHECK_BUSY: 429,
  PHOTO_UPLOADS_BUSY: 429,
  TOO_MANY_UPLOADS: 429,
  TOO_MANY_ATTEMPTS: 429,
  REVEAL_LIMIT: 429,
  CALENDAR_UNKNOWN: 422,
  POLICY_INCOMPLETE: 422,
  CASE_NOT_PUBLISHED: 422,
};

const KIND_STATUS = { invalid: 400, forbidden: 403, conflict: 409 } as const;

export function statusOf(code: string): number {
  const caseKind = (CASE_ERRORS as Record<string, keyof typeof KIND_STATUS>)[code];
  return STATUS[code] ?? (caseKind ? KIND_STATUS[caseKind] : 500);
}

interface AjvError {
  instancePath?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
  message?: string;
}

/** At most this many details are sent (a huge invalid array would otherwise give megabytes), each text at most MAX_TEXT long. */
export const MAX_DETAILS = 20;
const MAX_TEXT = 200;
const MAX_MESSAGE = 300;
const clip = (text: string, max = MAX_TEXT) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `body` + JSON pointer `/members/0/name` (+ a property) → `body.members.0.name`. */
export function fieldName(context: string, pointer: string, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return clip([context, ...segments, extra].filter((s) => s !== undefined && s !== '').join('.'));
}

/** Fastify/Ajv validation errors → `details: [{ field, message }]` naming each field (the first MAX_DETAILS). */
function validationDetails(error: FastifyError): Array<{ field: string; message: string }> {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as AjvError[]).slice(0, MAX_DETAILS).map((v) => ({
    field: fieldName(context, v.instancePath ?? '', v.params?.missingProperty ?? v.params?.additionalProperty),
    message: clip(v.message ?? 'invalid'),
  }));
}

/** A detail's texts at most MAX_TEXT long (a check may quote the value it refused: a 60,000-number coordinate). */
function clipTexts(detail: unknown): unknown {
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) return typeof detail === 'string' ? clip(detail) : detail;
  return Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, typeof v === 'string' ? clip(v) : v]));
}

/**
 * A domain error's message and details as sent: the message at most MAX_MESSAGE long, a long list
 * cut to its first MAX_DETAILS (the message says how many there were); VALIDATION_FAILED details
 * that name their place as `path` (core checks) also get it as `field`, the contract's name.
 */
function bounded(code: string, message: string, details: unknown): { message: string; details: unknown } {
  if (!Array.isArray(details)) return { message: clip(message, MAX_MESSAGE), details };
  const listed = (details.length > MAX_DETAILS ? details.slice(0, MAX_DETAILS) : details).map(clipTexts) as Array<{
    field?: unknown;
    path?: unknown;
  }>;
  const named =
    code !== 'VALIDATION_FAILED'
      ? listed
      : listed.map((d) => (typeof d?.path === 'string' && d.field === undefined ? { field: d.path, ...d } : d));
  const counted = details.length > MAX_DETAILS ? ` (${details.length} problems, the first ${MAX_DETAILS} listed)` : '';
  return { message: clip(message, MAX_MESSAGE - counted.length) + counted, details: named };
}

// `/open311` (also `/open311/`) is the web app's Open311 clients page; the GeoReport API is /open311/v2 and below.
const API_LIKE = /^\/(api|healthz|openapi\.json|docs|open311\/v2)(\/|$|\?)/;

/**
 * Unknown routes get the JSON 404; with `spaIndex` (the built web app is served), other GETs get
 * index.html so the client-side routes work on reload.
 */
export function registerErrorHandling(app: FastifyInstance, opts: { spaIndex?: boolean } = {}): void {
  app.setNotFoundHandler((req, reply) => {
    if (opts.spaIndex && req.method === 'GET' && !API_LIKE.test(req.url)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
  });
  app.setErrorHandler((error: FastifyError | DomainError, req, reply) => {
    if (error instanceof DomainError) {
      const status = statusOf(error.code);
      if (status === 500) {
        req.log.error({ err: error, code: error.code, reqId: req.id }, 'error code without a status');
        return reply.status(500).send({ error: { code: 'INTERNAL_ERROR', message: 'internal error', details: { requestId: req.id } } });
      }
      return reply.status(status).send({ error: { code: error.code, ...bounded(error.code, error.message, error.details) } });
    }
    const fe = error as FastifyError;
    if (fe.validation) {
      const details = validationDetails(fe);
      const total = fe.validation.length;
      const message = total > MAX_DETAILS ? `invalid request (${total} problems, the first ${MAX_DETAILS} listed)` : 'invalid request';
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details } });
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'request body too large' } });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content type' } });
    }
    // Fastify 5 reports a body that does not parse (or holds __proto__/constructor keys) as
    // FST_ERR_CTP_INVALID_JSON_BODY; its message and the parser's are not passed on.
    if (
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      (fe.statusCode === 400 && fe instanceof SyntaxError)
    ) {
      return reply
        .status(400)
        .send({ error: { code: 'INVALID_JSON', message: 'the request body is not valid JSON (check quotes, commas and brackets)' } });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ error: { code: 'BAD_REQUEST', message: fe.message } });
    }
    req.log.error({ err: error, reqId: req.id }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL_ERROR', message: 'internal error', details: { requestId: req.id } } });
  });
}
