import { defineConfig } from '@playwright/test';

// The browser suite runs in Debian's Chromium (Playwright cannot download its own browser here)
// against the demo build: the production bundle plus the mock backend, served by `vite preview`.
// E2E_PORT lets several checkouts run the suite at once, each on its own port and build folder.
// A second project, `server`, runs *.server.spec.ts against the production build (dist/, from
// `npm run build`) served by the reference server on port 8097 with a fresh PGlite folder (demo seed).
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = port === 4173 ? 'dist-demo' : `dist-demo-${port}`;
// With E2E_PORT the reference server moves too (E2E_PORT + 3924), so two checkouts' runs do not meet on 8097.
const serverPort = Number(process.env.E2E_SERVER_PORT ?? (port === 4173 ? 8097 : port + 3924));
const serverSpecs = /.*\.server\.spec\.ts/;

// Playwright starts every webServer whatever --project says; `--project server` alone skips the demo build.
const argv = process.argv.join(' ');
const onlyServer = /--project[= ]server(\s|$)/.test(argv) && !/--project[= ](?!server(\s|$))/.test(argv);

const demoServer = {
  command: `npx vite build --mode demo --outDir ${outDir} && npx vite preview --mode demo --outDir ${outDir} --port ${port} --strictPort`,
  url: `http://localhost:${port}`,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
};
// A fresh data folder each run, so the demo seed is the only data; removed when the server stops.
const referenceServer = {
  command:
    'd=$(mktemp -d) && trap \'rm -rf "$d"\' EXIT INT TERM && ' +
    `DATA_DIR="$d/pglite" EVIDENCE_DIR="$d/evidence" PORT=${serverPort} HOST=127.0.0.1 LOG_LEVEL=warn node scripts/start-server.mjs`,
  url: `http://127.0.0.1:${serverPort}/`,
  reuseExistingServer: false,
  // SIGTERM lets the server close PGlite and the shell remove the folder.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
  timeout: 180_000,
};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.E2E_JSON ? [['list'], ['json', { outputFile: process.env.E2E_JSON }]] : 'list',
  projects: [
    { name: 'demo', testIgnore: serverSpecs, use: { baseURL: `http://localhost:${port}` } },
    { name: 'server', testMatch: serverSpecs, use: { baseURL: `http://127.0.0.1:${serverPort}` } },
  ],
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: onlyServer ? [referenceServer] : [demoServer, referenceServer],
});
