import path from 'node:path';

/** The server's settings, all from the environment (12-factor), with defaults for a laptop. */
export interface ServerConfig {
  port: number;
  host: string;
  /** postgres://… : a PostgreSQL server; unset: the embedded PGlite on dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  distDir: string;
  evidenceDir: string;
  /** Seed the Thường Tín demo (with the demo accounts) into an empty database at start. */
  demo: boolean;
  /** Behind a reverse proxy: whose X-Forwarded-For to believe (true, or the proxies' addresses), for the sign-in limit. */
  trustProxy: boolean | string;
  /** ANSWER_CACHE_MB: memory for the aggregate answers kept between requests (0: none; unset: the app's default). */
  answerCacheBytes: number | undefined;
}

const root = path.resolve(import.meta.dirname, '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not “${env.PORT}”`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data', 'pglite')),
    distDir: path.resolve(env.DIST_DIR ?? path.join(root, 'dist')),
    evidenceDir: path.resolve(env.EVIDENCE_DIR ?? path.join(root, 'data', 'evidence')),
    demo: (env.DEMO ?? 'true') !== 'false',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    answerCacheBytes: parseCacheMb(env.ANSWER_CACHE_MB),
  };
}

/** A database URL without its password, for the log. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

function parseTrustProxy(v: string | undefined): boolean | string {
  if (v === undefined || v === '' || v === 'false') return false;
  if (v === 'true') return true;
  return v;
}

function parseCacheMb(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`ANSWER_CACHE_MB must be a number of MiB (0: no cache), not “${v}”`);
  return Math.round(mb * 1024 * 1024);
}
