import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a route or the seed needs from the database: parameterised queries, nothing driver-specific. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: every statement is committed together, or none is (fn threw). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Dates and instants come back as the text PostgreSQL prints: the routes shape them for the contract
// (a JS Date would shift a calendar date by the machine's time zone).
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;
const asText = (v: string) => v;

/** PostgreSQL in process (WebAssembly) on a data folder; `dataDir` undefined: in memory. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const db = await PGlite.create(dataDir, {
    parsers: { [DATE]: asText, [TIMESTAMP]: asText, [TIMESTAMPTZ]: asText, [INT8]: Number, [NUMERIC]: Number },
  });
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T,>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
  });
  const base = wrap(db);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

/** A PostgreSQL server through a pool; fails (throws) when the server is not reachable. */
export async function openPostgres(url: string): Promise<Database> {
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE || oid === TIMESTAMP || oid === TIMESTAMPTZ) return asText;
    if (oid === INT8 || oid === NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  } } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString: url, types, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  const client = await pool.connect();
  client.release();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T,>(sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[],
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(wrap(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/** `DATABASE_URL` set: that PostgreSQL server; otherwise PGlite on `dataDir`. */
export function openDatabase(opts: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
