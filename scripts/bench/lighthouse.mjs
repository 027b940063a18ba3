// Lighthouse 12 on the demo build: the sign-in page signed out, three screens signed in as lanhdao (desktop
// preset), then the recording page of an inspection signed in as kiemtra, with the desktop preset and with
// Lighthouse's default mobile one (the tablet case: a small touch screen, 4× CPU slowdown, slow 4G). Chromium is started by playwright-core with a persistent profile and a remote debugging
// port; Lighthouse drives a tab of that same browser with storage reset off, so it keeps the session.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import mobileConfig from 'lighthouse/core/config/default-config.js';
import { chromium } from 'playwright-core';
import { CHROME_PATH, chromeFlags, median, signIn } from './common.mjs';

/** `user`: who is signed in (null: nobody); `preset`: 'desktop' or 'mobile'. */
export const lighthousePages = [
  { name: 'Đăng nhập (signed out)', file: 'sign-in', path: '/dang-nhap', user: null, preset: 'desktop' },
  { name: 'Tổng quan', file: 'overview', path: '/?from=2022-01&to=2022-12&unit=huyen-thuong-tin', user: 'lanhdao', preset: 'desktop' },
  { name: 'Hồ sơ TTHC', file: 'ho-so', path: '/ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin', user: 'lanhdao', preset: 'desktop' },
  { name: 'Đơn vị', file: 'don-vi', path: '/don-vi?from=2022-01&to=2022-12&unit=all', user: 'lanhdao', preset: 'desktop' },
  // The seeded inspection of team 1 in progress (areas 1–3 assessed), kiemtra's team.
  { name: 'Ghi kết quả kiểm tra', file: 'kiem-tra-desktop', path: '/kiem-tra/insp-2025-07', user: 'kiemtra', preset: 'desktop' },
  { name: 'Ghi kết quả kiểm tra', file: 'kiem-tra-mobile', path: '/kiem-tra/insp-2025-07', user: 'kiemtra', preset: 'mobile' },
];

const configs = { desktop: desktopConfig, mobile: mobileConfig };

async function debuggingPort(dir) {
  for (let i = 0; i < 50; i++) {
    try {
      const port = Number(readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not write its DevToolsActivePort');
}

/**
 * Every byte the page fetched. Lighthouse's own total counts what the service worker served as 0
 * (MSW's worker passes the route chunks and fonts through), so for those take the gzipped file from
 * the build folder, and for the API's JSON its size.
 */
function allBytes(lhr, demoDir) {
  let sum = 0;
  for (const item of lhr.audits['network-requests']?.details?.items ?? []) {
    if (item.transferSize > 0) {
      sum += item.transferSize;
      continue;
    }
    const { pathname, protocol } = new URL(item.url);
    if (!protocol.startsWith('http')) continue;
    const file = path.join(demoDir, decodeURIComponent(pathname));
    if (!pathname.startsWith('/api/') && pathname !== '/' && existsSync(file)) sum += gzipSync(readFileSync(file)).length;
    else sum += item.resourceSize ?? 0;
  }
  return sum;
}

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    finalUrl: lhr.finalDisplayedUrl,
  };
}

/**
 * @param {string} base e.g. http://localhost:4390
 * @param {string} outDir where the full JSON reports go
 * @param {string} demoDir the served build folder (for the sizes of what the service worker fetched)
 * @param {number} runs runs per page; each figure is the median over them
 * @param {string[]} only report names' beginnings to keep (e.g. ['kiem-tra']); empty: every page
 * @returns {Promise<Array<{ page: object, result?: object, error?: string }>>}
 */
export async function runLighthouse(base, outDir, demoDir, runs = 1, only = []) {
  const pages = only.length ? lighthousePages.filter((p) => only.some((o) => p.file.startsWith(o))) : lighthousePages;
  if (pages.length === 0) throw new Error(`no Lighthouse page matches ${only.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/^lighthouse-.*\.json$/.test(f)) rmSync(path.join(outDir, f));
  const profile = mkdtempSync(path.join(tmpdir(), 'cchc-bench-lh-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [...chromeFlags, '--remote-debugging-port=0'],
  });
  const out = [];
  try {
    const port = await debuggingPort(profile);
    const helper = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(helper);
    let user = null;
    for (const page of pages) {
      const results = [];
      let error = null;
      for (let i = 0; i < runs; i++) {
        try {
          if (page.user && page.user !== user) {
            // Another user's session out first (it lives in localStorage), then the sign-in form.
            if (user) await cdp.send('Storage.clearDataForOrigin', { origin: base, storageTypes: 'local_storage' });
            await signIn(helper, base, '', page.user);
            await helper.waitForLoadState('networkidle');
            await helper.goto('about:blank');
            user = page.user;
          }
          // Every run starts with an empty HTTP cache (storage reset is off, so Lighthouse would not clear it),
          // and no IndexedDB: the recording page keeps its reads and drafts there, a first visit has none.
          await cdp.send('Network.clearBrowserCache');
          await cdp.send('Storage.clearDataForOrigin', { origin: base, storageTypes: 'indexeddb' });
          const runnerResult = await lighthouse(
            base + page.path,
            {
              port,
              output: 'json',
              logLevel: 'error',
              disableStorageReset: true,
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
            },
            configs[page.preset],
          );
          if (!runnerResult) throw new Error('Lighthouse returned nothing');
          const { lhr } = runnerResult;
          const suffix = runs > 1 ? `-${i + 1}` : '';
          writeFileSync(path.join(outDir, `lighthouse-${page.file}${suffix}.json`), runnerResult.report);
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const result = figures(lhr);
          const landedOnSignIn = new URL(result.finalUrl).pathname.startsWith('/dang-nhap');
          if (page.user && landedOnSignIn) throw new Error(`ended on the sign-in page (${result.finalUrl}): the session was lost`);
          results.push({ ...result, bytesAll: allBytes(lhr, demoDir) });
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
      }
      if (results.length === 0) {
        out.push({ page, error: error ?? 'no run' });
        continue;
      }
      // The median of each figure over the runs (each figure on its own).
      const med = (k) => {
        const xs = results.map((r) => r[k]).filter((v) => v != null);
        return xs.length ? median(xs) : null;
      };
      const keys = ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt', 'cls', 'bytes', 'bytesAll'];
      const result = Object.fromEntries(keys.map((k) => [k, med(k)]));
      for (const k of ['performance', 'accessibility', 'bestPractices']) if (result[k] != null) result[k] = Math.round(result[k]);
      const perf = results.map((r) => r.performance).filter((v) => v != null);
      out.push({ page, result: { ...result, runs: results.length, perfRange: perf.length ? [Math.min(...perf), Math.max(...perf)] : null, error } });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
