/**
 * The committed SQL migrations (drizzle/) are what drizzle-kit generates from src/db/schema.ts:
 * generating again against a copy of them finds nothing to do.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const drizzleKit = join(dirname(createRequire(import.meta.url).resolve('drizzle-kit')), 'bin.cjs');

describe('migrations', () => {
  it('are up to date with the schema', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'icra-drift-'));
    try {
      await cp(join(packageRoot, 'drizzle'), scratch, { recursive: true });
      const before = (await readdir(scratch, { recursive: true })).sort();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          drizzleKit,
          'generate',
          '--dialect',
          'postgresql',
          '--schema',
          './src/db/schema.ts',
          // drizzle-kit prefixes "./" to the folder, so it is given relative to the package.
          '--out',
          relative(packageRoot, scratch),
        ],
        { cwd: packageRoot },
      );
      expect(stdout).toContain('No schema changes');
      expect((await readdir(scratch, { recursive: true })).sort()).toEqual(before);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
