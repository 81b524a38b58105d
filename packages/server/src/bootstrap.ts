import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from './config';
import { openEmbedded, openPostgres, type Database } from './db/database';
import { acquireDataDirLock } from './db/lock';
import { migrate } from './db/migrate';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens the configured database (taking the data-dir lock in embedded mode) and migrates it. */
export async function openDatabase(config: AppConfig): Promise<Database & { release(): void }> {
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl);
    await migrate(database.db);
    return { ...database, release: () => {} };
  }
  const release = acquireDataDirLock(config.dataDir);
  try {
    const database = await openEmbedded(config.dataDir);
    await migrate(database.db);
    return { ...database, release };
  } catch (e) {
    release();
    throw e;
  }
}
