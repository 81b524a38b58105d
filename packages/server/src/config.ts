import net from 'node:net';
import path from 'node:path';
import { limitsFromEnv, type ServerLimits } from './limits';
import { outboundFromEnv, type OutboundConfig } from './outbound-config';

/** Runtime configuration from the environment (README lists every variable). */
export interface AppConfig {
  port: number;
  host: string;
  /** Embedded mode only: where PGlite keeps its files and the process lock. */
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  adminPassword: string | null;
  map: { tileUrl: string | null; tileCrs: 'wgs84' | 'gcj02'; attribution?: string };
  webDist: string | null;
  /** Base64 of the 32-byte key sealing ID numbers and phones (GRIDWORK_DATA_KEY); main.ts resolves it in demo mode. */
  dataKey: string | null;
  /** Whose X-Forwarded-For/-Proto/-Host to believe (GRIDWORK_TRUST_PROXY); false: nobody's. */
  trustProxy: TrustProxy;
  /**
   * Timeouts and in-flight body accounting (limits.ts; GRIDWORK_REQUEST_TIMEOUT_S, GRIDWORK_UPLOADS_PER_USER, GRIDWORK_UPLOAD_BUDGET_MB).
   */
  limits: ServerLimits;
  /**
   * Check every JSON reply against its route's response schema with objects closed (plugins/response-check.ts):
   * the tests run with it (GRIDWORK_STRICT_RESPONSES=true); a mismatch is a logged 500.
   */
  strictResponses: boolean;
  /**
   * Outbound channels for notices (outbound-config.ts): an SMS gateway (GRIDWORK_SMS_URL, GRIDWORK_SMS_BODY,
   * GRIDWORK_SMS_AUTH_HEADER, GRIDWORK_SMS_TOKEN), the 企业微信 robot (GRIDWORK_WECOM_WEBHOOK, GRIDWORK_WECOM_FORMAT), the 钉钉
   * robot (GRIDWORK_DINGTALK_WEBHOOK, GRIDWORK_DINGTALK_SECRET, GRIDWORK_DINGTALK_FORMAT), and their timeout and retries
   * (GRIDWORK_NOTIFY_TIMEOUT_S, GRIDWORK_NOTIFY_MAX_ATTEMPTS, GRIDWORK_NOTIFY_RETRY_S). None set: notices are only logged.
   */
  outbound: OutboundConfig;
}

/** `true` (any peer), a hop count, or the proxies' addresses/CIDRs (and proxy-addr's `loopback`, `linklocal`, `uniquelocal`). */
export type TrustProxy = boolean | number | string[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const demoFlag = env.GRIDWORK_DEMO?.trim().toLowerCase();
  const demo = demoFlag === undefined || demoFlag === '' ? databaseUrl === null : demoFlag === 'true' || demoFlag === '1';
  const tileCrs = env.GRIDWORK_TILE_CRS === 'gcj02' ? 'gcj02' : 'wgs84';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(cwd, env.DATA_DIR ?? 'data'),
    databaseUrl,
    demo,
    adminPassword: env.GRIDWORK_ADMIN_PASSWORD ?? null,
    map: {
      tileUrl: env.GRIDWORK_TILE_URL?.trim() || null,
      tileCrs,
      attribution: env.GRIDWORK_TILE_ATTRIBUTION || undefined,
    },
    webDist: null,
    dataKey: env.GRIDWORK_DATA_KEY?.trim() || null,
    trustProxy: parseTrustProxy(env.GRIDWORK_TRUST_PROXY),
    limits: limitsFromEnv(env),
    strictResponses: env.GRIDWORK_STRICT_RESPONSES?.trim().toLowerCase() === 'true',
    outbound: outboundFromEnv(env),
  };
}

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/** GRIDWORK_TRUST_PROXY: unset/`false`, `true`, a hop count, or a comma-separated list of addresses/CIDRs. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value) > 0 ? Number(value) : false;
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const wrong = entries.filter((e) => !isAddressOrRange(e));
  if (wrong.length > 0) throw new Error(`GRIDWORK_TRUST_PROXY: ${wrong.join(', ')} is not true, a hop count or an IP address/CIDR`);
  return entries;
}

/**
 * The option Fastify takes. A hop count becomes "trust the nearest N peers": Fastify 5 would
 * otherwise trust no peer for a bare number, and X-Forwarded-Proto would never count.
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
