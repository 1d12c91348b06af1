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
