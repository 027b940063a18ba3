// Timings of five screens on the demo build in Debian's Chromium (playwright-core), on the default
// Thường Tín dataset and on the national one (3,321 communes), with the mock latency off
// (`?latency=0`), so what is timed is the page's own work (and the mock backend's, which runs on the
// same main thread). Two ways in, each run `runs` times, the median reported:
//   - load: a fresh tab opens the URL (HTTP cache warm, signed in; JS boot, mock start, dataset
//     generation, requests, render);
//   - in-app: a tab already on a page of the app (mock dataset generated) follows a client-side
//     navigation to the URL (the route's chunk and its data not yet loaded).
// "Ready" is read in the page on every animation frame, from the DOM only (no app hooks).
import { chromium } from 'playwright-core';
import { CHROME_PATH, chromeFlags, median, signIn } from './common.mjs';

/** Readiness checks, as function bodies run in the page. `busy` is true while anything says aria-busy. */
const helpers = `
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const h1 = () => document.querySelector('h1')?.textContent ?? '';
  const region = (name) => [...document.querySelectorAll('[aria-labelledby]')].find((el) =>
    el.getAttribute('aria-labelledby').split(' ').some((id) => document.getElementById(id)?.textContent?.trim().startsWith(name)));
  const hasDigit = (el) => !!el && /\\d/.test(el.textContent ?? '');
`;

const screens = [
  {
    key: 'overview',
    name: 'Tổng quan',
    path: () => `/?from=2022-01&to=2022-12&unit=all`,
    ready: `return h1().startsWith('Tổng quan') && hasDigit(region('Hồ sơ tiếp nhận mới')) && !busy() && document.querySelector('.recharts-surface') !== null;`,
    first: `return h1().startsWith('Tổng quan') && hasDigit(region('Hồ sơ tiếp nhận mới'));`,
    firstLabel: 'KPI numbers',
  },
  {
    key: 'dossiers',
    name: 'Hồ sơ TTHC by unit',
    path: () => `/ho-so?from=2022-01&to=2022-12&unit=all&by=unit`,
    ready: `return h1().startsWith('Hồ sơ TTHC') && [...document.querySelectorAll('table th')].some((th) => th.textContent.trim() === 'Tổng cộng') && !busy();`,
  },
  {
    key: 'units',
    name: 'Đơn vị list',
    path: () => `/don-vi?from=2022-01&to=2022-12&unit=all`,
    ready: `return h1().startsWith('Các đơn vị') && document.querySelectorAll('table tbody tr').length > 0 && !busy() && document.querySelector('table svg[role="img"]') !== null;`,
    first: `const t = document.querySelector('table[aria-labelledby]'); return h1().startsWith('Các đơn vị') && !!t && t.getAttribute('aria-busy') !== 'true' && t.querySelectorAll('tbody tr').length > 0;`,
    firstLabel: 'rows',
  },
  {
    key: 'digital',
    name: 'Chuyển đổi số',
    path: () => `/chuyen-doi-so?from=2022-01&to=2022-12&unit=all`,
    // The 766 total, and the communes' ranking the backend scores and pages (3,321 communes nationally).
    ready: `return h1().startsWith('Chuyển đổi số') && hasDigit(document.querySelector('[data-testid="digital-total"]')) && !busy() && [...document.querySelectorAll('table caption')].some((c) => c.textContent.startsWith('Xếp hạng xã')) && document.querySelector('.recharts-surface') !== null;`,
    first: `return h1().startsWith('Chuyển đổi số') && hasDigit(document.querySelector('[data-testid="digital-total"]'));`,
    firstLabel: 'total',
  },
  {
    key: 'commune',
    name: 'a commune',
    path: (d) => `/don-vi/${d.commune}?from=2022-01&to=2022-12&unit=${d.commune}`,
    ready: `return h1() === ${'${NAME}'} && hasDigit(region('Giải quyết trước và đúng hạn')) && !busy() && document.querySelector('.recharts-surface') !== null;`,
  },
];

export const datasets = [
  { key: 'thuong-tin', name: 'Thường Tín (30 units)', commune: 'xa-tan-minh', communeName: 'Xã Tân Minh' },
  { key: 'national', name: 'national (3,322 units)', commune: 'xa-0001', communeName: 'Xã Số 0001' },
];

/** Installed before the page's scripts: an rAF loop that notes when each check first holds, and the long tasks. */
function benchInit({ checks }) {
  const fns = checks.map(([name, body]) => [name, new Function(body)]);
  const bench = { t0: 0, hits: {}, longTasks: [] };
  bench.reset = () => {
    bench.t0 = performance.now();
    bench.hits = {};
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing
  }
  const tick = () => {
    for (const [name, fn] of fns) {
      if (name in bench.hits) continue;
      let ok;
      try {
        ok = fn();
      } catch {
        ok = false;
      }
      if (ok) bench.hits[name] = performance.now() - bench.t0;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function checksFor(screen, dataset) {
  const body = (src) => helpers + src.replace('${NAME}', JSON.stringify(dataset.communeName));
  const checks = [['ready', body(screen.ready)]];
  if (screen.first) checks.push(['first', body(screen.first)]);
  return checks;
}

/** Counts the API answers of a page and their body sizes. */
function watchApi(page) {
  const pending = [];
  const seen = [];
  page.on('response', (res) => {
    const url = res.url();
    if (!new URL(url).pathname.startsWith('/api/')) return;
    pending.push(
      res
        .body()
        .then((b) => seen.push({ url, bytes: b.length }))
        .catch(() => seen.push({ url, bytes: 0 })),
    );
  });
  return async () => {
    await Promise.all(pending);
    return seen;
  };
}

async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

const TIMEOUT = 90_000;

async function waitReady(page, names) {
  await page.waitForFunction((ns) => ns.every((n) => n in (window.__bench?.hits ?? {})), names, {
    timeout: TIMEOUT,
    polling: 100,
  });
  return page.evaluate(() => ({ hits: window.__bench.hits, t0: window.__bench.t0, longTasks: window.__bench.longTasks }));
}

/** Σ of the long tasks' time over 50 ms between t0 and `until` (a TBT-like figure), and the longest one. */
function blocking(longTasks, t0, until) {
  const inside = longTasks.filter(([start]) => start >= t0 && start <= until);
  return {
    blocking: inside.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
    longest: inside.reduce((m, [, d]) => Math.max(m, d), 0),
  };
}

async function loadRun(context, base, screen, dataset) {
  const page = await context.newPage();
  try {
    const checks = checksFor(screen, dataset);
    await page.addInitScript(benchInit, { checks });
    const api = watchApi(page);
    const url = `${base}${screen.path(dataset)}&dataset=${dataset.key}&latency=0`;
    await page.goto(url, { waitUntil: 'commit' });
    const { hits, longTasks } = await waitReady(page, checks.map(([n]) => n));
    const answers = await api();
    const heap = await heapAfterGc(context, page);
    return {
      ready: hits.ready,
      first: hits.first ?? null,
      ...blocking(longTasks, 0, hits.ready),
      requests: answers.length,
      apiBytes: answers.reduce((s, a) => s + a.bytes, 0),
      biggest: answers.reduce((m, a) => (a.bytes > (m?.bytes ?? -1) ? a : m), null),
      heap,
    };
  } finally {
    await page.close();
  }
}

/** Opens the app on a page that is none of the four (the shell with its header), waits until it is quiet. */
async function warmTab(context, base, screen, dataset) {
  const page = await context.newPage();
  const checks = checksFor(screen, dataset);
  await page.addInitScript(benchInit, { checks });
  const started = Date.now();
  await page.goto(`${base}/bench-warm-up?from=2022-01&to=2022-12&unit=all&dataset=${dataset.key}&latency=0`);
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
  return { page, checks, warmUp: Date.now() - started };
}

async function inAppRun(context, base, screen, dataset) {
  const { page, checks, warmUp } = await warmTab(context, base, screen, dataset);
  try {
    const api = watchApi(page);
    await page.evaluate((to) => {
      window.__bench.reset();
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, `${screen.path(dataset)}&dataset=${dataset.key}&latency=0`);
    const { hits, t0, longTasks } = await waitReady(page, checks.map(([n]) => n));
    const answers = await api();
    return {
      ready: hits.ready,
      first: hits.first ?? null,
      ...blocking(longTasks, t0, t0 + hits.ready),
      requests: answers.length,
      apiBytes: answers.reduce((s, a) => s + a.bytes, 0),
      warmUp,
    };
  } finally {
    await page.close();
  }
}

function summarise(runs) {
  const ok = runs.filter((r) => !r.error);
  const pick = (k) => {
    const xs = ok.map((r) => r[k]).filter((v) => v != null);
    return xs.length ? median(xs) : null;
  };
  return {
    runs: ok.length,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    ready: pick('ready'),
    readyMin: ok.length ? Math.min(...ok.map((r) => r.ready)) : null,
    readyMax: ok.length ? Math.max(...ok.map((r) => r.ready)) : null,
    first: pick('first'),
    blocking: pick('blocking'),
    longest: pick('longest'),
    requests: pick('requests'),
    apiBytes: pick('apiBytes'),
    heap: pick('heap'),
    warmUp: pick('warmUp'),
    biggest: ok.find((r) => r.biggest)?.biggest ?? null,
  };
}

/**
 * @param {string} base
 * @param {{ runs?: number, log?: (s: string) => void, only?: string[] }} options  only: dataset keys to run
 */
export async function runTimings(base, { runs = 3, log = () => {}, only, onlyScreens } = {}) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...chromeFlags.filter((f) => !f.startsWith('--headless')), '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const first = await context.newPage();
    await signIn(first, base, '?latency=0');
    await first.close();
    for (const dataset of only ? datasets.filter((d) => only.includes(d.key)) : datasets) {
      for (const screen of onlyScreens ? screens.filter((x) => onlyScreens.includes(x.key)) : screens) {
        for (const [mode, fn] of [
          ['load', loadRun],
          ['in-app', inAppRun],
        ]) {
          const all = [];
          for (let i = 0; i < runs; i++) {
            try {
              all.push(await fn(context, base, screen, dataset));
            } catch (e) {
              all.push({ error: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
            }
          }
          const summary = summarise(all);
          log(`  ${dataset.key} · ${screen.name} · ${mode}: ${summary.ready == null ? 'failed' : `${Math.round(summary.ready)} ms`}`);
          results.push({ dataset, screen, mode, firstLabel: screen.firstLabel, ...summary });
        }
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
