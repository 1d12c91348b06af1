import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bounds against hangs, not performance assertions: under `npm test` this browser suite shares
    // two cores with the widgets' browser suites, and a sign-in (popup, token, profile) can take
    // several seconds there.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 20_000 } },
  },
});
