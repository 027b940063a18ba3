/// <reference types="vitest/config" />
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The MSW worker lives in public/ for dev and demo builds; a real build must not ship it. */
function dropMockWorker(mocking: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(c) {
      outDir = path.resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      if (!mocking) rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The production build's service worker (Workbox generateSW): it precaches the app shell (index.html, the JS and CSS
 * chunks, the fonts), so a tablet that reloads with no connection still opens the app and its drafts (IndexedDB);
 * every navigation falls back to the cached index.html (the SPA's routes). It caches nothing of the API: requests to
 * it are not matched, so they always go to the network and fail there when offline, which the sync queue handles.
 * Builds with the mock (dev, demo) get none: MSW's worker owns the scope there. Registered by src/main.tsx.
 */
function appShellWorker(mocking: boolean, mode: string) {
  if (mocking || mode === 'test') return [];
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,woff2,woff,svg,png,ico,webp}'],
      // The MSW worker is copied from public/ and deleted after the bundle; a precache entry for it would fail the install.
      // The export libraries (XLSX, PNG) are large and only for exporting: fetched when used, then cached below.
      globIgnores: ['mockServiceWorker.js', '.vite/**', 'assets/exceljs*', 'assets/html-to-image*'],
      navigateFallback: 'index.html',
      // A navigation to the API (a link to an evidence file, /api/health) is the server's, never the shell.
      navigateFallbackDenylist: [/^\/api(\/|$)/],
      // Hashed build files left out of the precache, kept once fetched. Only same-origin /assets/: never the API.
      runtimeCaching: [
        {
          urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'cchc-assets', expiration: { maxEntries: 40 } },
        },
      ],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      // Chunks over 2 MiB are not precached by default; none of ours is, but the limit should not drop one silently.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  });
}

/**
 * Component test files that share one jsdom and module cache (`isolate: false`, the `component-shared` project):
 * a page's first render (Mantine, the routes, i18n, the mock) is paid once per worker instead of once per file.
 * A file is listed here only when it changes nothing that component-setup.ts and component-shared-setup.ts do
 * not reset; every other file, a new one included, runs isolated (docs/CONTRIBUTING.md, Tests). A listed file
 * that comes to mock a module, stub a global, fake the clock or open fake-indexeddb falls back to isolation.
 * overview-charts stays isolated: its first test draws every chart and ran past 30 s in the shared run on a
 * loaded machine (not seen failing from shared state; to retry when the machine is quiet).
 */
const SHARED_COMPONENT_TESTS = [
  'actions-tracker', 'app-provider', 'app-smoke', 'digital', 'dossier-kpi-cards', 'dossiers', 'english-shell',
  'error-boundary', 'i18n', 'inspection-minutes', 'inspection-record-conflict', 'inspection-results',
  'inspection-results-shared', 'inspections-plan', 'long-echo', 'not-found', 'overview',
  'scope-words', 'session', 'session-tabs', 'sign-in', 'sign-out', 'unit-picker', 'units',
];
/** The undrawn-charts mock (test/setup/chart-drawing.tsx) is the one the shared project's setup applies to all. */
const UNDRAWN_CHARTS_MOCK =
  /vi\.mock\('@mantine\/charts', async \(importOriginal\) => \(await import\('\.\.\/setup\/chart-drawing'\)\)\.undrawnCharts\(await importOriginal\(\)\)\);/g;
const NEEDS_ISOLATION = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers)\b|fake-indexeddb|@vitest-isolate/;
function canShare(name: string): boolean {
  try {
    const source = readFileSync(path.join(import.meta.dirname, 'test/component', `${name}.test.tsx`), 'utf8');
    return !NEEDS_ISOLATION.test(source.replace(UNDRAWN_CHARTS_MOCK, ''));
  } catch {
    return false; // removed or renamed: nothing to share
  }
}
const sharedComponentTests = SHARED_COMPONENT_TESTS.filter(canShare).map((name) => `test/component/${name}.test.tsx`);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    dropMockWorker(loadEnv(mode, process.cwd()).VITE_API_MOCKING === 'true'),
    appShellWorker(loadEnv(mode, process.cwd()).VITE_API_MOCKING === 'true', mode),
  ],
  resolve: {
    // The notifications container alone (src/app/notifications-host.tsx loads it with the first notification):
    // the package's index is in the first load for `notifications.show`, and a chunk cannot hold part of a module.
    alias: [
      {
        find: /^@mantine\/notifications\/container$/,
        replacement: path.resolve(import.meta.dirname, 'node_modules/@mantine/notifications/esm/Notifications.mjs'),
      },
    ],
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: lets scripts/bundle-size.mjs tell what the first page load fetches from what loads later.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    // Vitest's default is one worker fewer than the cores: on the 2-core machine, one worker and every file
    // in a row. Each file runs in its own process, so two at once use both cores (`--maxWorkers=1` for one).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
          // Pure functions and the mock's handlers in Node: files share a worker's module cache, so the national
          // dataset and the contract are built once per worker instead of once per file (about half the
          // project's CPU time). Every file still resets what it changes (the mock store, the fault scenario).
          isolate: false,
          // Generating the national dataset takes about a second alone, several when the machine is busy.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          // Every file not shared below: each in its own jsdom and module cache (its vi.mock stays its own).
          exclude: sharedComponentTests,
          setupFiles: ['test/setup/component-setup.ts'],
          css: false,
          // A page in jsdom takes a second or two on the 2-core CI machine (the slowest test about 5 s),
          // several times that when the machine is busy: a test fails on what it asserts, not on the
          // default 5 s budget.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component-shared',
          environment: 'jsdom',
          include: sharedComponentTests,
          setupFiles: ['test/setup/component-setup.ts', 'test/setup/component-shared-setup.ts'],
          css: false,
          isolate: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
}));
