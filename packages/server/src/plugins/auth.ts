import { DomainError } from '@gridwork/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { findSessionUser, hashToken, type SessionUser } from '../modules/auth/sessions.repository';

export const SESSION_COOKIE = 'gw_session';
const CACHE_MS = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionUser | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Route may be called without signing in. */
    public?: boolean;
  }
}

export function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * Resolves the actor of every request from the bearer token or the session cookie. A short cache
 * (10 s, dropped on any change to users, roles or sessions) keeps the lookup off the hot path.
 * `onInvalidate` listeners hear of every such change (open event streams are re-checked).
 */
export function registerAuth(app: FastifyInstance, db: Kysely<DB>, clock: () => Date): { invalidate(): void; onInvalidate(listener: () => void): void } {
  const cache = new Map<string, { user: SessionUser | null; until: number }>();
  const listeners = new Set<() => void>();
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req) => {
    const token = tokenOf(req);
    req.sessionToken = token;
    if (token) {
      const key = hashToken(token);
      const now = clock();
      const hit = cache.get(key);
      if (hit && hit.until > now.getTime()) req.actor = hit.user;
      else {
        req.actor = await findSessionUser(db, token, now);
        if (cache.size > 10_000) cache.clear();
        cache.set(key, { user: req.actor, until: now.getTime() + CACHE_MS });
      }
    }
    const isPublic = req.routeOptions.config?.public === true || !req.url.startsWith('/api/');
    if (!isPublic && !req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  });
  return {
    invalidate: () => {
      cache.clear();
      for (const listener of listeners) listener();
    },
    onInvalidate: (listener) => listeners.add(listener),
  };
}

export function requireActor(req: FastifyRequest): SessionUser {
  if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return req.actor;
}
