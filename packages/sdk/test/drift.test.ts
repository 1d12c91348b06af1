// The committed contract must be what the server publishes now: the spec snapshot and every
// file generated from it. On failure run `npm run generate` and commit the result.
import { readFile } from 'node:fs/promises';
import { openApiDocument } from '@icra/server';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build script without types
import { renderGeneratedFiles } from '../scripts/codegen.mjs';

describe('generated files', async () => {
  const expected = (await renderGeneratedFiles(openApiDocument())) as Record<string, string>;
  for (const [path, contents] of Object.entries(expected)) {
    it(`${path} is what the server's spec generates (else: npm run generate)`, async () => {
      const committed = await readFile(new URL(`../${path}`, import.meta.url), 'utf8');
      expect(committed).toBe(contents);
    });
  }
});
