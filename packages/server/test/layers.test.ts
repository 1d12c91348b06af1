/**
 * The server's layers point one way, read from the import specifiers of its source files:
 *
 * - http/ (the cross-cutting HTTP pieces) imports no feature;
 * - db/ (opening, migrating, the schema) imports no seed: the demo is loaded by whoever opens the
 *   database, through the openers' afterMigrate hook;
 * - a feature is used from outside its folder only through its public entry, features/<name>/index.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each relative import of a file (static, re-export, side effect or dynamic), as a path under src/. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      relative(SRC, resolve(dirname(file), specifier))
        .split(sep)
        .join('/')
        .replace(/\.js$/, '.ts'),
    );
}

const files = sourceFiles(SRC).map((file) => ({
  path: relative(SRC, file).split(sep).join('/'),
  imports: importsOf(file),
}));

/** `from → to` for every import of a file under `from` that lands under `to`. */
function crossings(from: string, to: string): string[] {
  return files
    .filter((f) => f.path.startsWith(from))
    .flatMap((f) => f.imports.filter((i) => i.startsWith(to)).map((i) => `${f.path} → ${i}`));
}

describe('layers', () => {
  it('reads the imports of the source files', () => {
    // The rules below would pass vacuously if nothing were read.
    expect(files.length).toBeGreaterThan(50);
    expect(files.find((f) => f.path === 'app.ts')?.imports).toContain('http/problem.ts');
  });

  it('http/ imports no feature', () => {
    expect(crossings('http/', 'features/')).toEqual([]);
  });

  it('db/ imports no seed', () => {
    expect(crossings('db/', 'seed/')).toEqual([]);
  });

  it('a feature is imported from outside it only through its index.ts', () => {
    const violations = files.flatMap((f) =>
      f.imports
        .filter((target) => {
          const match = /^features\/([^/]+)\/(.+)$/.exec(target);
          if (!match) return false;
          const [, feature, rest] = match;
          const inside = f.path.startsWith(`features/${feature}/`);
          return !inside && rest !== 'index.ts';
        })
        .map((target) => `${f.path} → ${target}`),
    );
    expect(violations).toEqual([]);
  });
});
