import { defineConfig } from 'vitest/config';

/**
 * The reference server's tests (npm run test:server), apart from npm test: each file starts the
 * server in process on a fresh database (PGlite in a temporary folder, or the PostgreSQL at
 * DATABASE_URL), which takes seconds. Files run one after another: with DATABASE_URL they share it.
 */
export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['test/server/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
