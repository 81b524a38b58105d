import { createHash } from 'node:crypto';
import { DomainError } from '@gridwork/core';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/**
 * `Idempotency-Key` on creating POSTs (contract): the same key with the same body within 24 h
 * returns the first response and creates nothing new; with another body it is 409
 * IDEMPOTENCY_KEY_REUSED. The key row is written in the same transaction as the record, so two
 * concurrent retries cannot both create: the loser's transaction fails on the key and it replays.
 */
export interface IdempotencyKey {
  userId: number;
  key: string;
  hash: string;
}

const TTL_MS = 24 * 3_600_000;

/** The Idempotency-Key header as sent (null without one); over 200 characters, or other than visible ASCII, is 400. */
export function idempotencyHeader(req: FastifyRequest): string | null {
  const raw = req.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key) return null;
  if (key.length > 200)
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key is at most 200 characters', [
      { field: 'header.idempotency-key', message: 'too long' },
    ]);
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key holds visible ASCII characters only', [
      { field: 'header.idempotency-key', message: 'visible ASCII characters only' },
    ]);
  }
  return key;
}

export function idempotencyKeyOf(req: FastifyRequest, userId: number): IdempotencyKey | null {
  const key = idempotencyHeader(req);
  if (!key) return null;
  const path = req.url.split('?')[0];
  const hash = createHash('sha256')
    .update(`${req.method} ${path}\n${JSON.stringify(req.body ?? null)}`)
    .digest('base64url');
  return { userId, key, hash };
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

async function findReplay(db: Kysely<DB>, k: IdempotencyKey, now: Date): Promise<StoredResponse | null> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'response'])
    .where('user_id', '=', k.userId)
    .where('key', '=', k.key)
    .where('created_at', '>', new Date(now.getTime() - TTL_MS))
    .executeTakeFirst();
  if (!row) return null;
  if (row.request_hash !== k.hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for another request');
  return { status: row.status, body: row.response };
}

function isKeyClash(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === '23505' && err.constraint === 'idempotency_keys_pkey';
}

/** Runs `create` in a transaction, unless the key was seen: then the first response is returned. */
export async function runIdempotent(
  db: Kysely<DB>,
  k: IdempotencyKey | null,
  now: Date,
  create: (trx: Transaction<DB>) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!k) return db.transaction().execute(create);
  const replay = await findReplay(db, k, now);
  if (replay) return replay;
  try {
    return await db.transaction().execute(async (trx) => {
      const res = await create(trx);
      await trx
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', k.userId)
        .where('key', '=', k.key)
        .where('created_at', '<=', new Date(now.getTime() - TTL_MS))
        .execute();
      await trx
        .insertInto('idempotency_keys')
        .values({
          user_id: k.userId,
          key: k.key,
          request_hash: k.hash,
          status: res.status,
          response: JSON.stringify(res.body),
          created_at: now,
        })
        .execute();
      return res;
    });
  } catch (e) {
    if (!isKeyClash(e)) throw e;
    const again = await findReplay(db, k, now);
    if (again) return again;
    throw e;
  }
}
