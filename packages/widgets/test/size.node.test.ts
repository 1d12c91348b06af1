import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Size budgets, bytes of gzip (zlib level 9) of the minified build; run `npm run build -w
 * @icra/widgets` first — a missing dist fails here on purpose. Measured when set (Lit 3.3.3,
 * @lit/context 1.1.6, ky 1.14.3): dist/icra.js 20,486 (of which Lit + @lit/context ≈ 8.3 k and
 * ky ≈ 4.8 k; Lit core alone ≈ 6.0 k), dist/news.js 7,168 (Lit, context, SDK and ky external).
 * A new widget raises these on purpose, in the same commit.
 */
const BUDGETS = {
  'icra.js': 21_000,
  'news.js': 7_400,
};

function read(file: string): string {
  return readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
}

function gzipped(file: string): number {
  return gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
}

describe('bundle size', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    it(`dist/${file} stays within ${budget} bytes gzipped`, () => {
      expect(gzipped(file)).toBeLessThanOrEqual(budget);
    });
  }
});

describe('bundle shape', () => {
  it('dist/icra.js is self-contained: no bare imports', () => {
    const code = read('icra.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-news');
    expect(code).toContain('icra-config');
  });

  it('dist/news.js leaves lit, @lit/context and the SDK to the bundler', () => {
    const code = read('news.js');
    expect(code).toMatch(/from\s*["']lit["']/);
    expect(code).toMatch(/from\s*["']@icra\/sdk["']/);
    expect(code).not.toContain('ReactiveElement.finalize');
  });

  it('decorators were compiled away (experimentalDecorators applied)', () => {
    for (const file of ['icra.js', 'news.js']) {
      expect(read(file)).not.toMatch(/(^|[\s;{}])@(property|state|consume|provide)\b/);
    }
  });
});
