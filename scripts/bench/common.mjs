// Shared pieces of the benchmark: Chromium, the demo server, signing in, and text tables.
import { spawn, spawnSync } from 'node:child_process';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium on a machine without outside network. */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEMO_OUT_DIR = process.env.BENCH_DEMO_DIR ?? 'dist-demo-bench';

/** Runs a command with its output going to ours (stderr), throws when it fails. */
export function run(cmd, args) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return Date.now() - started;
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Serves the demo build with `vite preview --mode demo` on `port` and waits until it answers.
 * Returns a function that stops it (the whole process group).
 */
export async function startPreview(port) {
  const base = `http://localhost:${port}`;
  if (await answers(base)) throw new Error(`port ${port} is taken (set BENCH_PORT to another one)`);
  const child = spawn(
    'npx',
    ['vite', 'preview', '--mode', 'demo', '--outDir', DEMO_OUT_DIR, '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 60; i++) {
    if (await answers(base)) return { base, stop };
    if (exited) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`vite preview did not start on ${base}: ${stderr.trim()}`);
}

/** Signs in as `user` (a demo account, password `demo`) on the sign-in page of `base` (the session lands in localStorage). */
export async function signIn(page, base, query = '', user = 'lanhdao') {
  await page.goto(`${base}/dang-nhap${query}`);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'), { timeout: 30_000 });
}

/** A plain text table: first row is the header; numbers are right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const isNum = (s) => /^[-+]?[\d.,]+ ?(%|s|ms|MiB|KiB|MB|KB)?( \(\d+–\d+\))?$/.test(String(s)) || String(s) === '—';
  const line = (r) =>
    r
      .map((v, c) => {
        const s = String(v ?? '');
        return c > 0 && isNum(s) ? s.padStart(widths[c]) : s.padEnd(widths[c]);
      })
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const seconds = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
export const mib = (bytes) => (bytes == null ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
/** KiB under 1 MiB, MiB above. */
export const size = (bytes) => (bytes == null ? '—' : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : mib(bytes));
export const kib = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(0)} KiB`);
