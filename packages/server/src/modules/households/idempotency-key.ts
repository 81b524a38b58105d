import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { idempotencyKeyOf, type IdempotencyKey } from '../../plugins/idempotency';

/**
 * The Idempotency-Key of a creating POST, its request hash keyed with the data key: a body holding
 * an ID number or phone leaves no unkeyed digest of them in the database (C3).
 */
export function sealedIdempotencyKey(ctx: AppContext, req: FastifyRequest, userId: number): IdempotencyKey | null {
  const key = idempotencyKeyOf(req, userId);
  return key && ctx.sealed.available ? { ...key, hash: ctx.sealed.fingerprint(key.hash) } : key;
}
