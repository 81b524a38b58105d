import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type AppConfig } from '../config';
import type { AppContext } from '../context';
import type { DatabaseKind } from '../db/database';
import { createTestDatabase } from './databases';
import { seedFixture, TEST_PASSWORD, type Fixture } from './fixture';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  fx: Fixture;
  /** Signs in (cached per username) and returns the bearer token. */
  token(username: string): Promise<string>;
  /** `app.inject` as `username` (or anonymous when null). */
  call(username: string | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A fixed data key (sealed fields: residents' ID numbers and phones, reporters' phones); tests may pass another. */
export const TEST_APP_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

export async function createTestApp(kind: DatabaseKind, opts: { config?: Partial<AppConfig>; clock?: () => Date } = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const fx = await seedFixture(database.db);
  const config = { ...loadConfig({}), demo: false, dataKey: TEST_APP_DATA_KEY, strictResponses: true, ...opts.config };
  const { app, ctx } = await buildApp({ config, database, clock: opts.clock });
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    const hit = tokens.get(username);
    if (hit) return hit;
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    tokens.set(username, res.json().token);
    return res.json().token as string;
  };
  return {
    app,
    ctx,
    fx,
    token,
    async call(username, o) {
      const headers = { ...(o.headers ?? {}), ...(username ? { authorization: `Bearer ${await token(username)}` } : {}) };
      return app.inject({ ...o, headers });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
