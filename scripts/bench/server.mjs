// The reference server's aggregate endpoints on the national dataset (3,321 communes × 66 months):
// median and p95 of sequential requests, one client, after a warm-up, on PGlite and (when
// DATABASE_URL is set) on PostgreSQL. The time is the whole HTTP round trip on localhost,
// body read included: what the SPA waits for.
//
// PGlite: the national seed (about a minute) goes into bench-results/server-national-<hash>/,
// reused while the migrations, the seed and the data generators are unchanged (the hash is theirs).
// PostgreSQL: a database that does not serve the national dataset is re-seeded with it, which
// replaces its data: point DATABASE_URL at a throwaway database.
// Beside the times, the server process's CPU time per request (Linux /proc; the server and its
// children, so PGlite's work is in it, a PostgreSQL server's is not): other work on the machine
// stretches the round trips, much less the CPU a request costs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** What the screens ask for: the period and the unit filter of a national leader's view. */
export function endpoints(period) {
  const q = `from=${period.from}&to=${period.to}&unit=all`;
  return [
    ['dossiers summary', `/api/dossiers/summary?${q}`],
    ['dossiers by-month', `/api/dossiers/by-month?${q}`],
    ['dossiers by-unit', `/api/dossiers/by-unit?${q}`],
    ['dossiers by-field', `/api/dossiers/by-field?${q}`],
    ['digital summary', `/api/digital/summary?${q}`],
    ['digital by-unit', `/api/digital/by-unit?${q}`],
    ['digital by-month', `/api/digital/by-month?${q}`],
    ['digital ranking (page 1)', `/api/digital/ranking?${q}&page=1&pageSize=20`],
    ['feedback summary', `/api/feedback/summary?${q}`],
  ];
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** A short hash of what decides the seeded database's content. */
function seedHash() {
  const h = createHash('sha256');
  for (const dir of ['server/migrations', 'server/seed', 'mocks/data'])
    for (const f of filesUnder(path.join(root, dir))) h.update(path.relative(root, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 10);
}

function seed(env, log, dataset = 'national') {
  log(`seeding the ${dataset} dataset (npm run seed -- --dataset=${dataset}${dataset === 'national' ? ', about a minute' : ''}) …`);
  const r = spawnSync(tsx, [path.join(root, 'server/seed/cli.ts'), `--dataset=${dataset}`], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (r.status !== 0) throw new Error(`the ${dataset} seed failed (${r.status ?? r.signal})`);
}

/** The seeded PGlite folder of a dataset ('national' or 'thuong-tin', with the demo accounts), from the cache or seeded now. */
function pgliteDir(outDir, log, dataset = 'national') {
  const dir = path.resolve(root, outDir, `server-${dataset}-${seedHash()}`);
  if (existsSync(path.join(dir, 'PG_VERSION'))) {
    log(`PGlite: reusing ${path.relative(root, dir)}/`);
    return { dir, seeded: false };
  }
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  seed({ DATA_DIR: tmp, DATABASE_URL: '' }, log, dataset);
  renameSync(tmp, dir);
  return { dir, seeded: true };
}

/** CPU milliseconds used so far by a process and its descendants (Linux), or null elsewhere. */
let clockTicks = null;
function cpuMs(pid) {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const ticks = clockTicks;
    let total = 0;
    const visit = (p) => {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]); // utime, stime
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        for (const k of kids ? kids.split(' ') : []) visit(k);
      }
    };
    visit(pid);
    return (total * 1000) / ticks;
  } catch {
    return null;
  }
}

/** Whether something answers HTTP there, whatever the status (without dist/, / is a 404). */
async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts server/main.ts on `port`. warm: false (the default) sets WARM_CACHE=0, so the first request of
 * each query is computed and nothing runs beside the timed requests; warm: true leaves the warm-up on
 * and `warmedUp` resolves with its log line (null if the server ends first).
 */
async function startServer(port, env, { warm = false } = {}) {
  const base = `http://127.0.0.1:${port}`;
  if (await answers(`${base}/`)) throw new Error(`port ${port} is taken (set BENCH_SERVER_PORT to another one)`);
  const spawned = performance.now();
  const child = spawn(tsx, [path.join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO: 'false', LOG_LEVEL: warm ? 'info' : 'warn', WARM_CACHE: warm ? '1' : '0', ...env },
    stdio: ['ignore', warm ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const warmedUp = new Promise((resolve) => {
    if (!warm) return resolve(null);
    let rest = '';
    child.stdout.on('data', (d) => {
      const lines = (rest + d).split('\n');
      rest = lines.pop();
      for (const l of lines) {
        const msg = /"msg":"(warm-up: [^"]*)"/.exec(l)?.[1];
        if (msg && !msg.startsWith('warm-up: /')) resolve({ line: msg, at: performance.now() });
      }
    });
    child.once('exit', () => resolve(null));
  });
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 1200; i++) {
    if (await answers(`${base}/`)) return { base, stop, cpu: () => cpuMs(child.pid), warmedUp, spawned, listening: performance.now() };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the server did not start on ${base}: ${stderr.trim().slice(-300)}`);
}

async function signIn(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'lanhdao', password: 'demo' }),
  });
  if (!res.ok) return null;
  const { token } = await res.json();
  const meta = await (await fetch(`${base}/api/meta`, { headers: { Authorization: `Bearer ${token}` } })).json();
  return { token, meta };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function measure(base, token, url, requests, cpu) {
  const headers = { Authorization: `Bearer ${token}` };
  let bytes = 0;
  let first = null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${url}`, { headers });
    const body = await res.arrayBuffer();
    // The first answer is computed; the server keeps the aggregate answers, so the later ones of the
    // same query come from its memory until the statistics change (server/http/answer-cache.ts).
    first ??= performance.now() - t;
    if (!res.ok) throw new Error(`${url} answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
    bytes = body.byteLength;
  }
  const ms = [];
  const cpu0 = cpu();
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${url}`, { headers });
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  const cpu1 = cpu();
  ms.sort((a, b) => a - b);
  const cpuPerRequest = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / requests;
  return { first, median: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: ms[ms.length - 1], bytes, cpuPerRequest };
}

async function benchBackend(label, env, port, requests, reseed, log) {
  let server = await startServer(port, env);
  try {
    let session = await signIn(server.base);
    if (session?.meta.dataset !== 'national') {
      if (!reseed) throw new Error(`${label} does not serve the national dataset`);
      await server.stop();
      reseed();
      server = await startServer(port, env);
      session = await signIn(server.base);
      if (session?.meta.dataset !== 'national') throw new Error(`${label}: the national seed did not take`);
    }
    const period = { from: `${session.meta.defaultPeriod.to.slice(0, 4)}-01`, to: session.meta.defaultPeriod.to };
    log(`${label}: ${requests} requests per endpoint, period ${period.from}..${period.to} …`);
    const rows = [];
    for (const [name, url] of endpoints(period)) rows.push({ name, url, ...(await measure(server.base, session.token, url, requests, server.cpu)) });
    return { label, period, rows };
  } finally {
    await server.stop();
  }
}

/**
 * The reference server on a dataset's PGlite folder (national unless told), serving the production build (dist/) beside
 * the API on one port: for the browser timings of the production build (no mock on the page).
 */
export async function startProductionServer({ outDir, distDir: dist = 'dist', dataset = 'national', port, log }) {
  const distDir = path.resolve(root, dist);
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`${dist}/ has no index.html (npm run build)`);
  const { dir } = pgliteDir(outDir, log, dataset);
  // As deployed: the warm-up on, and done before the first timed page.
  const server = await startServer(port, { DATA_DIR: dir, DATABASE_URL: '', DIST_DIR: distDir, EVIDENCE_DIR: path.resolve(root, outDir, 'server-evidence') }, { warm: true });
  const warmed = await server.warmedUp;
  if (warmed) log(`production server: ${warmed.line}`);
  return server;
}

/** Runs the PGlite backend and, with DATABASE_URL, the PostgreSQL one; errors are per backend. */
export async function runServerBench({ outDir, requests, port, log }) {
  const results = [];
  try {
    const { dir, seeded } = pgliteDir(outDir, log);
    const env = { DATA_DIR: dir, DATABASE_URL: '', EVIDENCE_DIR: path.resolve(root, outDir, 'server-evidence') };
    const r = await benchBackend('PGlite', env, port, requests, null, log);
    results.push({ ...r, note: seeded ? 'seeded now' : 'cached seed' });
  } catch (e) {
    results.push({ label: 'PGlite', error: e instanceof Error ? e.message : String(e) });
  }
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) {
    try {
      const env = { DATABASE_URL: databaseUrl, EVIDENCE_DIR: path.resolve(root, outDir, 'server-evidence') };
      results.push(await benchBackend('PostgreSQL', env, port, requests, () => seed({ DATABASE_URL: databaseUrl }, log), log));
    } catch (e) {
      results.push({ label: 'PostgreSQL', error: e instanceof Error ? e.message : String(e) });
    }
  }
  return results;
}

// --- The first request after a start (issue 7) ------------------------------------------------------
// The server warms its answer cache after listen (server/http/warm-up.ts, WARM_CACHE); here the first
// requests of Tổng quan, Hồ sơ TTHC and Chuyển đổi số (the list the warm-up itself uses) are timed on a
// server just started, with WARM_CACHE=0 and after the warm-up, on each dataset's PGlite.

let tsxRegistered = null;
/** The screens' first requests, from server/http/warm-up.ts (TypeScript, loaded through tsx). */
async function spaFirstRequests(meta) {
  tsxRegistered ??= import('tsx/esm/api').then(({ register }) => register());
  await tsxRegistered;
  const mod = await import('../../server/http/warm-up.ts');
  return mod.spaFirstRequests(meta);
}

async function timedFetch(base, url, headers = {}) {
  const t = performance.now();
  const res = await fetch(`${base}${url}`, { headers });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, bytes: body.byteLength };
}

/** `/api/dossiers/by-unit?from=…&to=…&unit=all&level=commune` → `dossiers/by-unit 2025-01..2025-06 level=commune`. */
export function shortUrl(url) {
  const u = new URL(url, 'http://x');
  const extra = [...u.searchParams].filter(([k, v]) => !['from', 'to'].includes(k) && !(k === 'unit' && v === 'all') && !(k === 'level' && v === 'all'));
  return [u.pathname.replace(/^\/api\//, ''), `${u.searchParams.get('from')}..${u.searchParams.get('to')}`, ...extra.map(([k, v]) => `${k}=${v}`)].join(' ');
}

async function firstRequestRun(env, port, warm, log) {
  const server = await startServer(port, env, { warm });
  try {
    let warmed;
    const warmedUp = server.warmedUp.then((w) => (warmed = w));
    // Right after listen: a sign-in, and a GET / every 100 ms while the warm-up runs (the server must answer).
    const t0 = performance.now();
    const session = await signIn(server.base);
    const signInMs = performance.now() - t0;
    if (!session) throw new Error('cannot sign in as lanhdao (a seed without the demo accounts?)');
    const probes = [];
    if (warm) {
      while (warmed === undefined && performance.now() - t0 < 600_000) {
        probes.push((await timedFetch(server.base, '/')).ms);
        await new Promise((r) => setTimeout(r, 100));
      }
      await warmedUp;
      if (!warmed) throw new Error('the server gave no warm-up line');
      log(`  ${warmed.line}`);
    }
    const headers = { Authorization: `Bearer ${session.token}` };
    const screens = await spaFirstRequests(session.meta);
    const rows = [];
    for (const [screen, urls] of Object.entries(screens)) {
      for (const url of urls) {
        // A query an earlier screen asked for is already kept in both cases: timed once, where it is first asked.
        if (rows.some((r) => r.url === url)) continue;
        const r = await timedFetch(server.base, url, headers);
        if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
        rows.push({ screen, url, ms: r.ms, bytes: r.bytes });
      }
    }
    return {
      startup: server.listening - server.spawned,
      signInMs,
      probes,
      warmUpMs: warmed ? warmed.at - server.listening : null,
      warmUpLine: warmed?.line ?? null,
      period: session.meta.defaultPeriod,
      rows,
    };
  } finally {
    await server.stop();
  }
}

/**
 * For each dataset (PGlite, seeded once into bench-results/server-<dataset>-<hash>/): a start with
 * WARM_CACHE=0 and one with the warm-up, each timing the screens' first requests one after another.
 */
export async function runFirstRequestBench({ outDir, port, log, datasets = ['thuong-tin', 'national'] }) {
  const results = [];
  for (const dataset of datasets) {
    try {
      const { dir } = pgliteDir(outDir, log, dataset);
      const env = { DATA_DIR: dir, DATABASE_URL: '', EVIDENCE_DIR: path.resolve(root, outDir, 'server-evidence') };
      log(`first requests, ${dataset}, WARM_CACHE=0 …`);
      const cold = await firstRequestRun(env, port, false, log);
      log(`first requests, ${dataset}, with the warm-up …`);
      const warm = await firstRequestRun(env, port, true, log);
      results.push({ dataset, cold, warm });
    } catch (e) {
      results.push({ dataset, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return results;
}
