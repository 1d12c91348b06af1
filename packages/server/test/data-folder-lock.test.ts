/**
 * One process per embedded data folder: while a server has a PGlite folder open, a second one on
 * the same folder (in another process, or in the same one) refuses to start and names the folder;
 * the lock dies with its holder, so after `kill -9` the next start succeeds at once.
 *
 * The servers are the real CLI (src/main.ts, run by tsx) in child processes; the test waits for
 * what they print, never for time to pass.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderLockedError } from '../src/db/data-folder-lock.js';
import { openPgliteDatabase } from '../src/db/pglite.js';
import { LISTENING, type ServerProcess, startServerProcess } from './support/server-process.js';

/** A server on the embedded database in `dataDir`. */
const startServer = (dataDir: string) => startServerProcess({ ICRA_DATA_DIR: dataDir });

describe('one process per embedded data folder', () => {
  let root: string;
  const children: ServerProcess['child'][] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icra-lock-'));
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a second server process on the folder, and starts at once after the first is killed -9', async () => {
    const dataDir = join(root, 'shared');
    const first = startServer(dataDir);
    children.push(first.child);
    await first.url();

    const second = startServer(dataDir);
    children.push(second.child);
    // Either it exits, or it listens too (the fault): whichever comes first.
    const outcome = await Promise.race([second.exited, second.url().then(() => 'listening' as const)]);
    expect(outcome).not.toBe('listening');
    const refused = await second.exited;
    expect(refused.code).toBe(1);
    expect(refused.output).not.toContain(LISTENING);
    expect(refused.output).toContain(
      `icra-server: failed to start: the data folder ${dataDir} is in use by another icra server process (pid ${first.child.pid})`,
    );
    // The first one is not disturbed.
    expect(first.child.exitCode).toBeNull();

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const third = startServer(dataDir);
    children.push(third.child);
    const url = await third.url();
    // It serves from the folder.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    third.child.kill('SIGKILL');
    await third.exited;
  }, 180_000);

  it('refuses a second open in the same process until the first is closed', async () => {
    const dataDir = join(root, 'in-process');
    const first = await openPgliteDatabase({ dataDir });
    try {
      const second = openPgliteDatabase({ dataDir });
      await expect(second).rejects.toBeInstanceOf(DataFolderLockedError);
      await expect(second).rejects.toThrow(`the data folder ${resolve(dataDir)} is in use`);
    } finally {
      await first.close();
    }
    const again = await openPgliteDatabase({ dataDir });
    await again.close();
  }, 120_000);

  it('does not lock in-memory databases', async () => {
    const a = await openPgliteDatabase();
    const b = await openPgliteDatabase();
    await Promise.all([a.close(), b.close()]);
  }, 60_000);
});
