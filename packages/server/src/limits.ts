/**
 * How long a connection may take and how much body it may hold while in flight (README
 * "Request limits"). The timeouts are Node's own (http.Server): a slow sender is cut by them.
 */
export interface ServerLimits {
  /** Headers and body must have arrived within this (GRIDWORK_REQUEST_TIMEOUT_S). */
  requestTimeoutMs: number;
  /** The headers must have arrived within this. */
  headersTimeoutMs: number;
  /** A connection with no byte in either direction for this long is closed (a reader that stalls a download too). */
  idleTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Bodies larger than this are counted while they arrive and until their answer is sent. */
  countedBodyBytes: number;
  /** Counted bodies at once per account (per client address when signed out) (GRIDWORK_UPLOADS_PER_USER). */
  uploadsPerCaller: number;
  /** Bytes of counted bodies at once in the process (GRIDWORK_UPLOAD_BUDGET_MB). */
  uploadBudgetBytes: number;
}

const MIB = 1024 * 1024;

/**
 * 300 s lets a 20 MiB roster arrive at 70 KB/s (560 kbit/s) and a 10 MiB photo at 35 KB/s (a poor
 * 3G uplink; the web app shrinks photos to 2560 px first). Silence is allowed for 180 s: a roster
 * waits for its turn, is read (60 s at most), checked and written without a byte sent; the event
 * stream writes every 25 s. Keep-alive 72 s outlasts the common 60 s of load balancers.
 */
export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 300_000,
  headersTimeoutMs: 20_000,
  idleTimeoutMs: 180_000,
  keepAliveTimeoutMs: 72_000,
  countedBodyBytes: 64 * 1024,
  uploadsPerCaller: 3,
  uploadBudgetBytes: 128 * MIB,
};

/** A positive whole number from the environment, or the default; anything else refuses to start. */
function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new Error(`${name}: ${raw} is not a whole number from 1 to ${max}`);
  return Number(raw);
}

export function limitsFromEnv(env: NodeJS.ProcessEnv): ServerLimits {
  return {
    ...DEFAULT_LIMITS,
    requestTimeoutMs: positive(env, 'GRIDWORK_REQUEST_TIMEOUT_S', DEFAULT_LIMITS.requestTimeoutMs / 1000, 3600) * 1000,
    uploadsPerCaller: positive(env, 'GRIDWORK_UPLOADS_PER_USER', DEFAULT_LIMITS.uploadsPerCaller, 100),
    uploadBudgetBytes: positive(env, 'GRIDWORK_UPLOAD_BUDGET_MB', DEFAULT_LIMITS.uploadBudgetBytes / MIB, 65_536) * MIB,
  };
}

/**
 * Fastify's options for the limits. Node checks the header and request deadlines on a timer
 * (30 s by default): a quarter of the shorter deadline, so a deadline is kept within 25 %.
 */
export function serverTimeouts(limits: ServerLimits) {
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(headersTimeout / 4))),
    },
  };
}
