import { buildApp } from './app';
import { openDatabase, WEB_DIST } from './bootstrap';
import { loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { prepareAccounts } from './demo/accounts-check';
import { resolveDataKey, sealedFieldsFor } from './modules/households/sealed-fields';
import { ensureDemoData } from './demo/seed';

async function main(): Promise<void> {
  const loaded = { ...loadConfig(), webDist: WEB_DIST };
  const dataKey = resolveDataKey(loaded);
  if (dataKey.generatedAt)
    console.log(`gridwork: generated a data key in ${dataKey.generatedAt} (keep it: without it ID numbers and phones cannot be read)`);
  const config = { ...loaded, dataKey: dataKey.key };
  const started = Date.now();
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config);
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      console.error(`gridwork: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  if (config.demo)
    await ensureDemoData(database.db, (m) => console.log(`gridwork: ${m}`), { sealed: await sealedFieldsFor(config, database.db) });
  await prepareAccounts(database.db, config);
  const { app, scheduler } = await buildApp({ config, database, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    database.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  scheduler.start();
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`gridwork: ready at ${url} on ${where}${config.demo ? ' (demo mode)' : ''} in ${Date.now() - started} ms`);
}

main().catch((e) => {
  console.error('gridwork: failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
