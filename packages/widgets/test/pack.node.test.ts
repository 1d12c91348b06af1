// The packages as npm would publish them: each pack (npm pack of the built package) passes
// `publint --strict` and `attw --profile esm-only` with nothing reported, carries the licence, a
// README and source maps whose sources are in the pack or in the map; the widgets' manifest names
// files of the pack; and a project that installs the tarballs of @icra/forms, @icra/sdk and
// @icra/widgets compiles with `tsc --strict` (no skipLibCheck) against every entry point and the
// first example of each README. turbo builds every package this one depends on before its tests
// (`test` depends on `build`, which depends on `^build`), so the packs hold this commit's build.
//
// The install is offline when npm's cache holds the dependencies (it does after `npm ci`): the
// temporary project gets a lockfile made from the repository's, so npm needs no registry
// metadata, only the tarballs that the repository's own install fetched.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages published from this repository; the consumer installs the first three. */
const PUBLISHED = ['forms', 'sdk', 'widgets', 'server'] as const;
const INSTALLED = ['forms', 'sdk', 'widgets'] as const;
type Name = (typeof PUBLISHED)[number];

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: { type: string; url: string; directory?: string };
  homepage?: string;
  bugs?: { url: string };
  dependencies?: Record<string, string>;
  exports: Record<string, string | { types?: string; default?: string }>;
}
interface Pack {
  dir: string;
  tarball: string;
  integrity: string;
  size: number;
  files: string[];
  pkg: PackageJson;
}
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/** npm without what the npm that runs this test passes its children (workspace, prefix, …). */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_registry']);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || keep.has(key.toLowerCase())) env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

async function sh(command: string, args: string[], cwd: string) {
  try {
    return await run(command, args, { cwd, env: npmEnv(), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

/** The script of a package's command (`publint`, `attw`, `tsc`), as npm installed it here. */
async function bin(pkg: string, command: string): Promise<string> {
  for (let dir = fileURLToPath(new URL('..', import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', pkg, 'package.json');
    const text = await readFile(manifest, 'utf8').catch(() => undefined);
    if (text)
      return join(dirname(manifest), (JSON.parse(text) as { bin: Record<string, string> }).bin[command]!);
    if (dirname(dir) === dir) throw new Error(`${pkg} is not installed`);
  }
}

let work: string;
const packs = {} as Record<Name, Pack>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'icra-pack-'));
  for (const name of PUBLISHED) {
    const dir = join(repo, 'packages', name);
    const { stdout } = await sh(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
      dir,
    );
    const [info] = JSON.parse(stdout) as {
      filename: string;
      integrity: string;
      size: number;
      files: { path: string }[];
    }[];
    const tarball = join(work, info!.filename);
    const unpacked = join(work, 'unpacked', name);
    await mkdir(unpacked, { recursive: true });
    await sh('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], work);
    const pkg = JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8')) as PackageJson;
    packs[name] = {
      dir: unpacked,
      tarball,
      integrity: info!.integrity,
      size: info!.size,
      files: info!.files.map((file) => file.path),
      pkg,
    };
  }
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.each(PUBLISHED)('the pack of @icra/%s', (name) => {
  it('passes publint --strict with nothing to report', async () => {
    const { stdout, stderr } = await sh(
      'node',
      [await bin('publint', 'publint'), 'run', packs[name].tarball, '--strict'],
      work,
    );
    expect(`${stdout}${stderr}`).toContain('All good!');
  }, 60_000);

  it('passes attw --profile esm-only with nothing to report', async () => {
    // The pack made above, as `attw --pack` would make it; no DefinitelyTyped look-up (the
    // packages ship their own types, and it would need the registry). attw exits with an error on
    // any problem the profile does not ignore (it ignores node10 and require() resolution).
    const { stdout } = await sh(
      'node',
      [
        await bin('@arethetypeswrong/cli', 'attw'),
        packs[name].tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'ascii',
        '--no-color',
      ],
      work,
    );
    const reported = stdout.split('\n').filter((line) => /❌|💀|⚠️|🐛|❗|🥴|🎭/u.test(line));
    expect(reported.filter((line) => !line.includes('(ignored'))).toEqual([]);
  }, 120_000);

  it('carries the licence, a README and where the code lives', async () => {
    const { pkg, files, dir } = packs[name];
    expect(files).toContain('LICENSE');
    expect(await readFile(join(dir, 'LICENSE'), 'utf8')).toBe(await readFile(join(repo, 'LICENSE'), 'utf8'));
    expect(files).toContain('README.md');
    const readme = await readFile(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`npm install [^\\n]*${pkg.name}`));
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/icra-portal/icra.git',
      directory: `packages/${name}`,
    });
    expect(pkg.homepage).toBe(`https://github.com/icra-portal/icra/tree/main/packages/${name}#readme`);
    expect(pkg.bugs).toEqual({ url: 'https://github.com/icra-portal/icra/issues' });
    for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
      if (dependency.startsWith('@icra/')) expect(range, dependency).toMatch(/^\^/);
    }
  });

  it('has source maps whose every source is in the pack or in the map', async () => {
    const { files, dir } = packs[name];
    const maps = files.filter((file) => file.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(await readFile(join(dir, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      sources.forEach((source, index) => {
        const shipped = posix.normalize(posix.join(posix.dirname(map), source));
        if (typeof sourcesContent?.[index] !== 'string' && !files.includes(shipped)) {
          missing.push(`${map}: ${source}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('the widgets pack', () => {
  it('ships every module and reference that custom-elements.json names', async () => {
    const { files, dir } = packs.widgets;
    expect(files).toContain('custom-elements.json');
    const manifest = await readFile(join(dir, 'custom-elements.json'), 'utf8');
    const named = new Set<string>();
    JSON.parse(manifest, (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value);
      return value;
    });
    expect(named.size).toBeGreaterThan(5);
    for (const file of named) expect(files, file).toContain(file);
  });
});

/**
 * The workspace lockfile's entries for the dependencies of the installed packages, transitively,
 * each found as Node would from the package that needs it and placed at the same path (a
 * workspace package's own node_modules becomes that of the installed package).
 */
function lockClosure(workspace: Record<string, LockEntry>, roots: { from: string; deps: string[] }[]) {
  const placed: Record<string, LockEntry> = {};
  const target = (path: string) => path.replace(/^packages\/([^/]+)/, 'node_modules/@icra/$1');
  const lookUp = (from: string, dep: string): string | undefined => {
    for (let base = from; ; ) {
      const candidate = base ? `${base}/node_modules/${dep}` : `node_modules/${dep}`;
      if (workspace[candidate]) return candidate;
      if (!base) return undefined;
      const at = base.lastIndexOf('/node_modules/');
      base = at >= 0 ? base.slice(0, at) : '';
    }
  };
  const queue = [...roots];
  while (queue.length > 0) {
    const { from, deps } = queue.shift()!;
    for (const dep of deps) {
      if (dep.startsWith('@icra/')) continue;
      const found = lookUp(from, dep);
      if (!found) throw new Error(`${dep}, needed by ${from}, is not in package-lock.json`);
      if (placed[target(found)]) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = workspace[found]!;
      placed[target(found)] = entry;
      const optionalPeers = entry.peerDependenciesMeta ?? {};
      queue.push({
        from: found,
        deps: [
          ...Object.keys(entry.dependencies ?? {}),
          ...Object.keys(entry.optionalDependencies ?? {}).filter((optional) => lookUp(found, optional)),
          ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional),
        ],
      });
    }
  }
  return placed;
}

describe('a TypeScript project that installs the tarballs', () => {
  let consumer: string;

  beforeAll(async () => {
    consumer = join(work, 'consumer');
    await mkdir(join(consumer, 'src'), { recursive: true });
    const dependencies = Object.fromEntries(
      INSTALLED.map((name) => [packs[name].pkg.name, `file:../${posix.basename(packs[name].tarball)}`]),
    );
    const pkg = { name: 'icra-consumer', version: '1.0.0', private: true, type: 'module', dependencies };
    await writeFile(join(consumer, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

    const workspace = (
      JSON.parse(await readFile(join(repo, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, LockEntry>;
      }
    ).packages;
    const packages: Record<string, LockEntry> = {
      '': { name: pkg.name, version: pkg.version, dependencies },
    };
    for (const name of INSTALLED) {
      const { pkg: packed, integrity, tarball } = packs[name];
      packages[`node_modules/${packed.name}`] = {
        version: packed.version,
        resolved: `file:../${posix.basename(tarball)}`,
        integrity,
        license: packed.license,
        ...(packed.dependencies ? { dependencies: packed.dependencies } : {}),
      };
    }
    Object.assign(
      packages,
      lockClosure(
        workspace,
        INSTALLED.map((name) => ({
          from: `packages/${name}`,
          deps: Object.keys(packs[name].pkg.dependencies ?? {}),
        })),
      ),
    );
    const lock = { name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages };
    await writeFile(join(consumer, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    await sh('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], consumer);
  }, 180_000);

  it('has what npm installed from the tarballs, not from the workspace', async () => {
    for (const name of INSTALLED) {
      const installed = join(consumer, 'node_modules', '@icra', name);
      const files = await readdir(installed);
      expect(files).toContain('LICENSE');
      expect(files).not.toContain('src');
    }
  });

  it('compiles with tsc --strict against every entry point and each README example', async () => {
    const sources: Record<string, string> = {};
    // Every entry point with types, imported the way a Node ESM project does (NodeNext).
    const imports: string[] = [];
    for (const name of INSTALLED) {
      const { pkg } = packs[name];
      for (const [subpath, target] of Object.entries(pkg.exports)) {
        if (typeof target !== 'object' || !target.types) continue;
        const specifier = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
        imports.push(`export * as e${imports.length} from '${specifier}';`);
      }
    }
    expect(imports.length).toBeGreaterThanOrEqual(14);
    sources['entries.ts'] = `${imports.join('\n')}\n`;
    // What the one-script-tag bundle's types promise: load(), and the elements it defines.
    sources['loader.ts'] = [
      "import { load, type IcraPoll } from '@icra/widgets/icra.js';",
      "await load('icra-poll');",
      "const poll: IcraPoll | null = document.querySelector('icra-poll');",
      'const tag: string | undefined = poll?.tagName;',
      "document.querySelector('icra-cabinet')?.addEventListener('icra-sign-in', (event) => event.detail);",
      '// @ts-expect-error: icra.js exports the element classes as types only',
      'new IcraPoll();',
      'export { tag };',
      '',
    ].join('\n');
    for (const name of INSTALLED) {
      const readme = await readFile(join(packs[name].dir, 'README.md'), 'utf8');
      const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(example, `a TypeScript example in the README of @icra/${name}`).toBeTruthy();
      sources[`readme-${name}.ts`] = `${example}\nexport {};\n`;
    }
    for (const [file, text] of Object.entries(sources)) await writeFile(join(consumer, 'src', file), text);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: true,
        skipLibCheck: false,
      },
      include: ['src'],
    };
    await writeFile(join(consumer, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    await sh('node', [await bin('typescript', 'tsc'), '-p', 'tsconfig.json'], consumer);
  }, 120_000);

  it('runs the SDK and the forms in Node from the installed packs', async () => {
    const script = [
      "import { createIcraClient } from '@icra/sdk';",
      "import { langValues } from '@icra/sdk/enums';",
      "import { progressFetch } from '@icra/sdk/upload';",
      "import { localizeForm, validateAnswers } from '@icra/forms';",
      "const client = createIcraClient({ baseUrl: 'http://127.0.0.1:9', lang: 'en' });",
      'console.log(JSON.stringify([typeof client.listNews, typeof progressFetch, langValues,',
      '  typeof localizeForm, typeof validateAnswers]));',
    ].join('\n');
    await writeFile(join(consumer, 'smoke.mjs'), script);
    const { stdout } = await sh('node', ['smoke.mjs'], consumer);
    expect(JSON.parse(stdout)).toEqual(['function', 'function', ['az', 'en', 'ru'], 'function', 'function']);
  });
});
