/**
 * Runs the server as the `icra-server` command does: configuration from the environment, the
 * database, the app on @hono/node-server, and a graceful stop. main.ts adds the process concerns
 * (exit codes, signals); tests call this directly.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { closeApp, createApp, type IcraApp } from './app.js';
import { findInstalledWidgets, loadConfig, type ServerConfig } from './config.js';
import { type OpenedDatabase, openDatabase } from './database.js';

/** The environment does not configure a server; `errors` says why, one line per variable. */
export class ConfigError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid configuration: ${errors.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The ballot secret of an embedded data folder, kept in `<dataDir>.ballot-secret` (mode 0600) beside
 * the folder, not in it: a copy of the database files alone does not carry it. Made at first start
 * (exclusively: of two starts at once one writes it and both read it).
 */
export async function ballotSecretBeside(dataDir: string): Promise<string> {
  const path = `${dataDir.replace(/[/\\]+$/, '')}.ballot-secret`;
  try {
    await writeFile(path, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = (await readFile(path, 'utf8')).trim();
  if (secret.length < 32)
    throw new ConfigError([`${path}: the ballot secret in it is shorter than 32 characters`]);
  return secret;
}

export interface RunningServer {
  readonly url: string;
  readonly config: ServerConfig;
  readonly database: OpenedDatabase;
  /** Stops accepting, lets requests in flight finish (up to the grace period), closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Pick<Console, 'log' | 'warn' | 'error'>;
  /** How long requests in flight may take to finish once stopping (default 10 s). */
  shutdownGraceMs?: number;
}

export async function startServer(
  env: NodeJS.ProcessEnv,
  options: StartOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? console;
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new ConfigError(loaded.errors);
  const config = loaded.config;

  const widgetsDir = config.widgetsDir ?? findInstalledWidgets();
  if (widgetsDir === undefined) {
    log.warn(
      'icra-server: the widget bundle was not found (build @icra/widgets or set ICRA_WIDGETS_DIR); ' +
        '/widgets/* will answer 404',
    );
  }

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    seed: config.demo,
  });
  // Without ICRA_PUBLIC_URL the issuer names the port actually listened on, known once listening.
  let publicUrl = config.publicUrl;
  const appRef: { app?: IcraApp } = {};
  const fetch: IcraApp['fetch'] = (request, env, executionCtx) =>
    appRef.app!.fetch(request, env, executionCtx);

  let server: Server;
  let address: AddressInfo;
  try {
    ({ server, address } = await new Promise<{ server: Server; address: AddressInfo }>((resolve, reject) => {
      const s = serve({ fetch, port: config.port, hostname: config.host }, (info) =>
        resolve({ server: s as Server, address: info }),
      ) as Server;
      s.once('error', reject);
    }));
  } catch (error) {
    await database.close().catch(() => {});
    throw new Error(`cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }

  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  // The issuer is where the server is reached: the address it listens on, or for every address
  // (0.0.0.0, ::) this machine's own name for itself.
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  publicUrl ??= wildcard ? `http://localhost:${address.port}` : url;
  let ballotSecret: string;
  try {
    ballotSecret = config.ballotSecret ?? (await ballotSecretBeside(config.dataDir));
  } catch (error) {
    server.close();
    await database.close().catch(() => {});
    throw error;
  }
  const app = createApp({
    database,
    ballotSecret,
    ballotBatch: config.ballotBatch,
    demo: config.demo,
    widgetsDir: widgetsDir ?? null,
    log,
    publicUrl,
    rateLimits: config.rateLimits,
    trustedProxies: config.trustedProxies,
    ...(config.oidc ? { oidc: config.oidc } : {}),
  });
  appRef.app = app;
  const storage =
    database.kind === 'postgres'
      ? 'PostgreSQL'
      : `embedded PGlite in ${config.dataDir} (no fsync on commit: use DATABASE_URL for durable storage)`;
  log.log(`icra-server listening on ${url}  (API docs: ${url}/docs)`);
  log.log(`  database: ${storage}${database.seeded ? ', demo content loaded' : ''}`);
  log.log(`  demo mode: ${config.demo ? 'on' : 'off'}; widgets: ${widgetsDir ?? 'not installed'}`);
  log.log(
    `  sign-in: ${config.oidc ? `OpenID Connect issuer ${config.oidc.issuer}` : 'demo identity provider'}; ` +
      `token issuer ${publicUrl}`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve, reject) => {
      const force = setTimeout(() => {
        log.warn('icra-server: requests still open after the grace period, closing them');
        server.closeAllConnections();
      }, options.shutdownGraceMs ?? 10_000);
      force.unref();
      // Stop accepting; idle keep-alive connections close now, busy ones once their response is sent.
      server.close(() => {
        clearTimeout(force);
        // The ballot work in flight (a fold's vacuum, a closed poll's rewrite) ends before the database.
        closeApp(app)
          .then(() => database.close())
          .then(resolve, reject);
      });
      server.closeIdleConnections();
    });
    return stopping;
  };

  return { url, config, database, stop };
}
