import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meta } from '../../src/api/meta';
import { buildApp } from '../../server/app';
import { WARM_UP_HEADER, warmCacheEnabled, warmUpUrls, type WarmUpReport } from '../../server/http/warm-up';
import { accounts, call, signIn, startServer, type TestServer } from './helpers';

// Issue 7: the answer cache warmed at start with what the SPA asks first (server/http/warm-up.ts), so
// the first visitor after a start is answered from memory. Counted with the cache's own hits and misses.
let s: TestServer;
let report: WarmUpReport;
let meta: Meta;
let leader: string;

beforeAll(async () => {
  s = await startServer();
  expect(s.app.answerCache.size).toBe(0);
  report = await s.app.warmUp();
  leader = await signIn(s.app, accounts.leader);
  meta = (await call<Meta>(s.app, 'GET', '/meta', { token: leader })).body;
});
afterAll(() => s.cleanup());

/** The overview's first request, as the SPA sends it for the default period and the whole district. */
const overviewSummary = () => `/dossiers/summary?from=${meta.defaultPeriod.from}&to=${meta.defaultPeriod.to}&unit=all&level=all`;

describe('the answer cache warmed at start', () => {
  it('asks every answer of its list and keeps them all', () => {
    expect(report.skipped).toBeUndefined();
    expect(report.requests.filter((r) => r.status !== 200)).toEqual([]);
    expect(report.asked).toBe(warmUpUrls(meta).length);
    expect(report.warmed).toBe(report.asked);
    expect(s.app.answerCache.size).toBe(report.asked);
  });

  it('holds the overview answer: its first request is a hit, nothing is computed', async () => {
    const { hits, misses } = s.app.answerCache;
    expect(s.app.answerCache.keys()).toContain(
      `/api/dossiers/summary?${JSON.stringify({ from: meta.defaultPeriod.from, to: meta.defaultPeriod.to, unit: 'all', level: 'all' })}`,
    );
    const res = await call(s.app, 'GET', overviewSummary(), { token: leader });
    expect(res.status).toBe(200);
    expect(s.app.answerCache.hits).toBe(hits + 1);
    expect(s.app.answerCache.misses).toBe(misses);
  });

  it("holds every first answer of the overview, Hồ sơ TTHC and Chuyển đổi số (the SPA's own query order and spelling)", async () => {
    const p = `from=${meta.defaultPeriod.from}&to=${meta.defaultPeriod.to}`;
    const ly = `from=${Number(meta.defaultPeriod.from.slice(0, 4)) - 1}${meta.defaultPeriod.from.slice(4)}&to=${Number(meta.defaultPeriod.to.slice(0, 4)) - 1}${meta.defaultPeriod.to.slice(4)}`;
    const firsts = [
      `/dossiers/by-unit?${p}&unit=all&level=commune`,
      `/dossiers/summary?${ly}&unit=all&level=all`,
      `/digital/summary?${p}&unit=all&level=all`,
      `/dossiers/by-field?${p}&unit=all&level=all`,
      `/dossiers/by-unit?${p}&unit=all&level=all`,
      `/digital/by-month?${p}&unit=all&level=all`,
      `/feedback/summary?${p}&unit=all&level=all`,
      `/digital/ranking?${p}&unit=all&level=commune&by=total&page=1&pageSize=20`,
    ];
    const { misses } = s.app.answerCache;
    for (const url of firsts) expect((await call(s.app, 'GET', url, { token: leader })).status, url).toBe(200);
    expect(s.app.answerCache.misses).toBe(misses);
  });

  it('a query it did not warm is computed (the counts do tell)', async () => {
    const { misses } = s.app.answerCache;
    const res = await call(s.app, 'GET', `/dossiers/summary?from=${meta.coverage.from}&to=${meta.coverage.from}&unit=all`, { token: leader });
    expect(res.status).toBe(200);
    expect(s.app.answerCache.misses).toBe(misses + 1);
  });

  it('its requests pass only with the process key: a guessed header is a 401 like no token', async () => {
    const url = `/api${overviewSummary()}`;
    for (const headers of [{ [WARM_UP_HEADER]: 'x'.repeat(43) }, { [WARM_UP_HEADER]: '' }, {}]) {
      const res = await s.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(401);
    }
  });

  it('is skipped, saying why, with the cache off or on an empty database, and never throws', async () => {
    const off = await buildApp({ db: s.db, answerCacheBytes: 0 });
    try {
      const r = await off.warmUp();
      expect(r.skipped).toMatch(/ANSWER_CACHE_MB=0/);
      expect(r.asked).toBe(0);
    } finally {
      await off.close();
    }
    const empty = await startServer({ seed: false });
    try {
      const lines: string[] = [];
      const r = await empty.app.warmUp((l) => lines.push(l));
      expect(r.skipped).toMatch(/no dataset/);
      expect(empty.app.answerCache.size).toBe(0);
    } finally {
      await empty.cleanup();
    }
  });

  it('WARM_CACHE=0 (or false, off, no) turns it off; unset or anything else leaves it on', () => {
    for (const v of ['0', 'false', 'OFF', ' no ']) expect(warmCacheEnabled({ WARM_CACHE: v }), v).toBe(false);
    for (const v of [undefined, '', '1', 'true']) expect(warmCacheEnabled({ WARM_CACHE: v }), String(v)).toBe(true);
  });
});
