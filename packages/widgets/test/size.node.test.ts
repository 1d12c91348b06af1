import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build script without types, shared with the root benchmark
import { gzippedSize, moduleText } from '../scripts/bundle-size.mjs';

/**
 * Size budgets, bytes of gzip (zlib level 9) of the minified build; run `npm run build -w
 * @icra/widgets` first — a missing dist fails here on purpose. A per-widget file counts with the
 * shared chunks it imports (what a bundler pulls in for that one widget), Lit, context, SDK and
 * ky external. Measured when set (Lit 3.3.3, @lit/context 1.1.6, ky 1.14.3): dist/icra.js 20,486
 * with news alone (of which Lit + @lit/context ≈ 8.3 k and ky ≈ 4.8 k; Lit core alone ≈ 6.0 k),
 * dist/news.js 7,168; `<icra-sign-in>` added 3,419 to icra.js (24,013); `<icra-cabinet>` (and the
 * signed-in name in `<icra-sign-in>`, and the cabinet's operations in the SDK) 4,146 more: icra.js
 * 28,159, dist/news.js 7,413, dist/sign-in.js 6,978, dist/cabinet.js 12,558 (with the sign-in
 * control it contains), each with the shared chunks it imports. The SDK's idempotency keys and raw
 * bodies took icra.js to 28,319; `bodyHtml` rebuilt from the allow-list in `<icra-news>` (and covers
 * only from http(s) or inline images) added 1,074: icra.js 29,393; dist/news.js 7,413 → 8,477. The
 * SDK's editorial operations took icra.js to 29,536 (news.js 8,501). `<icra-news-editor>` is kept
 * out of icra.js: dist/news-editor.js 18,778 (with the sign-in control and the shared chunks), and
 * its self-contained dist/icra-news-editor.js 30,450 (Lit and the SDK inside); its link field (in
 * place of the browser's prompt) +637: 19,415 and 31,055. The SDK's operation table for the 11
 * e-participation operations (no widget of them yet) +214: icra.js 29,750 — every bundle carries the
 * whole table, so each API operation costs every widget about 20 bytes. `<icra-poll>` (ballot,
 * results, live polling, az/en/ru messages, styleMap for the bars) +4,307: icra.js 34,057;
 * dist/poll.js 11,564 (with the sign-in control it contains and the shared chunks). `<icra-participation>`
 * (poll list with filters and paging, the application form with its error summary, az/en/ru, and
 * `heading-level` on `<icra-poll>` through lit/static-html) +5,618: icra.js 39,675; dist/participation.js
 * 18,323 (with `<icra-poll>` and the sign-in control inside); poll.js 11,778; news.js 8,653 (the
 * heading helper now a shared chunk). The citizen's e-participation applications in `<icra-cabinet>`
 * (list, history, poll link, authority names, directions and statuses in az/en/ru) +2,418 measured
 * alone: dist/cabinet.js 12,761 → 14,916; with both (and the cabinet on the shared heading helper): icra.js 42,045, dist/cabinet.js 14,978.
 * `<icra-moderation>` (queue, application, poll form with Baku-time schedule, rejection, az/en/ru
 * messages) is kept out of icra.js like the editor: dist/moderation.js 20,489 (with the sign-in control
 * and the shared chunks), its self-contained dist/icra-moderation.js 32,252 (measured alone).
 * The SDK's attachment operations and Blob answers: icra.js 42,109, icra-news-editor.js 31,355,
 * icra-moderation.js 32,320. Attachments in `<icra-participation>` (choose, list, remove, check and
 * upload up to five files; messages in az/en/ru) +1,581: icra.js 43,690; dist/participation.js 20,046.
 * The poll's bars sized through the CSSOM instead of styleMap (a strict CSP blocks style attributes):
 * icra.js 43,352; dist/poll.js 11,819; dist/participation.js 20,081. Attachments in `<icra-cabinet>`
 * and `<icra-moderation>` (download buttons fetching with the token, sizes in the widget's number
 * format, az/en/ru, one shared core/download.ts) +937 measured alone: cabinet.js 15,958;
 * moderation.js 21,487; icra-moderation.js 33,327; with the rest, and the
 * directions' names and the size format shared by the three widgets: icra.js 43,716; cabinet.js 16,031;
 * participation.js 20,208; moderation.js 21,614; icra-moderation.js 33,357. The session-following
 * base class the five signed-in widgets now share (core/session-element.ts): icra.js 43,669, but each
 * per-widget file about 100 more for the extra shared chunk: cabinet.js 16,174; poll.js 11,861;
 * participation.js 20,304; moderation.js 21,739; icra-moderation.js 33,410; icra-news-editor.js 31,406.
 * A new widget raises these on purpose, in the same commit.
 */
const BUDGETS = {
  'icra.js': 43_700,
  'icra-news-editor.js': 31_450,
  'news.js': 8_700,
  'sign-in.js': 7_200,
  'cabinet.js': 16_200,
  'news-editor.js': 19_600,
  'poll.js': 11_900,
  'participation.js': 20_350,
  'moderation.js': 21_800,
  'icra-moderation.js': 33_450,
};

function read(file: string): string {
  return readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
}

describe('bundle size', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    it(`dist/${file} stays within ${budget} bytes gzipped`, () => {
      expect(gzippedSize(file)).toBeLessThanOrEqual(budget);
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
    expect(code).toContain('icra-sign-in');
    expect(code).toContain('icra-cabinet');
    expect(code).toContain('icra-poll');
    expect(code).toContain('icra-participation');
    expect(code).not.toContain('icra-news-editor');
    expect(code).not.toContain('icra-moderation');
  });

  it('dist/icra-news-editor.js is self-contained and registers the editor', () => {
    const code = read('icra-news-editor.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-news-editor');
  });

  it('dist/icra-moderation.js is self-contained and registers the moderation desk', () => {
    const code = read('icra-moderation.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-moderation');
    expect(code).toContain('icra-sign-in');
    expect(code).not.toContain('icra-news-editor');
  });

  it('the per-widget files leave lit, @lit/context and the SDK to the bundler', () => {
    for (const file of [
      'news.js',
      'sign-in.js',
      'cabinet.js',
      'news-editor.js',
      'poll.js',
      'moderation.js',
    ]) {
      const code = moduleText(file);
      expect(code).toMatch(/from\s*["']lit["']/);
      expect(code).toMatch(/from\s*["']@icra\/sdk["']/);
      expect(code).not.toContain('ReactiveElement.finalize');
    }
  });

  it('decorators were compiled away (experimentalDecorators applied)', () => {
    for (const file of [
      'icra.js',
      'icra-news-editor.js',
      'news.js',
      'sign-in.js',
      'cabinet.js',
      'news-editor.js',
      'poll.js',
      'icra-moderation.js',
      'moderation.js',
    ]) {
      expect(read(file)).not.toMatch(/(^|[\s;{}])@(property|state|consume|provide)\b/);
    }
  });
});
