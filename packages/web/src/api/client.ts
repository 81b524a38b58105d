/**
 * The one way the web app talks to the server: JSON over fetch with the session cookie
 * (`credentials: 'include'`). Every failure becomes an ApiError carrying the server's
 * `{ error: { code, message, details } }`; a 401 also sends the user to the login page.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const API_BASE = '/api/v1';
const TIMEOUT_MS = 30_000;

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
  /** Do not treat a 401 as "session expired" (the login call itself). */
  skipAuthRedirect?: boolean;
  /** The server's answer only: never the device's copy (lib/offline/reads.ts), never written to it. */
  noDeviceCopy?: boolean;
}

let onUnauthorized: () => void = () => {
  if (!window.location.pathname.startsWith('/login')) window.location.assign('/login');
};

let expectedUser: string | null = null;

/**
 * The user this page was opened by (SessionProvider sets it): every change names them in
 * `X-Expected-User`, and the server refuses it (409 SESSION_USER_CHANGED) when another tab has
 * since signed in as someone else with the shared session cookie.
 */
export function setExpectedUser(id: number | null): void {
  expectedUser = id === null ? null : String(id);
}

/** The header that names the page's user on a change (empty when nobody is signed in here). */
export function expectedUserHeader(userId?: number): Record<string, string> {
  const id = userId === undefined ? expectedUser : String(userId);
  return id ? { 'X-Expected-User': id } : {};
}

/** The app installs a handler that clears the session and routes to /login. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (err && typeof err.code === 'string') {
    return new ApiError(status, err.code, typeof err.message === 'string' ? err.message : err.code, err.details);
  }
  return new ApiError(status, `HTTP_${status}`, typeof body === 'string' && body ? body.slice(0, 200) : `HTTP ${status}`);
}

function withTimeout(signal?: AbortSignal): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

/**
 * The device's copy of the reads a field worker needs offline (lib/offline/reads.ts installs it):
 * a readable GET is written down when it succeeds and answered from the device when the network fails.
 */
export interface ReadCache {
  readable(path: string): boolean;
  remember(url: string, body: unknown): void;
  recall(url: string): Promise<unknown | undefined>;
  /** The server ended the session (401): the copies are that session's and go. */
  forget(): void;
}
let readCache: ReadCache | null = null;
export function setReadCache(cache: ReadCache | null): void {
  readCache = cache;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  if (method !== 'GET' || opts.noDeviceCopy || !readCache?.readable(path)) return (await send<T>(method, path, opts)).body;
  const cache = readCache;
  const url = buildUrl(path, opts.query);
  try {
    const { body } = await send<T>(method, path, opts);
    cache.remember(url, body);
    return body;
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 0) throw e;
    const kept = await cache.recall(url);
    if (kept === undefined) throw e;
    return kept as T;
  }
}

/** A GET whose reply also counts every match in `X-Total-Count` (asked with `withTotal=true`). */
export async function getWithTotal<T>(path: string, opts: RequestOptions = {}): Promise<{ body: T; total: number | null }> {
  const { body, headers } = await send<T>('GET', path, { ...opts, query: { ...opts.query, withTotal: true } });
  const total = headers.get('x-total-count');
  return { body, total: total === null ? null : Number(total) };
}

async function send<T>(method: string, path: string, opts: RequestOptions): Promise<{ body: T; headers: Headers }> {
  const hasBody = opts.body !== undefined;
  const { signal, done } = withTimeout(opts.signal);
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      credentials: 'include',
      headers: {
        Accept: 'application/json',
        ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
        ...(method === 'GET' ? {} : expectedUserHeader()),
        ...opts.headers,
      },
      body: hasBody ? JSON.stringify(opts.body) : undefined,
      signal,
    });
  } catch (e) {
    done();
    if (opts.signal?.aborted) throw e;
    const timedOut = (e as Error)?.name === 'TimeoutError' || signal.aborted;
    throw new ApiError(0, timedOut ? 'TIMEOUT' : 'NETWORK_ERROR', (e as Error)?.message ?? 'network error');
  }
  const body = await readBody(res).finally(done);
  if (!res.ok) {
    const error = toApiError(res.status, body);
    if (res.status === 401) readCache?.forget();
    if (res.status === 401 && !opts.skipAuthRedirect) onUnauthorized();
    throw error;
  }
  return { body: body as T, headers: res.headers };
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body: body ?? {} }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

export function isAbort(e: unknown): boolean {
  return (e as Error)?.name === 'AbortError';
}
