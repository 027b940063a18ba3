import { defineConfig } from 'vitest/config';

/**
 * The contract suite (test/contract) against the reference server instead of the MSW handlers
 * (npm run test:contract:server). The global setup seeds one PGlite folder; each file starts the
 * server in process on its own copy of it. Files run one after another: each holds a database.
 */
export default defineConfig({
  test: {
    name: 'contract-server',
    environment: 'node',
    include: ['test/contract/**/*.test.ts'],
    env: { CONTRACT_BACKEND: 'server' },
    globalSetup: ['test/contract/server-template.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
