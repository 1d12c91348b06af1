import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

/** Packages npm users get from their own node_modules (and share with other code on the page). */
const EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^@icra\/sdk($|\/)/, /^ky($|\/)/];

/**
 * Two library builds into dist/:
 * - `vite build` — ESM for npm and bundlers: dist/index.js (every widget) and one file per widget
 *   (dist/news.js, dist/sign-in.js, dist/cabinet.js), with lit, @lit/context, @icra/sdk and ky left as imports;
 * - `vite build --mode standalone` — dist/icra.js: one self-contained module with everything in it,
 *   which the portal serves at /widgets/icra.js for `<script type="module">`;
 * - `vite build --mode standalone-editor` — dist/icra-news-editor.js: the same for `<icra-news-editor>`,
 *   which only an authority's editors need (kept out of icra.js, which every reader loads);
 * - `vite build --mode standalone-moderation` — dist/icra-moderation.js: the same for
 *   `<icra-moderation>`, which only an authority's moderators need.
 * Decorators: Oxc reads `experimentalDecorators` and `useDefineForClassFields: false` from
 * tsconfig.json (the size test checks the bundle holds no untransformed `@property`).
 */
export default defineConfig(({ mode }) => {
  const standalone =
    mode === 'standalone' || mode === 'standalone-editor' || mode === 'standalone-moderation';
  const entry: Record<string, string> =
    mode === 'standalone-editor'
      ? { 'icra-news-editor': src('news-editor/standalone.ts') }
      : mode === 'standalone-moderation'
        ? { 'icra-moderation': src('moderation/standalone.ts') }
        : standalone
          ? { icra: src('icra.ts') }
          : {
              index: src('index.ts'),
              news: src('news/index.ts'),
              'sign-in': src('sign-in/index.ts'),
              cabinet: src('cabinet/index.ts'),
              poll: src('poll/index.ts'),
              participation: src('participation/index.ts'),
              'news-editor': src('news-editor/index.ts'),
              moderation: src('moderation/index.ts'),
            };
  return {
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: true,
      emptyOutDir: !standalone,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: standalone ? [] : EXTERNAL,
        // index.js imports news.js rather than both sharing a third chunk: news.js may export a
        // few more (internal) bindings than src/news/index.ts does.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite keeps whitespace in ES library builds; nothing here relies on pure annotations,
          // and icra.js goes straight to browsers, so both builds get the full minifier.
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
