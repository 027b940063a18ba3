// npm run seed [-- --dataset=national] [--no-demo-users]: replaces the data with a generated dataset.
import { mkdirSync } from 'node:fs';
import { readConfig, redactUrl } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { seedDatabase, type DatasetName } from './load-dataset';

const args = process.argv.slice(2);
const dataset = (args.find((a) => a.startsWith('--dataset='))?.slice('--dataset='.length) ?? 'thuong-tin') as DatasetName;
if (dataset !== 'thuong-tin' && dataset !== 'national') {
  console.error(`seed: --dataset must be thuong-tin or national, not “${dataset}”`);
  process.exit(2);
}
const config = readConfig();
try {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  await seedDatabase(db, { dataset, demoUsers: !args.includes('--no-demo-users'), log: console.log });
  await db.close();
} catch (e) {
  const where = config.databaseUrl ? redactUrl(config.databaseUrl) : config.dataDir;
  console.error(`seed: failed on ${where}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
