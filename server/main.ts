// npm start: the reference server on PORT (default 8080), with PGlite on DATA_DIR unless
// DATABASE_URL names a PostgreSQL server. An empty database gets the Thường Tín demo (DEMO=false: not).
import { mkdirSync } from 'node:fs';
import { buildApp, LOG_REDACT } from './app';
import { readConfig, redactUrl } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { isSeeded, seedDatabase } from './seed/load-dataset';

const config = readConfig();
const where = config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `PGlite in ${config.dataDir}`;

let db: Database;
try {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(db);
  console.log(`database: ${where}; ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
} catch (e) {
  console.error(`database: cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

if (!(await isSeeded(db))) {
  if (config.demo) await seedDatabase(db, { dataset: 'thuong-tin', demoUsers: true, log: console.log });
  else console.log('database: empty; load data with npm run seed (and add users with npm run user:add)');
}

const app = await buildApp({
  db,
  distDir: config.distDir,
  evidenceDir: config.evidenceDir,
  trustProxy: config.trustProxy,
  answerCacheBytes: config.answerCacheBytes,
  logger: { level: process.env.LOG_LEVEL ?? 'info', redact: { paths: LOG_REDACT, censor: '[hidden]' } },
});

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: closing`);
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (e) {
  console.error(`server: cannot listen on port ${config.port}: ${e instanceof Error ? e.message : String(e)}`);
  await db.close();
  process.exit(1);
}
