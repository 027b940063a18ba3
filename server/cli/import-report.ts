// npm run import -- --month 2025-06 (--unit <id> | --field <id>) <file.csv|file.xlsx>
// Imports the one-stop office's monthly report (the layout of our export) into the monthly statistics.
import { mkdirSync, readFileSync } from 'node:fs';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ApiError } from '../http/errors';
import { importReportFile } from '../import/run-import';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const file = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--') ).pop();
const month = opt('month');
if (!file || !month) {
  console.error('import: usage: npm run import -- --month YYYY-MM (--unit <id> | --field <id>) <file.csv|file.xlsx>');
  process.exit(2);
}
const config = readConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(db);
  const r = await importReportFile(db, readFileSync(file), { month, unit: opt('unit'), field: opt('field') });
  console.log(`import: ${r.imported} rows of ${month} written (${r.replaced} replaced what was there)`);
} catch (e) {
  if (e instanceof ApiError) {
    console.error(`import: nothing written. ${e.body.error.message}:`);
    for (const [where, msgs] of Object.entries(e.body.error.fields ?? {})) for (const m of msgs) console.error(`  ${where.replace(/^rows\./, 'dòng ')}: ${m}`);
  } else console.error(`import: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
