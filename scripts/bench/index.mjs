// npm run bench: prints the figures of speed, never judges them.
//   1. bundle: the production build's first load, what loads on demand, and what a first visit to each
//      route downloads against the 310 KiB budget, with any chart code (scripts/bundle-size.mjs);
//   2. Lighthouse 12.2.3 on the demo build, desktop preset: sign-in page, Tổng quan, Hồ sơ TTHC, Đơn vị;
//      the recording page (/kiem-tra/insp-2025-07, as kiemtra) with the desktop and the mobile preset;
//   3. timings in Chromium on the Thường Tín and the national dataset (mock latency off);
//   4. the reference server's aggregate endpoints on the national dataset, PGlite and (with
//      DATABASE_URL) PostgreSQL: median and p95 of --requests each (scripts/bench/server.mjs);
//   5. the timings of 3 on both datasets, on the production build (built into bench-results/prod-dist/) served by the
//      reference server on PGlite: a real backend, no mock on the page's main thread (its warm-up done first);
//   6. the first requests of Tổng quan, Hồ sơ TTHC and Chuyển đổi số on a server just started, WARM_CACHE=0 against
//      after its warm-up (server/http/warm-up.ts), on the Thường Tín and the national PGlite.
// Builds the demo into dist-demo-bench/ (BENCH_DEMO_DIR) and serves it with `vite preview --mode demo` on BENCH_PORT
// (default 4390); its own files go to bench-results/ (BENCH_OUT_DIR). Progress goes to stderr, the report to stdout. Exits 1 only when a figure could not
// be measured.
//
//   npm run bench                          (about 6–7 minutes on a 2-core machine)
//   npm run bench -- --build               also rebuild dist/ first (otherwise only when it is missing)
//   npm run bench -- --dist=<dir>          measure (and with --build, or when missing, build) the bundle in <dir> instead of dist/
//   npm run bench -- --runs=5              runs per timing (default 3; the median is printed)
//   npm run bench -- --lh-runs=3           Lighthouse runs per page (default 1; medians; about 30 s a run)
//   npm run bench -- --lh-pages=kiem-tra   only the Lighthouse pages whose report name starts so (comma-separated:
//                                          sign-in, overview, ho-so, don-vi, kiem-tra-desktop, kiem-tra-mobile)
//   npm run bench -- --skip=lighthouse     skip a part: bundle, lighthouse, timings (3 and 5), server (4), prod-timings (5),
//                                          first-request (6); comma-separated
//   npm run bench -- --screens=digital     time only these screens in 3 and 5 (comma-separated keys of timings.mjs:
//                                          overview, dossiers, units, digital, commune)
//   npm run bench -- --requests=50         requests per server endpoint (default 20); BENCH_SERVER_PORT (8096)
//   npm run bench -- --reuse-demo          serve the existing dist-demo-bench/ instead of rebuilding it
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { kb, measureBundle, routesTable } from '../bundle-size.mjs';
import { CHROME_PATH, DEMO_OUT_DIR, kib, mib, run, seconds, size, startPreview, table } from './common.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const skip = new Set(option('skip', '').split(',').filter(Boolean));
const runs = Math.max(1, Number(option('runs', '3')) || 3);
const lhRuns = Math.max(1, Number(option('lh-runs', '1')) || 1);
const lhPages = option('lh-pages', '').split(',').filter(Boolean);
const requests = Math.max(1, Number(option('requests', '20')) || 20);
const onlyScreens = option('screens', '').split(',').filter(Boolean);
const distDir = option('dist', 'dist').replace(/\/+$/, '');
const port = Number(process.env.BENCH_PORT ?? 4390);
const outDir = process.env.BENCH_OUT_DIR ?? 'bench-results';
const log = (s) => process.stderr.write(`${s}\n`);

const problems = [];
const out = [];
const say = (s = '') => out.push(s);

function tryRun(label, fn) {
  try {
    return fn();
  } catch (e) {
    problems.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

// --- Header -------------------------------------------------------------------------------------
const require = createRequire(import.meta.url);
const git = tryRun('git', () => execFileSync('git', ['log', '-1', '--format=%h %cd', '--date=format:%Y-%m-%d %H:%M'], { encoding: 'utf8' }).trim());
const dirty = tryRun('git', () => execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '');
const chromeVersion = tryRun('chromium', () => execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' ').slice(0, 2).join(' '));
const lighthouseVersion = require('lighthouse/package.json').version;
say(`CCHC dashboard benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
say(
  `commit ${git ?? '?'}${dirty ? ' (+ uncommitted changes)' : ''} · Node ${process.version} · ${chromeVersion ?? 'Chromium ?'} · ` +
    `Lighthouse ${lighthouseVersion} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'} · load average ${loadavg()[0].toFixed(1)} at start`,
);
say();

// --- 1. Bundle ----------------------------------------------------------------------------------
if (!skip.has('bundle')) {
  say(`1. Bundle: production build (${distDir}/), gzip level 9`);
  if (flag('build') || !existsSync(`${distDir}/.vite/manifest.json`)) {
    log(`building ${distDir}/ …`);
    if (distDir === 'dist') tryRun('npm run build', () => run('npm', ['run', 'build']));
    else tryRun(`vite build --outDir ${distDir}`, () => run('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir']));
  }
  const bundle = tryRun('bundle', () => measureBundle(distDir));
  if (bundle?.firstLoad) {
    const built = statSync(`${distDir}/.vite/manifest.json`).mtime;
    const { firstLoad, onDemand, totals, files } = bundle;
    say(`   ${distDir}/ built ${built.toISOString().slice(0, 16).replace('T', ' ')} UTC${flag('build') ? '' : ' (rebuild with --build)'}`);
    say(`   first load (entry + static imports):  ${kb(firstLoad.js)} JS + ${kb(firstLoad.css)} CSS, ${firstLoad.files} files`);
    say(`   loaded on demand (routes, exports):   ${kb(onDemand.js)} JS + ${kb(onDemand.css)} CSS, ${onDemand.files} files`);
    say(`   everything:                           ${kb(totals.js.gzip)} JS (${totals.js.count} files) + ${kb(totals.css.gzip)} CSS (${totals.css.count} files); ${kb(totals.js.raw + totals.css.raw)} raw`);
    say(`   largest: ${files.slice(0, 4).map((f) => `${f.file.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} ${kb(f.gzip)}`).join(', ')}`);
    say('   first visit to each route: the entry, the route chunk (src/app/router.tsx) and their static imports, gzipped;');
    say('   chart code: a chunk carrying recharts class names or @mantine/charts variables among them.');
    say(indent(routesTable(bundle).join('\n')));
  } else if (bundle) {
    problems.push('bundle: dist/ has no .vite/manifest.json, first load unknown');
  }
  say();
}

// --- The demo build and its server --------------------------------------------------------------
let server = null;
const stopServer = () => server?.stop();
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

if (!skip.has('lighthouse') || !skip.has('timings')) {
  if (!(flag('reuse-demo') && existsSync(`${DEMO_OUT_DIR}/index.html`))) {
    log(`building the demo into ${DEMO_OUT_DIR}/ …`);
    tryRun('demo build', () => run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', DEMO_OUT_DIR]));
  }
  try {
    server = await startPreview(port);
    log(`serving ${DEMO_OUT_DIR}/ on ${server.base}`);
  } catch (e) {
    problems.push(`server: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// --- 2. Lighthouse ------------------------------------------------------------------------------
if (!skip.has('lighthouse') && server) {
  log('Lighthouse …');
  const t = Date.now();
  const { runLighthouse } = await import('./lighthouse.mjs');
  let results = [];
  try {
    results = await runLighthouse(server.base, outDir, DEMO_OUT_DIR, lhRuns, lhPages);
  } catch (e) {
    problems.push(`lighthouse: ${e instanceof Error ? e.message : String(e)}`);
  }
  say(
    `2. Lighthouse ${lighthouseVersion}, simulated throttling, demo build with the mock backend and its 150–600 ms latency` +
      (lhRuns > 1 ? `; median of ${lhRuns} runs` : '; one run per page (--lh-runs=3 for medians)'),
  );
  const rows = [['page', 'preset', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes (LH)', 'bytes (all)']];
  for (const { page, result, error } of results) {
    if (result?.error) say(`   (${page.name}: ${lhRuns - result.runs} of ${lhRuns} runs failed: ${result.error})`);
    if (error) {
      problems.push(`lighthouse ${page.name}: ${error}`);
      rows.push([page.name, page.preset, 'failed', '', '', '', '', '', '', '', '']);
      continue;
    }
    const range = result.perfRange && result.perfRange[0] !== result.perfRange[1] ? ` (${result.perfRange[0]}–${result.perfRange[1]})` : '';
    rows.push([
      page.name,
      page.preset,
      result.performance == null ? '—' : `${result.performance}${range}`,
      result.accessibility ?? '—',
      result.bestPractices ?? '—',
      seconds(result.fcp),
      seconds(result.lcp),
      result.tbt == null ? '—' : `${Math.round(result.tbt)} ms`,
      result.cls == null ? '—' : result.cls.toFixed(3),
      kib(result.bytes),
      kib(result.bytesAll),
    ]);
  }
  say(indent(table(rows)));
  say('   URLs: /dang-nhap (signed out); signed in as lanhdao: /?from=2022-01&to=2022-12&unit=huyen-thuong-tin,');
  say('   /ho-so?from=2022-01&to=2022-12&unit=huyen-thuong-tin, /don-vi?from=2022-01&to=2022-12&unit=all (Thường Tín);');
  say('   signed in as kiemtra: Ghi kết quả kiểm tra /kiem-tra/insp-2025-07 (its IndexedDB emptied before each run).');
  say("   desktop: Lighthouse's desktop preset (1350×940, no CPU slowdown); mobile: its default preset, the tablet case");
  say('   (a 412×823 touch screen, 4× CPU slowdown, slow 4G: 150 ms RTT, 1.6 Mbit/s).');
  say("   bytes (LH) is Lighthouse's total byte weight: it sees only what bypasses MSW's service worker (the start-up");
  say('   files); bytes (all) adds what the worker fetched (route chunks, fonts: their gzipped size on disk) and the API JSON.');
  say('   TBT and the performance score of the signed-in pages swing widely with other work on the machine');
  say(`   (Đơn vị scored 32, 41 and 78 in three runs on one day). Full reports: ${outDir}/lighthouse-*.json (${Math.round((Date.now() - t) / 1000)} s)`);
  say();
}

// --- 3. Timings ---------------------------------------------------------------------------------
if (!skip.has('timings') && server) {
  log(`timings (${runs} runs each) …`);
  const t = Date.now();
  const { runTimings } = await import('./timings.mjs');
  let results = [];
  try {
    results = await runTimings(server.base, { runs, log, ...(onlyScreens.length ? { onlyScreens } : {}) });
  } catch (e) {
    problems.push(`timings: ${e instanceof Error ? e.message : String(e)}`);
  }
  say(`3. Timings in Chromium (playwright-core), period 2022, unit=all, mock latency off (?latency=0); median of ${runs}`);
  say('   load: a new tab opens the URL (signed in, HTTP cache warm). in-app: a tab already on the app follows a');
  say('   client-side link to it. ready: content drawn and nothing aria-busy (see scripts/bench/timings.mjs).');
  say('   blocking: Σ of long tasks beyond 50 ms until ready (TBT-like); the mock backend runs on the same main thread.');
  say(indent(timingsTable(results)));
  const warm = (key) => {
    const xs = results.filter((x) => x.mode === 'in-app' && x.dataset.key === key && x.warmUp != null).map((x) => x.warmUp);
    return xs.length ? `${seconds(xs.reduce((a, b) => a + b, 0) / xs.length)}` : '—';
  };
  say(`   API calls/JSON: the page load's answers (body sizes). JS heap: used heap after a forced GC once ready, mock data included.`);
  say(`   Opening the app shell before in-app runs took ${warm('thuong-tin')} (Thường Tín), ${warm('national')} (national) on average.`);
  for (const r of results.filter((x) => x.mode === 'load' && x.dataset.key === 'national' && x.biggest)) {
    say(`   national · ${r.screen.name}: biggest answer ${size(r.biggest.bytes)} ${new URL(r.biggest.url).pathname}${new URL(r.biggest.url).search}`);
  }
  say(`   (${Math.round((Date.now() - t) / 1000)} s)`);
  say();
}

// --- 4. The reference server ---------------------------------------------------------------------
// After the demo's server is stopped: the two would share the 2 cores.
stopServer();
if (!skip.has('server')) {
  log('reference server …');
  const t = Date.now();
  const { runServerBench } = await import('./server.mjs');
  const results = await runServerBench({ outDir, requests, port: Number(process.env.BENCH_SERVER_PORT ?? 8096), log });
  say(`4. Reference server, national dataset (3,321 communes × 66 months), unit=all; ${requests} sequential requests per`);
  say('   endpoint after 3 warm-up ones, one client; the whole round trip on localhost with the body read. Goal: ≤ 50 ms');
  say('   median and ≤ 150 ms p95 (a * marks a miss). server CPU: the server process\'s CPU time per request (with PGlite');
  say('   the database\'s work is in it, with PostgreSQL it is not); other work on the machine stretches the times, less the CPU.');
  say('   first: the first request of the query after the server started, computed; the server keeps the aggregate answers');
  say('   until the statistics change (an import, a seed), so the timed ones after it are answered from its memory.');
  for (const r of results) {
    if (r.error) {
      problems.push(`server ${r.label}: ${r.error}`);
      continue;
    }
    say(`   ${r.label}${r.note ? ` (${r.note})` : ''}, period ${r.period.from}..${r.period.to}:`);
    const ms = (x, goal) => `${x.toFixed(1)} ms${x > goal ? ' *' : ''}`;
    const rows = [['endpoint', 'first', 'median', 'p95', 'max', 'server CPU', 'JSON']];
    for (const x of r.rows) {
      const cpu = x.cpuPerRequest == null ? '—' : `${x.cpuPerRequest.toFixed(1)} ms`;
      rows.push([x.name, x.first == null ? '—' : `${x.first.toFixed(1)} ms`, ms(x.median, 50), ms(x.p95, 150), `${x.max.toFixed(1)} ms`, cpu, x.bytes < 10240 ? `${(x.bytes / 1024).toFixed(1)} KiB` : size(x.bytes)]);
    }
    say(indent(table(rows)));
  }
  if (!process.env.DATABASE_URL) say('   PostgreSQL: not measured (set DATABASE_URL to a throwaway database; it is re-seeded with the national data).');
  say(`   (${Math.round((Date.now() - t) / 1000)} s)`);
  say();
}

// --- 5. The production build against the reference server ------------------------------------------
// The same timings as 3, on dist/ served by the reference server on the seeded PGlite of each dataset
// (Thường Tín, then national; warm-up done before the first page): the page talks to a real backend, no
// mock on its main thread.
if (!skip.has('timings') && !skip.has('prod-timings')) {
  log(`timings of the production build on the reference server (${runs} runs each) …`);
  const t = Date.now();
  const results = [];
  const prodDist = `${outDir}/prod-dist`;
  try {
    // Built now from the working tree, into the bench's own folder: a dist/ left from an older commit
    // (the bundle part reuses it unless --build) can lack what the screens' readiness checks look for,
    // and the run then waits for it until the timeout ("a commune" did).
    log(`building the production bundle into ${prodDist}/ …`);
    run('npx', ['vite', 'build', '--outDir', prodDist, '--emptyOutDir']);
    const { startProductionServer } = await import('./server.mjs');
    const { runTimings } = await import('./timings.mjs');
    for (const dataset of ['thuong-tin', 'national']) {
      let prod = null;
      try {
        prod = await startProductionServer({ outDir, distDir: prodDist, dataset, port: Number(process.env.BENCH_SERVER_PORT ?? 8096), log });
        results.push(...(await runTimings(prod.base, { runs, log, only: [dataset], ...(onlyScreens.length ? { onlyScreens } : {}) })));
      } catch (e) {
        problems.push(`timings (production build, ${dataset}): ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await prod?.stop();
      }
    }
  } catch (e) {
    problems.push(`timings (production build): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (results.length) {
    say(`5. Timings of the production build (built now into ${outDir}/prod-dist/) served by the reference server on PGlite seeded with`);
    say('   each dataset (its cache warm-up done first); as in 3 (same screens, period and readiness), median of ' + runs + ';');
    say('   the API answers come from the server, no mock in the page.');
    say(indent(timingsTable(results)));
    say(`   (${Math.round((Date.now() - t) / 1000)} s)`);
    say();
  }
}

// --- 6. The first request after a start (issue 7) ----------------------------------------------------
// The reference server warms its answer cache after listen (server/http/warm-up.ts): the screens'
// first requests on a server just started with WARM_CACHE=0, and after its warm-up, per dataset.
if (!skip.has('first-request')) {
  log('first requests after a start …');
  const t = Date.now();
  const { runFirstRequestBench, shortUrl } = await import('./server.mjs');
  const results = await runFirstRequestBench({ outDir, port: Number(process.env.BENCH_SERVER_PORT ?? 8096), log });
  say('6. First request after a start (reference server on PGlite, scripts/bench/server.mjs): what Tổng quan, Hồ sơ TTHC and');
  say('   Chuyển đổi số ask first for the default period and unit=all (server/http/warm-up.ts), one request after another,');
  say('   on a server just started with WARM_CACHE=0 (computed) and on one whose warm-up is done (from its memory).');
  say('   A query two screens share is timed once, on the first. Round trip on localhost, body read.');
  const ms = (x) => (x == null ? '—' : `${x.toFixed(0)} ms`);
  for (const r of results) {
    if (r.error) {
      problems.push(`first request ${r.dataset}: ${r.error}`);
      continue;
    }
    const { cold, warm } = r;
    say(`   ${r.dataset}, default period ${cold.period.from}..${cold.period.to}:`);
    const rows = [['screen', 'request', 'WARM_CACHE=0', 'after warm-up', 'JSON']];
    for (const x of cold.rows) {
      const w = warm.rows.find((y) => y.url === x.url);
      rows.push([x.screen, shortUrl(x.url), ms(x.ms), ms(w?.ms), x.bytes < 10240 ? `${(x.bytes / 1024).toFixed(1)} KiB` : size(x.bytes)]);
    }
    for (const screen of [...new Set(cold.rows.map((x) => x.screen))]) {
      const sum = (rs) => rs.filter((x) => x.screen === screen).reduce((a, x) => a + x.ms, 0);
      rows.push([screen, 'Σ (one after another)', ms(sum(cold.rows)), ms(sum(warm.rows)), '']);
    }
    say(indent(table(rows)));
    const sorted = [...warm.probes].sort((a, b) => a - b);
    say(
      `   start to listening ${ms(cold.startup)} / ${ms(warm.startup)}; a sign-in right after listen ${ms(cold.signInMs)} / ${ms(warm.signInMs)}` +
        ` (WARM_CACHE=0 / warm-up on); the warm-up was done ${ms(warm.warmUpMs)} after listen;`,
    );
    say(
      sorted.length
        ? `   meanwhile GET / (every 100 ms, ${sorted.length} times) answered in ${ms(sorted[Math.floor(sorted.length / 2)])} median, ${ms(sorted[sorted.length - 1])} at most.`
        : '   (no GET / while it ran: it was done before the sign-in was)',
    );
    say(`   server log: ${warm.warmUpLine}`);
  }
  say(`   (${Math.round((Date.now() - t) / 1000)} s)`);
  say();
}

/** The timings' table: a row per dataset × screen, the load run beside the in-app one. */
function timingsTable(results) {
  const rows = [['dataset', 'screen', 'load ready', '(min–max)', 'first', 'in-app ready', 'blocking', 'longest task', 'API calls', 'API JSON', 'JS heap']];
  for (const r of results) {
    if (r.mode !== 'load') continue;
    const inApp = results.find((x) => x.mode === 'in-app' && x.dataset.key === r.dataset.key && x.screen.key === r.screen.key);
    for (const x of [r, inApp]) {
      if (x && x.runs === 0) problems.push(`timings ${x.dataset.key} · ${x.screen.name} · ${x.mode}: ${x.errors[0] ?? 'no run'}`);
      else if (x?.errors.length) say(`   (${x.dataset.key} · ${x.screen.name} · ${x.mode}: ${x.errors.length} of ${runs} runs failed: ${x.errors[0]})`);
    }
    rows.push([
      r.dataset.key,
      r.screen.name,
      seconds(r.ready),
      r.ready == null ? '' : `${(r.readyMin / 1000).toFixed(1)}–${(r.readyMax / 1000).toFixed(1)}`,
      r.first == null ? '' : `${seconds(r.first)} ${r.firstLabel}`,
      seconds(inApp?.ready),
      r.blocking == null ? '—' : `${(r.blocking / 1000).toFixed(1)} s`,
      r.longest == null ? '—' : `${(r.longest / 1000).toFixed(1)} s`,
      r.requests ?? '—',
      size(r.apiBytes),
      mib(r.heap),
    ]);
  }
  return table(rows);
}

function indent(s) {
  return s
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}

stopServer();
say(`Took ${Math.round((Date.now() - started) / 1000)} s; load average ${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure).`);
if (problems.length) {
  say();
  say('Could not measure:');
  for (const p of problems) say(`   - ${p}`);
}
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = problems.length ? 1 : 0;
