// npm start: the reference server on PORT (default 8080), with PGlite on DATA_DIR unless
// DATABASE_URL names a PostgreSQL server. An empty database gets the Thường Tín demo (DEMO=false: not).
// Once listening, the answer cache is warmed in the background with what the SPA asks first
// (server/http/warm-up.ts; WARM_CACHE=0: not).
import { mkdirSync } from 'node:fs';
import { buildApp, LOG_REDACT } from './app';
import { readConfig, redactUrl } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { warmCacheEnabled, type WarmUpReport } from './http/warm-up';
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

let warming: Promise<WarmUpReport> | null = null;

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: closing`);
  await app.close();
  // The warm-up stops after the request it is on; the database closes after it.
  await warming;
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

// In the background: the server already answers; a failure of the warm-up is a line in the log.
if (warmCacheEnabled()) {
  warming = app.warmUp((line) => app.log.warn(line));
  void warming.then((r) =>
    r.skipped
      ? app.log.info(`warm-up: not done: ${r.skipped}`)
      : app.log.info(
          `warm-up: ${r.warmed} of ${r.asked} answers kept in ${Math.round(r.ms)} ms ` +
            `(slowest ${Math.round(Math.max(0, ...r.requests.map((x) => x.ms)))} ms; WARM_CACHE=0 turns it off)`,
        ),
  );
} else {
  app.log.info('warm-up: off (WARM_CACHE=0)');
}
