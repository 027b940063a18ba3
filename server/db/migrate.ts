import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';

const migrationsDir = path.resolve(import.meta.dirname, '../migrations');

/** The SQL files of server/migrations in name order (001_…, 002_…). */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction with its
 * record, so a failing file leaves the database as it was before it. Returns the names applied.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    if (done.has(name)) continue;
    const sql = readFileSync(path.join(migrationsDir, name), 'utf8');
    await db.transaction(async (tx) => {
      // Statements one by one: a prepared query takes a single statement.
      for (const stmt of splitStatements(sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    });
    applied.push(name);
  }
  return applied;
}

/** Splits a migration on `;` at the end of a line, keeping `$$ … $$` bodies whole. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && !inDollar) continue;
    cur += `${line}\n`;
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inDollar = !inDollar;
    if (!inDollar && /;\s*$/.test(line)) {
      const s = cur.trim().replace(/;$/, '');
      if (s) out.push(s);
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
