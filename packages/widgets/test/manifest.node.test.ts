// The committed custom-elements.json must be what the analyzer makes of src/ now, and it must
// describe every element src/ registers. On failure run `npm run manifest -w @icra/widgets` and
// commit the result.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the analyzer's CLI module ships without types
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { describe, expect, it } from 'vitest';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  events?: { name?: string; type?: { text: string } }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** What `npm run manifest` writes, without writing it: same config file, same formatting. */
async function analyze(): Promise<string> {
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: packageDir, noWrite: true });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every tag that a source file registers, by `customElements.define('…'` or `@customElement('…')`. */
async function tagsDefinedInSource(): Promise<string[]> {
  const tags = new Set<string>();
  const files = await readdir(new URL('../src/', import.meta.url), { recursive: true });
  for (const file of files) {
    if (!file.endsWith('.ts') || /\.(test|stories)\.ts$/.test(file)) continue;
    const source = await readFile(new URL(`../src/${file}`, import.meta.url), 'utf8');
    for (const match of source.matchAll(
      /(?:customElements\.define|@customElement)\(\s*['"]([a-z][\w-]*-[\w-]*)['"]/g,
    )) {
      tags.add(match[1]!);
    }
  }
  return [...tags].sort();
}

describe('custom-elements.json', async () => {
  const committed = await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8');
  const manifest = JSON.parse(committed) as Manifest;
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );

  it('is what the analyzer makes of src/ now (else: npm run manifest -w @icra/widgets)', async () => {
    expect(committed).toBe(await analyze());
  }, 60_000);

  it('describes every element that src/ registers', async () => {
    const described = elements.map((element) => element.tagName).sort();
    expect(described).toEqual(await tagsDefinedInSource());
    expect(described).toContain('icra-news');
    expect(described).toContain('icra-config');
  });

  it('gives every element a description and every event a name (doc comments: @event name - …)', () => {
    for (const element of elements) {
      expect(element.description, `<${element.tagName}> has no doc comment`).toBeTruthy();
      for (const event of element.events ?? []) {
        expect(
          event.name,
          `<${element.tagName}> dispatches an undocumented ${event.type?.text}`,
        ).toBeTruthy();
      }
    }
  });
  it('names the modules the package ships and exports, not its sources', async () => {
    const packageJson = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, string | { types?: string; default?: string }>;
      files: string[];
    };
    const exported = Object.values(packageJson.exports)
      .flatMap((target) =>
        typeof target === 'object' && target.types && target.default ? [target.default] : [],
      )
      .map((file) => file.replace(/^\.\//, ''))
      .sort();
    expect(manifest.modules.map((module) => module.path)).toEqual(exported);
    const referenced = new Set<string>();
    JSON.stringify(manifest, (key, value) => {
      if (key === 'module' && typeof value === 'string') referenced.add(value);
      return value;
    });
    for (const module of referenced) expect(exported, `a reference names ${module}`).toContain(module);
  });

  it("lists as icra.js's definitions exactly the elements its loader defines", async () => {
    const loader = await readFile(new URL('../src/loader.ts', import.meta.url), 'utf8');
    const chunks = loader.slice(
      loader.indexOf('const CHUNKS'),
      loader.indexOf('};', loader.indexOf('const CHUNKS')),
    );
    const tags = [...chunks.matchAll(/'(icra-[a-z-]+)': \(\) => import\(/g)].map((match) => match[1]).sort();
    expect(tags).toContain('icra-news');
    const icra = manifest.modules.find((module) => module.path === 'dist/icra.js');
    const defined = (icra?.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => entry.name)
      .sort();
    expect(defined).toEqual(tags);
  });
});
