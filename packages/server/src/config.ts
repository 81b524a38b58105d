import path from 'node:path';

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
}

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
  };
}
