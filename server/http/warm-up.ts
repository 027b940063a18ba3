import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { User } from '../../src/api/auth';
import { metaSchema, type Meta } from '../../src/api/meta';
import { addMonths, isWithin, monthCount, samePeriodLastYear, type Period } from '../../src/domain/period';
import { targetYearPeriods } from '../../src/domain/scorecard-766/targets';
import type { AnswerCache } from './answer-cache';

/**
 * The answer cache warmed at start (issue 7): every aggregate answer is fast once kept, but the first
 * asker of a query waits for it to be computed (on the national dataset 0.4–0.7 s for the by-unit ones,
 * and the first queries after a start pay PGlite's own warm-up too). After `listen`, in the background,
 * the server asks itself what the SPA asks first on its three busiest screens for the default period
 * and the whole district (unit=all): Tổng quan, Hồ sơ TTHC and Chuyển đổi số, as the browser would
 * (the same routes, query parsing and cache keys: `app.inject`, no network).
 *
 * One request at a time, each after the other requests in flight are answered (up to 2 s), so that
 * the requests of real users and health checks go first (with PGlite a query holds the process's one
 * thread while it runs: one arriving meanwhile waits for that query, not for the whole warm-up). A failure
 * is a line in the log, never a crash; the server's close stops it. WARM_CACHE=0 turns it off.
 */

/** The header that marks the server's own warm-up requests; its value is a secret of the process. */
export const WARM_UP_HEADER = 'x-cchc-warm-up';

/** A new key for a process's warm-up requests (never leaves the process: `app.inject` sends no bytes on a network). */
export const newWarmUpKey = (): Buffer => Buffer.from(randomBytes(32).toString('base64url'));

/** Who the warm-up requests are: a reader, for the GET routes any signed-in user may call. */
const WARM_UP_USER: User = { id: '(warm-up)', username: '(warm-up)', name: 'Khởi động bộ nhớ đệm', role: 'leader', teamIds: [] };

/** Whether the headers carry the process's warm-up key (compared in constant time). */
export function hasWarmUpKey(headers: Record<string, string | string[] | undefined>, key: Buffer): boolean {
  const sent = headers[WARM_UP_HEADER];
  if (typeof sent !== 'string') return false;
  const b = Buffer.from(sent);
  return b.length === key.length && timingSafeEqual(b, key);
}

/**
 * The warm-up's user when `req` is one of the server's own warm-up requests: a GET carrying the
 * process's key, on a route open to every signed-in user (no role list). Otherwise null, and the
 * request is checked as any other.
 */
export function warmUpUser(req: FastifyRequest, key: Buffer): User | null {
  if (req.method !== 'GET' || req.routeOptions.config.access !== undefined) return null;
  return hasWarmUpKey(req.headers, key) ? WARM_UP_USER : null;
}

/** WARM_CACHE: on unless 0, false, off or no. */
export function warmCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.WARM_CACHE?.trim().toLowerCase();
  return !(v === '0' || v === 'false' || v === 'off' || v === 'no');
}

const q = (p: Period, rest: Record<string, string> = {}) =>
  new URLSearchParams({ from: p.from, to: p.to, unit: 'all', level: 'all', ...rest }).toString();

export type WarmUpScreen = 'overview' | 'dossiers' | 'digital';

/**
 * What the SPA asks first on each screen for the default period and unit=all (recorded from the
 * production build against this server), in its order: the period's, last year's same months (when
 * covered), the period just before (Chuyển đổi số's change), the target year's months this year and
 * last year. The same rules as src/lib/queries/summary-facts.ts, src/features/overview/hooks/use-overview-queries.ts
 * and src/features/digital/hooks/use-digital-queries.ts; a period outside the coverage is left out,
 * as the screens leave it out. A query two screens share is in both lists.
 */
export function spaFirstRequests(meta: Meta): Record<WarmUpScreen, string[]> {
  const p = meta.defaultPeriod;
  const lastYear = samePeriodLastYear(p);
  const n = monthCount(p);
  const before = { from: addMonths(p.from, -n), to: addMonths(p.from, -1) };
  const years = targetYearPeriods(p, meta);
  const list = (...xs: [string, Period | null, Record<string, string>?][]) =>
    xs.flatMap(([path, period, rest]) => (period !== null && isWithin(period, meta.coverage) ? [`/api${path}?${q(period, rest)}`] : []));
  return {
    // Tổng quan (the first screen after sign-in): KPI cards and last year's, the communes' ranking, the digital card, the trend.
    overview: list(
      ['/dossiers/summary', p],
      ['/dossiers/summary', lastYear],
      ['/dossiers/by-unit', p, { level: 'commune' }],
      ['/dossiers/by-unit', lastYear, { level: 'commune' }],
      ['/digital/summary', p],
      ['/dossiers/by-month', p],
    ),
    // Hồ sơ TTHC: by field, the summary, by unit.
    dossiers: list(['/dossiers/by-field', p], ['/dossiers/summary', p], ['/dossiers/by-unit', p]),
    // Chuyển đổi số: the scorecard and its change, the months, the targets' projection, feedback, the ranking.
    digital: list(
      ['/digital/summary', p],
      ['/digital/summary', before],
      ['/digital/by-month', p],
      ['/digital/by-month', years.thisYear],
      ['/digital/by-month', years.lastYear],
      ['/feedback/summary', p],
      ['/digital/ranking', p, { level: 'commune', by: 'total', page: '1', pageSize: '20' }],
    ),
  };
}

/** The warm-up's requests: the screens' first ones, each once, the overview's first. */
export function warmUpUrls(meta: Meta): string[] {
  const s = spaFirstRequests(meta);
  return [...new Set([...s.overview, ...s.dossiers, ...s.digital])];
}

export interface WarmUpReport {
  /** Answers asked for, and how many came back 200. */
  asked: number;
  warmed: number;
  ms: number;
  /** Per request: its URL, status and time. */
  requests: { url: string; status: number; ms: number }[];
  /** Why it did not run (no dataset, cache off, server closing), if it did not. */
  skipped?: string;
}

export interface WarmUpOptions {
  key: Buffer;
  answers: AnswerCache;
  log?: (line: string) => void;
  /** Whether the server is closing (the warm-up then stops). */
  closing?: () => boolean;
  /** Whether no other request is in flight: the warm-up waits for it (up to 2 s) before each of its requests. */
  idle?: () => boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks the server for the warm-up answers one after another; never throws. */
export async function warmUp(
  app: FastifyInstance,
  { key, answers, log = () => {}, closing = () => false, idle = () => true }: WarmUpOptions,
): Promise<WarmUpReport> {
  const started = performance.now();
  const report: WarmUpReport = { asked: 0, warmed: 0, ms: 0, requests: [] };
  const done = (skipped?: string) => {
    report.ms = performance.now() - started;
    if (skipped) report.skipped = skipped;
    return report;
  };
  if (answers.maxBytes <= 0) return done('the answer cache is off (ANSWER_CACHE_MB=0)');
  const headers = { [WARM_UP_HEADER]: key.toString() };
  try {
    const metaRes = await app.inject({ method: 'GET', url: '/api/meta', headers });
    if (metaRes.statusCode !== 200) return done(`GET /api/meta answered ${metaRes.statusCode} (no dataset loaded?)`);
    const meta = metaSchema.parse(metaRes.json());
    for (const url of warmUpUrls(meta)) {
      // Let what is waiting (a user's request, a health check) go first.
      await new Promise((r) => setImmediate(r));
      for (const until = performance.now() + 2000; !idle() && !closing() && performance.now() < until; ) await sleep(10);
      if (closing()) return done('the server is closing');
      const t = performance.now();
      report.asked++;
      const res = await app.inject({ method: 'GET', url, headers });
      const ms = performance.now() - t;
      report.requests.push({ url, status: res.statusCode, ms });
      if (res.statusCode === 200) report.warmed++;
      else log(`warm-up: ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    }
  } catch (e) {
    if (closing()) return done('the server is closing');
    log(`warm-up: stopped: ${e instanceof Error ? e.message : String(e)}`);
  }
  return done();
}
