import { DomainError } from '@gridwork/core';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../modules/auth/sessions.repository';

/**
 * The contract's check order puts 404 (missing or out of scope) before 400 (invalid body). Fastify
 * validates before the handler, so routes on one record check existence in `preValidation` with
 * this helper: a non-numeric id cannot exist, so it is a 404 too.
 */
export function existsInScope(load: (actor: SessionUser, id: number) => Promise<unknown>, param = 'id') {
  return async (req: FastifyRequest): Promise<void> => {
    if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
    const raw = (req.params as Record<string, string>)[param];
    const id = /^[1-9]\d{0,9}$/.test(raw ?? '') ? Number(raw) : NaN;
    if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new DomainError('NOT_FOUND', `${param} ${raw} not found`);
    await load(req.actor, id);
  };
}

/** Lists longer than this are left to validation (their schemas allow fewer), never loaded one by one. */
const MAX_LISTED_IDS = 100;

/** A well-formed id (a number, or digits in a query string), else null. */
function idOf(raw: unknown): number | null {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) && id >= 1 && id <= 2_147_483_647 ? id : null;
}

/**
 * The same order for ids in the query string or the JSON body (`regionId`, `gridId`, a list of user
 * ids...): a well-formed id outside the caller's scope is 404 before the rest is validated; a missing
 * or malformed one is left to validation (400).
 */
export function fieldIdsInScope(
  part: 'query' | 'body',
  keys: readonly string[],
  load: (actor: SessionUser, id: number) => Promise<unknown>,
) {
  return async (req: FastifyRequest): Promise<void> => {
    if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
    const values = (req[part] ?? {}) as Record<string, unknown>;
    for (const key of keys) {
      const raw = values[key];
      const items = Array.isArray(raw) ? (raw.length <= MAX_LISTED_IDS ? raw : []) : [raw];
      for (const item of items) {
        const id = idOf(item);
        if (id !== null) await load(req.actor, id);
      }
    }
  };
}
