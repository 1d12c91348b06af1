import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

/** Packages npm users get from their own node_modules (and share with other code on the page). */
const EXTERNAL = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@icra\/sdk($|\/)/,
  /^ky($|\/)/,
  /^@cloudflare\/blindrsa-ts($|\/)/,
];

/**
 * What the loader's widget chunks share, in one chunk: Lit, @lit/context, ky, the SDK, the
 * compiler's helpers, core/, `<icra-config>` and loader-shared.ts (the API default) — but for the
 * parts of core/ only some widgets use (news' rich text, the attachment downloads, the polls' date
 * and time format, the form controller of the poll and participation, the file picker of the
 * participation form and the editor, the optional files of the participation and reception forms,
 * the Baku times and meetings of the reception widgets, the drafts' keeper of the forms that keep one, the
 * SDK's upload with progress of the service form), which the bundler puts in
 * chunks of their own, fetched with the widget in the same round trip. The small core modules stay shared: splitting them all out saved 0.2–0.6 kB a
 * page for two or three more files (measured). Nor the blind-signature library, which only the
 * poll's ballot imports, on demand (src/poll/ballot.ts): in the shared chunk it would be fetched by
 * every page, and with the first render of every widget; out of it, it stays in the ballot's
 * chunk (chunks/ballot-[hash].js), fetched when a citizen who may vote sees an open poll. Its
 * import() goes through Vite's preload helper like the loader's own, which lives in icra.js: the
 * poll's chunk imports it from `../icra.js`, the very module the page's script tag runs.
 */
const SHARED =
  /node_modules[\\/]|[\\/]packages[\\/]sdk[\\/]|^\0@oxc-project[\\/+]|[\\/]src[\\/](core|config)[\\/]|[\\/]src[\\/]loader-shared\.ts$/;
const NOT_SHARED =
  /[\\/]src[\\/]core[\\/](rich-text|download|date-time|form-controller|file-picker|chosen-files|draft-keeper|baku-time|reception-format)\.ts$|[\\/]packages[\\/]sdk[\\/](src|dist)[\\/]upload\.[jt]s$|node_modules[\\/]@cloudflare[\\/]blindrsa-ts[\\/]|node_modules[\\/]@cfworker[\\/]|[\\/]packages[\\/]forms[\\/]/;

/** chunks/news-[hash].js, …: a widget's chunk is named after its folder. */
function loaderChunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  if (chunk.name === 'shared') return 'chunks/shared-[hash].js';
  const widget = chunk.moduleIds
    .map((id) => id.match(/[\\/]src[\\/]([a-z-]+)[\\/]define\.ts$/)?.[1])
    .find(Boolean);
  return `chunks/${widget ?? chunk.name}-[hash].js`;
}

/**
 * Two library builds into dist/:
 * - `vite build` — ESM for npm and bundlers: dist/index.js (every widget) and one file per widget
 *   (dist/news.js, dist/sign-in.js, dist/cabinet.js), with lit, @lit/context, @icra/sdk and ky left as imports;
 * - `vite build --mode standalone` — dist/icra.js: the loader the portal serves at /widgets/icra.js
 *   for `<script type="module">`, with the reader widgets in dist/chunks/ (Lit and the SDK inside,
 *   no bare imports), which it imports as a page uses them (src/loader.ts). Built as an app, not a
 *   library, for Vite's preload helper: each `import()` of the loader also fetches the chunks that
 *   chunk imports, at once (from `<link rel="modulepreload">`s relative to icra.js: `base: './'`),
 *   so a page waits one round trip after icra.js, not two or three. The chunks and their imports
 *   are listed in dist/icra-manifest.json (read by the size budgets and the benchmark);
 * - `vite build --mode standalone-editor` — dist/icra-news-editor.js: the same for `<icra-news-editor>`,
 *   which only an authority's editors need (kept out of icra.js, which every reader loads);
 * - `vite build --mode standalone-moderation` — dist/icra-moderation.js: the same for
 *   `<icra-moderation>`, which only an authority's moderators need;
 * - `vite build --mode standalone-service-desk` — dist/icra-service-desk.js: the same for
 *   `<icra-service-desk>`, which only an authority's service officers need;
 * - `vite build --mode standalone-reception-desk` — dist/icra-reception-desk.js: the same for
 *   `<icra-reception-desk>`, which only an authority's reception officers need.
 * Decorators: Oxc reads `experimentalDecorators` and `useDefineForClassFields: false` from
 * tsconfig.json (the size test checks the bundle holds no untransformed `@property`).
 */
export default defineConfig(({ mode }) => {
  const standalone =
    mode === 'standalone' ||
    mode === 'standalone-editor' ||
    mode === 'standalone-moderation' ||
    mode === 'standalone-service-desk' ||
    mode === 'standalone-reception-desk';
  const loader = mode === 'standalone';
  const entry: Record<string, string> =
    mode === 'standalone-editor'
      ? { 'icra-news-editor': src('news-editor/standalone.ts') }
      : mode === 'standalone-moderation'
        ? { 'icra-moderation': src('moderation/standalone.ts') }
        : mode === 'standalone-service-desk'
          ? { 'icra-service-desk': src('service-desk/standalone.ts') }
          : mode === 'standalone-reception-desk'
            ? { 'icra-reception-desk': src('reception-desk/standalone.ts') }
            : standalone
              ? { icra: src('icra.ts') }
              : {
                  index: src('index.ts'),
                  news: src('news/index.ts'),
                  'sign-in': src('sign-in/index.ts'),
                  cabinet: src('cabinet/index.ts'),
                  poll: src('poll/index.ts'),
                  participation: src('participation/index.ts'),
                  'service-catalog': src('service-catalog/index.ts'),
                  'service-form': src('service-form/index.ts'),
                  'news-editor': src('news-editor/index.ts'),
                  moderation: src('moderation/index.ts'),
                  'service-desk': src('service-desk/index.ts'),
                  'reception-desk': src('reception-desk/index.ts'),
                  reception: src('reception/index.ts'),
                };
  return {
    ...(loader ? { base: './' } : {}),
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: true,
      emptyOutDir: !standalone,
      reportCompressedSize: false,
      // Not in dist/.vite/: turbo's cache of dist/** leaves dot folders' files out. (The portal serves
      // it at /widgets/icra-manifest.json: chunk names, which icra.js names anyway.)
      manifest: loader ? 'icra-manifest.json' : false,
      // The polyfill is for pages built by Vite (it watches their own <link>s): none here.
      ...(loader ? { modulePreload: { polyfill: false } } : { lib: { entry, formats: ['es' as const] } }),
      rolldownOptions: {
        ...(loader ? { input: entry } : {}),
        external: standalone ? [] : EXTERNAL,
        // index.js imports news.js rather than both sharing a third chunk: news.js may export a
        // few more (internal) bindings than src/news/index.ts does.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite keeps whitespace in ES library builds; nothing here relies on pure annotations,
          // and icra.js goes straight to browsers, so both builds get the full minifier.
          minify: true,
          entryFileNames: '[name].js',
          // The loader's chunks must stay in chunks/ beside icra.js: loader-shared.ts finds the API
          // two levels up from there.
          chunkFileNames: loader ? loaderChunkName : 'chunks/[name]-[hash].js',
          // One shared chunk for the loader's widgets (SHARED), so that every widget chunk imports
          // it and it runs first: `<icra-config>` and the API default are there before any widget.
          ...(loader
            ? {
                codeSplitting: {
                  groups: [{ name: 'shared', test: (id: string) => SHARED.test(id) && !NOT_SHARED.test(id) }],
                },
              }
            : {}),
        },
      },
    },
  };
});
