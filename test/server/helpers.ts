import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/database';
import { migrate } from '../../server/db/migrate';
import { seedDatabase } from '../../server/seed/load-dataset';

export const PASSWORD = 'demo';
/** Which backend the suite runs on: CI runs it twice, without and with DATABASE_URL. */
export const databaseUrl = process.env.DATABASE_URL || undefined;

export interface TestServer {
  app: FastifyInstance;
  db: Database;
  dataDir: string | undefined;
  /** Closes the app and the database (the data folder stays until cleanup). */
  close(): Promise<void>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * The server in process on a fresh, seeded database (the Thường Tín demo with its accounts);
 * `fresh: false` reopens what is there (a restart).
 */
export async function startServer(
  opts: { dataDir?: string; seed?: boolean; fresh?: boolean; distDir?: string; evidenceDir?: string; loginLimit?: number } = {},
): Promise<TestServer> {
  const dataDir = databaseUrl ? undefined : (opts.dataDir ?? tempDir('cchc-server-test-'));
  const db = await openDatabase({ databaseUrl, dataDir });
  // On a PostgreSQL server every start but a restart begins from an empty schema, like a new folder.
  if (databaseUrl && (opts.fresh ?? true)) await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await migrate(db);
  if (opts.seed ?? true) await seedDatabase(db, { dataset: 'thuong-tin', demoUsers: true });
  const evidenceDir = opts.evidenceDir ?? tempDir('cchc-evidence-');
  const app = await buildApp({ db, distDir: opts.distDir, evidenceDir, loginLimit: opts.loginLimit ?? 1000 });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await db.close();
  };
  return {
    app,
    db,
    dataDir,
    close,
    cleanup: async () => {
      await close();
      if (dataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (!opts.evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username}: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** One API call: `token` null sends none; `body` is sent as JSON. */
export async function call<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  opts: { token?: string | null; body?: unknown } = {},
): Promise<Answer<T>> {
  const res = await app.inject({
    method,
    url: `/api${url}`,
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
    ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
  });
  let body: unknown = res.body;
  try {
    body = res.body ? JSON.parse(res.body) : null;
  } catch {
    // not JSON: kept as text
  }
  return { status: res.statusCode, body: body as T, headers: res.headers };
}

/** The demo accounts by role. */
export const accounts = { leader: 'lanhdao', inspector: 'kiemtra', inspector2: 'kiemtra2', secretariat: 'vanphong' } as const;
