/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig(({ mode }) => ({
  plugins: [react(), dropMockWorker(loadEnv(mode, process.cwd()).VITE_API_MOCKING === 'true')],
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
          setupFiles: ['test/setup/component-setup.ts'],
          css: false,
          // A page in jsdom takes a second or two on the 2-core CI machine (the slowest test about 5 s),
          // several times that when the machine is busy: a test fails on what it asserts, not on the
          // default 5 s budget.
          testTimeout: 30_000,
        },
      },
    ],
  },
}));
