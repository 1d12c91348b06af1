/**
 * SIGTERM stops the server cleanly (exit 0, no stack trace, the database closed) at any moment,
 * also while it is still starting. The servers are the real CLI (src/main.ts, run by tsx) in child
 * processes; the test acts on what they print, never on time passing. On PostgreSQL the start is
 * held: the server's connections go through a proxy that passes nothing on until the test has
 * sent the signal, so the signal certainly arrives while the server starts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, POSTGRES_URL } from './support/databases.js';
import {
  type ServerExit,
  type ServerProcess,
  startServerProcess as startServer,
} from './support/server-process.js';

/** A stopped server's output: in order, no stack trace, no failure. */
function expectCleanStop(result: ServerExit) {
  expect(result.signal, result.output).toBeNull();
  expect(result.code, result.output).toBe(0);
  expect(result.output).not.toMatch(/\n\s+at |Error|failed|again, exiting/);
  expect(result.output.trimEnd().endsWith('icra-server: stopped')).toBe(true);
}

/** A TCP proxy to `target` that holds every connection, passing nothing either way, until released. */
function holdingProxy(target: { host: string; port: number }) {
  const held: Socket[] = [];
  let released = false;
  const pass = (socket: Socket) => {
    const upstream = connect(target.port, target.host);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  };
  let connected = () => {};
  const firstConnection = new Promise<void>((done) => {
    connected = done;
  });
  const server: Server = createServer((socket) => {
    connected();
    if (released) pass(socket);
    else {
      socket.pause();
      held.push(socket);
    }
  });
  return {
    listen: () =>
      new Promise<number>((done) =>
        server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)),
      ),
    firstConnection,
    release() {
      released = true;
      for (const socket of held.splice(0)) {
        pass(socket);
        socket.resume();
      }
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('stopping on SIGTERM', () => {
  let root: string;
  const children: ServerProcess['child'][] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'icra-signals-'));
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  it('on PGlite: a SIGTERM as soon as it prints stops it cleanly, and the folder opens again', async () => {
    const dataDir = join(root, 'pglite');
    const first = startServer({ ICRA_DATA_DIR: dataDir });
    children.push(first.child);
    // Its first line: the handlers are installed before it, and the database is not open yet.
    await first.printed('icra-server: starting');
    first.child.kill('SIGTERM');
    expectCleanStop(await first.exited);

    // Closed cleanly: the next server on the folder starts (no lock left, nothing half-written),
    // serves, and stops cleanly on SIGTERM once listening.
    const second = startServer({ ICRA_DATA_DIR: dataDir });
    children.push(second.child);
    const printed = await second.printed('icra-server listening on');
    const url = /icra-server listening on (\S+)/.exec(printed)![1]!;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    const stopped = await second.exited;
    expectCleanStop(stopped);
    expect(stopped.output).toContain('icra-server: SIGTERM, finishing requests in flight');
  }, 180_000);

  it.skipIf(POSTGRES_URL === undefined)(
    'on PostgreSQL: a SIGTERM while the start waits for the database stops it once started, exit 0',
    async () => {
      const database = await createPostgresDatabase();
      const target = new URL(database.url);
      const proxy = holdingProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const port = await proxy.listen();
      const viaProxy = new URL(database.url);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(port);
      try {
        const server = startServer({
          DATABASE_URL: viaProxy.toString(),
          ICRA_DATA_DIR: join(root, 'unused'),
        });
        children.push(server.child);
        // The start is waiting for the database: the signal arrives during it.
        await proxy.firstConnection;
        await server.printed('icra-server: starting');
        server.child.kill('SIGTERM');
        await server.printed('icra-server: SIGTERM while starting, stopping once started');
        expect(server.child.exitCode).toBeNull();
        proxy.release();
        const stopped = await server.exited;
        expectCleanStop(stopped);
        // It did start (migrated, listened) and then stopped, in that order.
        const lines = stopped.output.split('\n');
        const listening = lines.findIndex((line) => line.startsWith('icra-server listening on'));
        const finishing = lines.indexOf('icra-server: SIGTERM, finishing requests in flight');
        expect(listening).toBeGreaterThan(-1);
        expect(finishing).toBeGreaterThan(listening);
      } finally {
        proxy.release();
        await proxy.close();
        await database.drop();
      }
    },
    180_000,
  );
});
