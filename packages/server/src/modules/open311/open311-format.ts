import { DomainError } from '@gridwork/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { statusOf } from '../../plugins/errors';
import { xmlList } from './open311-xml';

/**
 * Formats and errors under /open311/v2/: the format is the resource's extension (`.json` or
 * `.xml`); errors are the spec's list `[{ code, description }]` / `<errors><error>…`, never the
 * product's usual `{ error }` body. HTTP status: 403 for a missing or wrong api_key, 404 for what
 * does not exist, 400 for anything else the request gets wrong (the spec's "General Errors").
 */
export type Format = 'json' | 'xml';

export interface SpecError {
  code: number;
  description: string;
}

/** An error to send in the spec's format: one entry per problem, each with the HTTP status as its code. */
export class Open311Error extends Error {
  readonly descriptions: string[];
  constructor(
    readonly status: number,
    descriptions: string | string[],
  ) {
    const list = Array.isArray(descriptions) ? descriptions : [descriptions];
    super(list.join('; '));
    this.descriptions = list;
  }
}

/** `sanitation.json` → `{ name: 'sanitation', format: 'json' }`; anything else → null. */
export function splitResource(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1], format: m[2] as Format } : null;
}

/** The format a request asked for, from its path (JSON when it names none, e.g. an unknown route). */
export function formatOf(req: FastifyRequest): Format {
  return /\.xml$/i.test(req.url.split('?')[0]) ? 'xml' : 'json';
}

export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

export function sendXml(reply: FastifyReply, status: number, xml: string): FastifyReply {
  return reply.status(status).type('text/xml; charset=utf-8').send(xml);
}

export function sendErrors(reply: FastifyReply, format: Format, status: number, errors: SpecError[]): FastifyReply {
  return format === 'xml' ? sendXml(reply, status, xmlList('errors', 'error', errors as never)) : sendJson(reply, status, errors);
}

function describeDomainError(e: DomainError): string {
  const fields = Array.isArray(e.details) ? (e.details as Array<{ field?: string }>).map((d) => d.field).filter(Boolean) : [];
  return fields.length ? `${e.message} (${fields.join(', ')})` : e.message;
}

/** The scope's error handler: every failure under /open311/v2/ in the spec's shape. */
export function open311ErrorHandler(error: Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const format = formatOf(req);
  if (error instanceof Open311Error)
    return sendErrors(
      reply,
      format,
      error.status,
      error.descriptions.map((d) => ({ code: error.status, description: d })),
    );
  if (error instanceof DomainError) {
    const mapped = statusOf(error.code);
    const status = mapped === 401 ? 403 : mapped === 404 || mapped === 403 || mapped === 413 ? mapped : 400;
    return sendErrors(reply, format, status, [{ code: status, description: describeDomainError(error) }]);
  }
  const fe = error as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return sendErrors(reply, format, 413, [{ code: 413, description: 'request body too large' }]);
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendErrors(reply, format, 415, [{ code: 415, description: 'send application/x-www-form-urlencoded (or application/json)' }]);
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendErrors(reply, format, 400, [{ code: 400, description: 'the request could not be read (check its body and parameters)' }]);
  }
  req.log.error({ err: error, reqId: req.id }, 'unhandled error (open311)');
  return sendErrors(reply, format, 500, [{ code: 500, description: `internal error (request ${req.id})` }]);
}
