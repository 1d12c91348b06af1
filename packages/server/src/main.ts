#!/usr/bin/env node
/**
 * icra-server: see server.ts. Exits 1 with a clear message on bad configuration or a failed start;
 * on SIGTERM/SIGINT stops accepting, finishes requests in flight, closes the database and exits 0
 * (also when the signal comes while it is still starting: it stops as soon as it has started).
 *
 * `icra-server rotate-keys` makes a new token signing key in the configured database and retires
 * the current one (it stays published until the tokens it signed have expired); running servers
 * on that database pick the new key up.
 */
import { loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { rotateSigningKey } from './features/identity/index.js';
import { ConfigError, type RunningServer, startServer } from './server.js';

async function rotateKeys(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error('icra-server: invalid configuration');
    for (const line of loaded.errors) console.error(`  ${line}`);
    process.exit(1);
  }
  try {
    const database = await openDatabase({
      databaseUrl: loaded.config.databaseUrl,
      dataDir: loaded.config.dataDir,
    });
    try {
      const kid = await rotateSigningKey(database.db);
      console.log(`icra-server: new signing key ${kid}; the previous one is retired`);
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(
      `icra-server: rotating keys failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === 'rotate-keys') return rotateKeys();
  if (command !== undefined) {
    console.error(`icra-server: unknown command ${JSON.stringify(command)} (commands: rotate-keys)`);
    process.exit(1);
  }
  // The signal handlers come first, so that a signal while starting (opening and migrating the
  // database can take seconds) stops the server cleanly rather than killing the process mid-write:
  // the start is let finish, then the server stops like any other, and the process exits 0.
  let server: RunningServer | undefined;
  let stopping: NodeJS.Signals | undefined;
  const stop = (running: RunningServer, signal: NodeJS.Signals) => {
    console.log(`icra-server: ${signal}, finishing requests in flight`);
    running.stop().then(
      () => {
        console.log('icra-server: stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('icra-server: stopping failed', error);
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`icra-server: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = signal;
    if (server) stop(server, signal);
    else console.log(`icra-server: ${signal} while starting, stopping once started`);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  console.log('icra-server: starting');
  try {
    server = await startServer(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error('icra-server: invalid configuration');
      for (const line of error.errors) console.error(`  ${line}`);
    } else {
      console.error(
        `icra-server: failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    process.exit(1);
  }
  if (stopping) stop(server, stopping);
}

void main();
