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
 * The loader's chunks (dist/icra.js and dist/chunks/) as the build lists them in
 * dist/icra-manifest.json: file → the files it imports statically.
 */
function loaderImports() {
  const manifest = JSON.parse(read('icra-manifest.json'));
  return new Map(
    Object.values(manifest).map((chunk) => [
      chunk.file,
      (chunk.imports ?? []).map((key) => manifest[key].file),
    ]),
  );
}

/**
 * The files a page that uses the elements `tags` (say `['icra-news']`) fetches through icra.js:
 * the loader, each element's chunk (chunks/news-[hash].js; `<icra-config>` lives in
 * chunks/shared-[hash].js) and all they import. The loader fetches these in parallel.
 */
export function pageFiles(tags) {
  const imports = loaderImports();
  const files = new Set(['icra.js']);
  const add = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of imports.get(file) ?? []) add(imported);
  };
  for (const tag of tags) {
    const name = tag === 'icra-config' ? 'shared' : tag.replace(/^icra-/, '');
    const file = [...imports.keys()].find((candidate) => candidate.startsWith(`chunks/${name}-`));
    if (!file) throw new Error(`no chunk for <${tag}> in dist/icra-manifest.json`);
    add(file);
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
