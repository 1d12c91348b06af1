import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The validator must run where a strict Content-Security-Policy forbids eval: every test
    // runs in a Node that refuses to compile code from strings, so a validator that generated
    // code would fail here as it would in the browser.
    pool: 'forks',
    execArgv: ['--disallow-code-generation-from-strings'],
  },
});
