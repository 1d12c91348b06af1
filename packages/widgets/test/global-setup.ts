/**
 * Starts the real @icra/server for the browser tests: a fresh PGlite data dir in a temp folder,
 * seeded with the demo content, on a free port of 127.0.0.1, serving this package's dist/ at
 * /widgets/; provides its URL as `apiUrl`.
 * Demo mode admits the test page's http://localhost:<port> origin through CORS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp, openPgliteDatabase } from '@icra/server';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icra-widgets-test-'));
  const database = await openPgliteDatabase({ dataDir: join(dataDir, 'pglite'), seed: true });
  // /widgets/ serves this package's dist/ (built before the tests run), as in production.
  const widgetsDir = fileURLToPath(new URL('../dist/', import.meta.url));
  const app = createApp({ database, demo: true, widgetsDir, log: { error: console.error, warn() {} } });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  project.provide('apiUrl', `http://127.0.0.1:${port}`);

  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
