#!/usr/bin/env node
/**
 * icra-server: see server.ts. Exits 1 with a clear message on bad configuration or a failed start;
 * on SIGTERM/SIGINT stops accepting, finishes requests in flight, closes the database and exits 0.
 */
import { ConfigError, startServer } from './server.js';

async function main(): Promise<void> {
  let server: Awaited<ReturnType<typeof startServer>>;
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

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`icra-server: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`icra-server: ${signal}, finishing requests in flight`);
    server.stop().then(
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
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

void main();
