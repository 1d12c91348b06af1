/**
 * Starts the real @icra/server for the browser tests: a fresh PGlite data dir in a temp folder,
 * seeded with the demo content, on a free port of 127.0.0.1, serving this package's dist/ at
 * /widgets/, folding ballots into the tallies two at a time; provides its URL as `apiUrl`.
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

/** Fails loudly instead of hanging the whole run. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`global setup: ${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icra-widgets-test-'));
  const database = await withTimeout(
    openPgliteDatabase({ dataDir: join(dataDir, 'pglite'), seed: true }),
    90_000,
    'opening the seeded PGlite database',
  );
  // /widgets/ serves this package's dist/ (built before the tests run), as in production.
  const widgetsDir = fileURLToPath(new URL('../dist/', import.meta.url));
  // Ballots reach the public tallies two at a time: a test sees the box folded with two voters.
  // The app is made once the port is known: its issuer is the address it answers on, the `api`
  // the widgets sign in with (they refuse an answer naming another issuer).
  let app: ReturnType<typeof createApp> | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: (request) => app!.fetch(request), port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}`;
  app = createApp({
    database,
    demo: true,
    widgetsDir,
    ballotBatch: 2,
    publicUrl: apiUrl,
    log: { error: console.error, warn() {} },
  });
  project.provide('apiUrl', apiUrl);

  return async () => {
    // The browser may still hold keep-alive connections; do not wait for them.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
    await withTimeout(closed, 10_000, 'closing the server');
    await withTimeout(database.close(), 10_000, 'closing the database');
    await rm(dataDir, { recursive: true, force: true });
  };
}
