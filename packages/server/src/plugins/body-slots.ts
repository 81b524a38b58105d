/**
 * In-flight body accounting. A body larger than `countedBodyBytes` (by its Content-Length, or once a
 * chunked body grows past it) takes one of its caller's slots (the account; the client address when
 * signed out) and its bytes from a process-wide budget, before any of it is read; beyond
 * `uploadsPerCaller` or the budget it is 429 TOO_MANY_UPLOADS, unread. The slot is given back when
 * the answer has been sent or the connection has closed (timeouts and aborts included).
 * A preParsing hook: it runs after the sign-in check (onRequest), so a signed-out upload to a route
 * that needs a session is 401 before a byte of it is read. A request that matched no route is 404
 * unread too (else it would read up to the default limit for nothing).
 */
import type { Socket } from 'node:net';
import { Transform, type Readable } from 'node:stream';
import { DomainError } from '@gridwork/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerLimits } from '../limits';

declare module 'fastify' {
  interface FastifyInstance {
    bodySlots: BodySlots;
  }
}

const RETRY_AFTER_SECONDS = 30;

type Refusal = 'caller' | 'server';

export class BodySlots {
  readonly #byCaller = new Map<string, number>();
  #bytes = 0;

  constructor(private readonly limits: Pick<ServerLimits, 'uploadsPerCaller' | 'uploadBudgetBytes'>) {}

  /** A slot for `bytes` of `caller`'s body (its give-back, idempotent), or who is over the limit. A lone body may exceed the budget. */
  take(caller: string, bytes: number): Refusal | (() => void) {
    const held = this.#byCaller.get(caller) ?? 0;
    if (held >= this.limits.uploadsPerCaller) return 'caller';
    if (this.#bytes > 0 && this.#bytes + bytes > this.limits.uploadBudgetBytes) return 'server';
    this.#byCaller.set(caller, held + 1);
    this.#bytes += bytes;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.#bytes -= bytes;
      const left = (this.#byCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.#byCaller.set(caller, left);
      else this.#byCaller.delete(caller);
    };
  }

  /** What is held now (all zero when no counted body is in flight). */
  get inUse(): { slots: number; bytes: number; callers: number } {
    let slots = 0;
    for (const n of this.#byCaller.values()) slots += n;
    return { slots, bytes: this.#bytes, callers: this.#byCaller.size };
  }
}

function refused(reply: FastifyReply, who: Refusal, limits: ServerLimits): DomainError {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  const message =
    who === 'caller'
      ? `at most ${limits.uploadsPerCaller} large requests at once per account (or address): wait until one has been answered`
      : 'the server is receiving many large requests: try again in a minute';
  return new DomainError('TOO_MANY_UPLOADS', message, { retryAfterSeconds: RETRY_AFTER_SECONDS });
}

/** The declared body length: 0 without a body, null for a chunked one. */
function declaredLength(req: FastifyRequest): number | null {
  if (req.headers['transfer-encoding'] !== undefined) return null;
  return Number(req.headers['content-length'] ?? 0) || 0;
}

/** Gives the slot back once: the answer sent or the connection closed. */
function holdUntilDone(req: FastifyRequest, reply: FastifyReply, giveBack: () => void): void {
  const socket = req.raw.socket as Socket | null;
  const release = () => {
    giveBack();
    reply.raw.off('close', release);
    socket?.off?.('close', release);
  };
  reply.raw.once('close', release);
  socket?.once?.('close', release);
}

/** A chunked body passed through; past `threshold` bytes `onPast` decides (an error refuses it, and the rest is drained unread). */
function countedStream(payload: Readable, threshold: number, onPast: () => Error | null): Readable {
  let seen = 0;
  let decided = false;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (!decided && seen > threshold) {
        decided = true;
        const refusal = onPast();
        if (refusal) {
          payload.unpipe(counted);
          payload.resume();
          return done(refusal);
        }
      }
      done(null, chunk);
    },
  });
  payload.once('error', (e) => counted.destroy(e));
  return payload.pipe(counted);
}

export function registerBodySlots(app: FastifyInstance, limits: ServerLimits): BodySlots {
  const slots = new BodySlots(limits);
  app.decorate('bodySlots', slots);
  app.addHook('preParsing', async (req, reply, payload) => {
    if (req.method === 'GET' || req.method === 'HEAD') return payload;
    const declared = declaredLength(req);
    if (declared === 0) return payload;
    if (req.is404) throw new DomainError('NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`);
    // over the route's limit: Fastify answers 413 PAYLOAD_TOO_LARGE without reading it
    if (declared !== null && declared > req.routeOptions.bodyLimit) return payload;
    const caller = req.actor ? `user ${req.actor.id}` : `address ${req.ip}`;
    const take = (bytes: number) => {
      const taken = slots.take(caller, bytes);
      if (typeof taken === 'string') return refused(reply, taken, limits);
      holdUntilDone(req, reply, taken);
      return null;
    };
    if (declared === null) return countedStream(payload, limits.countedBodyBytes, () => take(req.routeOptions.bodyLimit));
    if (declared > limits.countedBodyBytes) {
      const refusal = take(declared);
      if (refusal) throw refusal;
    }
    return payload;
  });
  return slots;
}
