import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { formatOf, sendErrors } from '../modules/open311/open311-format';

/**
 * Errors Fastify's router raises before any route is found: a path that does not decode
 * (`%ED%A0%80`, a lone `%`) or a path parameter over the router's length limit. Such an address
 * names nothing, so it is a 404 like any unknown path, in the contract's shape (the spec's shape
 * under /open311/v2/), never Fastify's own body.
 */
export function frameworkErrorReply(error: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const description = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a part of the path is too long' : 'the path could not be decoded';
  if (req.url.startsWith('/open311/v2/')) return sendErrors(reply, formatOf(req), 404, [{ code: 404, description }]);
  return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no such resource: ${description}` } });
}
