import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own PGlite (seconds) and/or its own PostgreSQL database and shares it
    // across its tests; files run in parallel in separate processes.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
