#!/usr/bin/env node
/**
 * icra-server: configuration from the environment (see config.ts), the database (PGlite by default,
 * PostgreSQL with DATABASE_URL), the app on @hono/node-server, and a graceful stop on SIGTERM/SIGINT.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { findInstalledWidgets, loadConfig } from './config.js';
import { openDatabase } from './db/open.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error('icra-server: invalid configuration');
    for (const error of loaded.errors) console.error(`  ${error}`);
    process.exit(1);
  }
  const config = loaded.config;

  const widgetsDir = config.widgetsDir ?? findInstalledWidgets();
  if (widgetsDir === undefined) {
    console.warn(
      'icra-server: the widget bundle was not found (build @icra/widgets or set ICRA_WIDGETS_DIR); /widgets/* will answer 404',
    );
  }

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    seed: config.demo,
  });
  const app = createApp({ database, demo: config.demo, widgetsDir: widgetsDir ?? null });

  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: config.host },
    (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const storage =
        database.kind === 'postgres'
          ? 'PostgreSQL'
          : `embedded PGlite in ${config.dataDir} (no fsync: use DATABASE_URL for durable storage)`;
      console.log(`icra-server listening on http://${host}:${info.port}  (API docs: /docs)`);
      console.log(`  database: ${storage}${database.seeded ? ', demo content loaded' : ''}`);
      console.log(`  demo mode: ${config.demo ? 'on' : 'off'}; widgets: ${widgetsDir ?? 'not installed'}`);
    },
  );
  server.on('error', async (error) => {
    console.error(`icra-server: cannot listen on ${config.host}:${config.port}: ${error.message}`);
    await database.close().catch(() => {});
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`icra-server: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`icra-server: ${signal}, finishing requests in flight`);
    const force = setTimeout(() => {
      console.error('icra-server: requests still open after the grace period, closing them');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Stop accepting; idle keep-alive connections are closed now, busy ones after their response.
    server.close(async () => {
      clearTimeout(force);
      try {
        await database.close();
        console.log('icra-server: stopped');
        process.exit(0);
      } catch (error) {
        console.error('icra-server: closing the database failed', error);
        process.exit(1);
      }
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('icra-server: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
