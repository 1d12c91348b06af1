/**
 * Configuration of `@custom-elements-manifest/analyzer` for `npm run manifest`, which writes
 * custom-elements.json from the doc comments (`@event`, `@csspart`, `@cssprop`, `@slot`) and the
 * Lit decorators of every element under src/. test/manifest.node.test.ts runs the same analysis
 * and fails when the committed file differs.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Public API only, and each event once: the analyzer also records `this.dispatchEvent(new
 * SomeEvent(…))` as a nameless event of type `SomeEvent`; when the doc comment already names an
 * event of that type (`@event {SomeEvent} some-name - …`), the nameless copy is dropped.
 */
function publicApiOnly() {
  return {
    name: 'icra-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its file walk happens to finish, which varies from
      // run to run: sorted by path, the file is the same every time (the drift test compares text).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
          if (declaration.events) {
            const named = new Set(
              declaration.events.filter((event) => event.name && event.type).map((event) => event.type.text),
            );
            declaration.events = declaration.events.filter(
              (event) => event.name || !named.has(event.type?.text),
            );
          }
        }
      }
    },
  };
}

/**
 * The manifest describes the package as published: its modules are the JavaScript files a page or
 * a bundler imports (`dist/news.js`, `dist/icra.js`, … — the `exports` of package.json that have
 * types), not the sources under src/, which the package does not ship (the schema: `path` is "the
 * JavaScript file needed to be imported"). The analysis runs on src/ as usual; this plugin then
 * maps each entry's source (its types' path: `dist/types/news/index.d.ts` is `src/news/index.ts`)
 * to the entry's file and follows the entry's re-exports to the declarations behind them.
 * - Each declaration appears once, in the most specific entry that exports it (`IcraNews` in
 *   dist/news.js; `IcraElement`, exported only by the root, in dist/index.js); other entries that
 *   export it name it there. An element no entry exports (`<icra-rich-text>`, inside the editor)
 *   is declared by the entry of its folder.
 * - Type-only exports (`export type`, `export { type X }`) are no JavaScript exports: dropped. In
 *   src/icra.ts they name the elements the loader defines: the manifest lists them as icra.js's
 *   element definitions (test/manifest.node.test.ts compares them with the loader's tags).
 * - Every reference to a module (superclass, `inheritedFrom`, …) names the entry that exports the
 *   declaration, or no module when none does.
 */
function shippedModules() {
  /** Type-only export names by source path. */
  const typeOnly = new Map();
  const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const entries = Object.entries(packageJson.exports)
    .filter(([, target]) => typeof target === 'object' && target.types && target.default?.endsWith('.js'))
    .map(([key, target]) => ({
      key,
      shipped: target.default.replace(/^\.\//, ''),
      source: target.types.replace(/^\.\/dist\/types\//, 'src/').replace(/\.d\.ts$/, '.ts'),
    }));
  // Most specific first: one widget's module, then the root's, then the standalone bundles.
  const rank = (entry) => (entry.key === '.' ? 1 : entry.key.endsWith('.js') ? 2 : 0);
  entries.sort((a, b) => rank(a) - rank(b));

  return {
    name: 'icra-shipped-modules',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node)) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      typeOnly.set(moduleDoc.path, names);
      if (!node.exportClause) {
        if (node.isTypeOnly) names.add(`*${node.moduleSpecifier.text}`);
        return;
      }
      if (!ts.isNamedExports(node.exportClause)) return;
      for (const element of node.exportClause.elements) {
        if (node.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const sources = new Map(customElementsManifest.modules.map((module) => [module.path, module]));
      const normalize = (from, specifier) =>
        (specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : specifier)
          .replace(/^\//, '')
          .replace(/\.js$/, '.ts');
      const isTypeOnly = (path, exported) => {
        const names = typeOnly.get(path);
        if (!names) return false;
        if (exported.name !== '*') return names.has(exported.name);
        const target = exported.declaration.module;
        return [...names].some(
          (name) => name.startsWith('*') && normalize(path, name.slice(1)) === normalize(path, target),
        );
      };

      /** The declaration that `name`, exported by the source module `path`, stands for. */
      const resolve = (path, name, seen = new Set()) => {
        const module = sources.get(path);
        if (!module || seen.has(`${path}#${name}`)) return undefined;
        seen.add(`${path}#${name}`);
        const declaration = module.declarations?.find((candidate) => candidate.name === name);
        if (declaration) return { path, declaration };
        for (const exported of module.exports ?? []) {
          if (exported.kind !== 'js' || !exported.declaration.module || isTypeOnly(path, exported)) continue;
          const target = normalize(path, exported.declaration.module);
          if (exported.name === name && target !== path)
            return resolve(target, exported.declaration.name, seen);
          if (exported.name === '*') {
            const found = resolve(target, name, seen);
            if (found) return found;
          }
        }
        return undefined;
      };

      /** What the source module `path` exports: value exports only, `*` expanded. */
      const exportsOf = (path, { types = false } = {}, seen = new Set()) => {
        const module = sources.get(path);
        if (!module || seen.has(path)) return [];
        seen.add(path);
        const found = [];
        for (const exported of module.exports ?? []) {
          if (exported.kind !== 'js' || !exported.declaration.module) continue;
          if (isTypeOnly(path, exported) !== types) continue;
          if (exported.name === '*') {
            found.push(...exportsOf(normalize(path, exported.declaration.module), {}, seen));
            continue;
          }
          const target = normalize(path, exported.declaration.module);
          const resolved =
            target === path ? resolve(path, exported.name) : resolve(target, exported.declaration.name);
          if (resolved) found.push({ name: exported.name, ...resolved });
        }
        return found;
      };

      // Where each declaration lives in the package: `sourcePath#name` → shipped module.
      const home = new Map();
      const key = (path, name) => `${path}#${name}`;
      const declared = new Map(entries.map((entry) => [entry.shipped, []]));
      for (const entry of entries) {
        for (const { path, declaration } of exportsOf(entry.source)) {
          if (home.has(key(path, declaration.name))) continue;
          home.set(key(path, declaration.name), entry.shipped);
          declared.get(entry.shipped).push(declaration);
        }
      }
      /** Elements no entry exports: declared, and defined, by the entries of their folder. */
      const internal = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName || home.has(key(module.path, declaration.name))) continue;
          const dir = posix.dirname(module.path);
          const entry = entries.find((candidate) => posix.dirname(candidate.source) === dir);
          if (!entry)
            throw new Error(`<${declaration.tagName}> (${module.path}) is in no entry of package.json`);
          home.set(key(module.path, declaration.name), entry.shipped);
          declared.get(entry.shipped).push(declaration);
          internal.push({ dir, declaration, module: entry.shipped });
        }
      }
      const definition = (declaration, module) => ({
        kind: 'custom-element-definition',
        name: declaration.tagName,
        declaration: { name: declaration.name, module },
      });
      const homeOf = (path, name) => {
        const resolved = resolve(path, name);
        return resolved && home.get(key(resolved.path, resolved.declaration.name));
      };
      /** Rewrites every `{ name, module }` reference under `value`, found in source module `path`. */
      const relink = (value, path) => {
        if (Array.isArray(value)) for (const item of value) relink(item, path);
        else if (value && typeof value === 'object') {
          if (typeof value.module === 'string' && typeof value.name === 'string') {
            const target = homeOf(normalize(path, value.module), value.name);
            if (target) value.module = target;
            else delete value.module;
          }
          for (const child of Object.values(value)) relink(child, path);
        }
      };

      const modules = entries.map((entry) => {
        const declarations = declared.get(entry.shipped);
        const exports = [];
        for (const { name, path, declaration } of exportsOf(entry.source)) {
          exports.push({
            kind: 'js',
            name,
            declaration: { name: declaration.name, module: home.get(key(path, declaration.name)) },
          });
        }
        const defined = new Map();
        for (const { path, declaration } of [
          ...exportsOf(entry.source),
          ...exportsOf(entry.source, { types: true }),
        ]) {
          if (!declaration.tagName) continue;
          defined.set(declaration.tagName, definition(declaration, home.get(key(path, declaration.name))));
        }
        for (const { dir, declaration, module } of internal) {
          if (dir === posix.dirname(entry.source))
            defined.set(declaration.tagName, definition(declaration, module));
        }
        exports.push(...[...defined.values()].sort((a, b) => (a.name < b.name ? -1 : 1)));
        return { kind: 'javascript-module', path: entry.shipped, declarations, exports };
      });
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) relink(declaration, module.path);
      }
      modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/fixtures.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), shippedModules()],
};
