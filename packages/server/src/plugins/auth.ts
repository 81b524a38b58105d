import { DomainError } from '@gridwork/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { findSessionUser, hashToken, type SessionUser } from '../modules/auth/sessions.repository';

export const SESSION_COOKIE = 'gw_session';
/** How long a looked-up session is trusted: other server processes see a sign-out or role change within this (contract: 2 s). */
const CACHE_MS = 1_500;

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
 * (1.5 s, dropped on any change to users, roles or sessions in this process) keeps the lookup off the hot path.
 * `onInvalidate` listeners hear of every such change (open event streams are re-checked).
 */
export function registerAuth(
  app: FastifyInstance,
  db: Kysely<DB>,
  clock: () => Date,
): { invalidate(): void; onInvalidate(listener: () => void): void } {
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
    // the matched route's pattern, not the raw URL: `/%61pi/...` routes to /api/... too
    const path = req.routeOptions.url ?? req.url;
    const isPublic = req.routeOptions.config?.public === true || !path.startsWith('/api/');
    if (!isPublic && !req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
    if (token && !req.headers.authorization && crossSiteWrite(req)) {
      throw new DomainError('CROSS_SITE_REQUEST', 'a change signed in by the session cookie must come from this site');
    }
    if (req.actor && userChanged(req, req.actor.id)) {
      throw new DomainError('SESSION_USER_CHANGED', 'this page was opened by another user: the session now belongs to someone else');
    }
  });
  return {
    invalidate: () => {
      cache.clear();
      for (const listener of listeners) listener();
    },
    onInvalidate: (listener) => listeners.add(listener),
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write carried by the session cookie from another site (defence in depth besides the cookie's
 * SameSite=Lax): browsers say where a request comes from in Sec-Fetch-Site; a request without it
 * (an older browser, a script) is judged by SameSite alone. Bearer tokens are never sent by a browser
 * on its own, so they are not checked.
 */
function crossSiteWrite(req: FastifyRequest): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/**
 * The web app names the user its page was opened by in `X-Expected-User` on every change. The
 * session cookie is shared by the browser's tabs: after a sign-in as someone else in another tab, a
 * form sent from the old page (or a record waiting on the device) would be filed under the new
 * user's name. Such a change is refused (409) and nothing is written. Reads are not checked.
 */
function userChanged(req: FastifyRequest, actorId: number): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const expected = req.headers['x-expected-user'];
  if (expected === undefined) return false;
  return expected !== String(actorId);
}

export function requireActor(req: FastifyRequest): SessionUser {
  if (!req.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return req.actor;
}
