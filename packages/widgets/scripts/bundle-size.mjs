// Bundle size as budgets and the benchmark count it: a built file of dist/ together with every
// file of dist/ it imports, transitively (relative imports only), minified code gzipped at level 9.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);

function read(file) {
  return readFileSync(new URL(file, dist), 'utf8');
}

/** The file and every file of dist/ it imports, transitively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = read(file);
  const imports = [...code.matchAll(/\bfrom\s*["']\.\/([^"']+)["']|\bimport\s*["']\.\/([^"']+)["']/g)];
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [file, ...imports.flatMap((match) => withImports(base + (match[1] ?? match[2]), seen))];
}

/** The code of `file` (a path inside dist/) followed by that of everything it imports. */
export function moduleText(file) {
  return withImports(file).map(read).join('\n');
}

/** Bytes of `file` and what it imports, gzipped at level 9. */
export function gzippedSize(file) {
  return gzipSync(Buffer.from(moduleText(file)), { level: 9 }).length;
}

/**
 * The module src/loader.ts imports for each element, as dist/icra-manifest.json keys it
 * (test/size.node.test.ts checks that these are what icra.js imports).
 */
export const LOADER_ENTRIES = {
  'icra-config': 'src/loader-config.ts',
  'icra-news': 'src/news/define.ts',
  'icra-sign-in': 'src/loader-sign-in.ts',
  'icra-cabinet': 'src/cabinet/define.ts',
  'icra-poll': 'src/loader-poll.ts',
  'icra-participation': 'src/participation/define.ts',
  'icra-service-catalog': 'src/service-catalog/define.ts',
  'icra-service-form': 'src/service-form/define.ts',
  'icra-reception': 'src/reception/define.ts',
};

/** The modules icra.js imports dynamically, as dist/icra-manifest.json keys them. */
export function loaderDynamicImports() {
  return JSON.parse(read('icra-manifest.json'))['src/icra.ts'].dynamicImports ?? [];
}

/**
 * The files a page that uses the elements `tags` (say `['icra-news']`) fetches through icra.js:
 * the loader, the chunk it imports for each element (chunks/news-[hash].js, …) and all that
 * chunk imports, which the loader fetches at the same time.
 */
export function pageFiles(tags) {
  const manifest = JSON.parse(read('icra-manifest.json'));
  const files = new Set(['icra.js']);
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no ${key} in dist/icra-manifest.json`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const tag of tags) {
    if (!Object.hasOwn(LOADER_ENTRIES, tag)) throw new Error(`icra.js loads no <${tag}>`);
    add(LOADER_ENTRIES[tag]);
  }
  return [...files];
}

/** Bytes a page that uses `tags` transfers through icra.js: each file gzipped (level 9) on its own. */
export function pageSize(tags) {
  return pageFiles(tags).reduce(
    (sum, file) => sum + gzipSync(Buffer.from(read(file)), { level: 9 }).length,
    0,
  );
}
