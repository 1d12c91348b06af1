import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own PGlite (seconds) and/or its own PostgreSQL database and shares it
    // across its tests; files run in parallel in separate processes.
    pool: 'forks',
    // Bounds against hangs, not performance assertions: under `npm test` every package's tests share
    // two cores, and opening a fresh PGlite data directory alone takes 5–8 s there.
    testTimeout: 90_000,
    // The ballot box's secret for every app the suites create without one of their own (required
    // with PostgreSQL; never stored in the database). Tests of its absence pass their own env.
    env: { ICRA_BALLOT_SECRET: 'test-ballot-secret-of-the-server-suite-0123456789' },
    hookTimeout: 120_000,
  },
});
