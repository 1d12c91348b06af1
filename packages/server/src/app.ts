/**
 * createApp(deps) builds the whole HTTP application without listening: main.ts serves it with
 * @hono/node-server, tests call `app.request()`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DEFAULT_BALLOT_BATCH } from './config.js';
import { type Database, databaseCode } from './db/database.js';
import { registeredOrigins } from './features/authorities/index.js';
import type { FeatureContext, IdentityContext } from './features/context.js';
import {
  DemoPopulationRegistry,
  OidcProvider,
  type OidcSettings,
  type Person,
  type PopulationRegistry,
  SIGNING_KEYS_TABLE,
  SigningKeyStore,
  TokenService,
} from './features/identity/index.js';
import { BallotBox, type BallotSettings } from './features/participation/index.js';
import { DatabaseDocumentStorage, type DocumentStorage } from './features/services/index.js';
import { limitBodies } from './http/body.js';
import { compressResponses } from './http/compression.js';
import { conditional, representation } from './http/conditional.js';
import { cors, corsPolicy } from './http/cors.js';
import { mountDocs } from './http/docs.js';
import type { AppEnv } from './http/env.js';
import { alreadyVerified, writeSafety } from './http/idempotency.js';
import { notFoundText } from './http/messages.js';
import { problem } from './http/problem.js';
import { PublicReadCache, type PublicReadCacheOptions } from './http/public-cache.js';
import { publicReadFastLane } from './http/public-read.js';
import { RateLimiter, type RateLimits, signInRateLimit } from './http/rate-limit.js';
import { serveStatic } from './http/static-files.js';
import { documentOf, newApiApp, registerApi } from './openapi.js';
import { mediaDir as defaultMediaDir } from './paths.js';

export interface AppDeps {
  /** An open database (openDatabase, openPgliteDatabase or openPostgresDatabase). */
  database: Database;
  /** Demo mode: CORS also admits any http://localhost:<port> and http://127.0.0.1:<port>. Default true. */
  demo?: boolean;
  /** Folder served at /widgets/ (the widgets package's dist/); null or omitted: /widgets/* is 404. */
  widgetsDir?: string | null;
  /** Folder served at /media/; default the package's media/. */
  mediaDir?: string;
  /** The public-read cache; one is made when omitted (pass one to inspect it). */
  cache?: PublicReadCache;
  /** Bounds of the cache made when `cache` is omitted. */
  cacheOptions?: PublicReadCacheOptions;
  /**
   * The portal's public URL (scheme://host[:port], no path): `iss` of its access tokens and base of
   * its OAuth endpoints. Instances that share a database must share it. Default http://127.0.0.1:8787
   * (where the server listens by default).
   */
  publicUrl?: string;
  /** The population registry (default: the demo registry of fictional citizens). */
  registry?: PopulationRegistry & { list?: () => Person[] };
  /** An external OpenID Connect issuer to sign citizens in with, instead of the demo provider. */
  oidc?: OidcSettings;
  /** Limits of sign-in and of authenticated writes (defaults: DEFAULT_RATE_LIMITS; 0 turns one off). */
  rateLimits?: Partial<RateLimits>;
  /**
   * How many proxies in front of the server append to X-Forwarded-For (default 0: the client IP is the
   * socket's peer address and X-Forwarded-For is ignored).
   */
  trustedProxies?: number;
  /** The clock of the rate-limit windows, in ms (default Date.now; tests move it). */
  clock?: () => number;
  /** Where unexpected errors are reported (default console). */
  log?: Pick<Console, 'error' | 'warn'>;
  /**
   * The ballot secret the ballot box is sealed with (never stored in the database); default
   * ICRA_BALLOT_SECRET. Instances that share a database must share it. Required with PostgreSQL; with
   * PGlite a random one per process is used when there is none (the server keeps one beside its data
   * folder: see startServer).
   */
  ballotSecret?: string | undefined;
  /** How many ballots are folded into the public tallies at once (default 5, at least 2). */
  ballotBatch?: number | undefined;
  /** Where the bytes of e-service documents are kept (default: the database; see features/services/documents.ts). */
  documents?: DocumentStorage;
}

/** The ballot secret of a process that was given none (in-memory PGlite only). */
let processBallotSecret: Buffer | undefined;

/** Missing configuration of the ballot. */
export class BallotConfigError extends Error {
  override name = 'BallotConfigError';
}

function ballotSettings(deps: AppDeps): BallotSettings {
  const configured = deps.ballotSecret ?? (process.env.ICRA_BALLOT_SECRET || undefined);
  let secret: Buffer;
  if (configured !== undefined) secret = Buffer.from(configured, 'utf8');
  else if (deps.database.kind === 'pglite') secret = processBallotSecret ??= randomBytes(32);
  else {
    throw new BallotConfigError(
      'icra: a ballot secret is required with PostgreSQL (ballotSecret or ICRA_BALLOT_SECRET, the same on every instance)',
    );
  }
  const batchSize = deps.ballotBatch ?? DEFAULT_BALLOT_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 2)
    throw new BallotConfigError('icra: ballotBatch must be 2 or more');
  return { secret, batchSize };
}

export type IcraApp = OpenAPIHono<AppEnv>;

/** The ballot box of each app, for closeApp. */
const ballotBoxes = new WeakMap<IcraApp, BallotBox>();

/**
 * Stops the app's background work (the ballot sweep) and waits for what is in flight (a fold's
 * vacuum, a closed poll's rewrite), so the database can be closed after it without cutting them off.
 */
export async function closeApp(app: IcraApp): Promise<void> {
  await ballotBoxes.get(app)?.close();
}

const WIDGET_HEADERS = {
  // A <script type="module"> from another origin is a CORS fetch.
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
};

/**
 * The widgets' caching by name. A chunk named by its content (`chunks/news-1a2B3c4D.js`) never
 * changes: cached for a year. The loader (`icra.js`) and its chunk list name the chunks of one
 * build, so a browser must not keep an old one after a deploy (it would ask for chunks that are
 * gone): revalidated on every use, a 304 while unchanged.
 */
function widgetCaching(relative: string): Record<string, string> | undefined {
  if (/^chunks\/[\w-]+-[\w-]{8}\.js(\.map)?$/.test(relative))
    return { 'Cache-Control': 'public, max-age=31536000, immutable' };
  if (relative === 'icra.js' || relative === 'icra-manifest.json') return { 'Cache-Control': 'no-cache' };
  return undefined;
}

const MEDIA_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cache-Control': 'public, max-age=86400',
};

/** The sign-in endpoints, rate-limited per client IP and per client_id. */
const SIGN_IN_PATHS = ['/oauth/authorize', '/oauth/demo/sign-in', '/oauth/token'];

/** SVG can carry scripts: opened directly, it may only style itself. */
const SVG_HEADERS = { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" };

/** A small icon: a rounded blue square with a white "i". */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5394"/>' +
  '<circle cx="16" cy="8.5" r="2.5" fill="#fff"/><rect x="13.5" y="13" width="5" height="13" rx="1.5" fill="#fff"/></svg>';

const FAVICON_HEADERS = {
  'Content-Type': 'image/svg+xml',
  'Cache-Control': 'public, max-age=86400',
  'X-Content-Type-Options': 'nosniff',
  ...SVG_HEADERS,
};

/**
 * Whether an error is the caller's fault: an HTTPException below 500, as Hono raises for a body that
 * does not parse (malformed JSON, urlencoded or multipart: see readForm in http/body.ts).
 */
function isClientFault(error: Error): error is HTTPException {
  return error instanceof HTTPException && error.status >= 400 && error.status < 500;
}

/**
 * What a failure's log line says: the error's class, the database code, the route's pattern (not the
 * path, which may carry ids) and the stack frames; never the message, the query's parameters or the
 * body.
 */
function failureRecord(error: Error, c: Context<AppEnv>, requestId: string) {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    requestId,
    method: c.req.method,
    route: c.req.routePath,
    error: error.constructor?.name ?? error.name,
    code: databaseCode(error),
    stack: frames.slice(0, 12).map((line) => line.trim()),
  };
}

export function createApp(deps: AppDeps): IcraApp {
  const { database } = deps;
  const log = deps.log ?? console;
  const cache = deps.cache ?? new PublicReadCache(deps.cacheOptions);

  const issuer = (deps.publicUrl ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const keys = new SigningKeyStore(database.db);
  const tokens = new TokenService(keys, issuer);
  // Inside a keyed write's transaction the route's guard checks the token the write-safety middleware
  // has just verified: it is answered from there, without the signing keys (see alreadyVerified).
  const verifyAccessToken = tokens.verifyAccessToken.bind(tokens);
  tokens.verifyAccessToken = (token) => {
    const principal = alreadyVerified(token);
    return principal === undefined ? verifyAccessToken(token) : Promise.resolve(principal);
  };
  const identity: IdentityContext = {
    keys,
    tokens,
    registry: deps.registry ?? new DemoPopulationRegistry(),
    issuer,
    demo: deps.demo ?? true,
    oidc: deps.oidc ? new OidcProvider(deps.oidc, `${issuer}/oauth/oidc/callback`) : undefined,
  };

  // Content changes (from this or any other instance) drop the cache; while notifications are not
  // arriving it is bypassed. A key rotation on any instance announces itself on the same channel.
  cache.setLive(database.notificationsLive);
  database.onContentChange((change) => {
    if (change.type === 'changed' && change.table === SIGNING_KEYS_TABLE) keys.invalidate();
    else if (change.type === 'changed') cache.invalidate();
    else {
      cache.setLive(change.type === 'restored');
      keys.invalidate();
    }
  });

  // Closed polls are finalized at start and every 30 s (besides on their first read after closing).
  const ballots = new BallotBox(() => database.db, ballotSettings(deps), log);
  ballots.startSweeping();

  const documents = deps.documents ?? new DatabaseDocumentStorage(() => database.db);
  const context: FeatureContext = {
    db: database.db,
    databaseKind: database.kind,
    cache,
    identity,
    ballots,
    documents,
  };
  const app = newApiApp();
  // Outermost: every answer made per request is compressed for those who accept it (compression.ts).
  app.use(compressResponses());

  app.onError((error, c) => {
    if (isClientFault(error)) return problem(c, { name: 'bad-request', status: error.status });
    // Logged without the error's message: a database error's message carries the query and its
    // parameters (citizens' ids, application texts). The request id ties the caller's answer to it.
    const requestId = randomUUID();
    log.error(`icra: unhandled error ${JSON.stringify(failureRecord(error, c, requestId))}`);
    return problem(c, { name: 'internal', status: 500, extensions: { requestId } });
  });
  app.notFound((c) => problem(c, { name: 'not-found', status: 404, detail: notFoundText.route }));

  const isAllowedOrigin = corsPolicy({
    demo: deps.demo ?? true,
    registeredOrigins: () => cache.fact('registeredOrigins', () => registeredOrigins(database.db)),
  });
  const allowOrigin = cors(isAllowedOrigin);
  app.use('/v1/*', allowOrigin);
  app.use('/healthz', allowOrigin);
  app.use('/openapi.json', allowOrigin);
  app.use('/oauth/token', allowOrigin);
  app.use('/oauth/revoke', allowOrigin);

  // Bodies larger than their route accepts are refused before anything reads them (http/body.ts).
  app.use(limitBodies());

  // Write safety: sign-in is rate-limited per client IP and client_id; every write by a signed-in
  // caller per principal, and a write of the API with an Idempotency-Key is done once: the route
  // runs inside the transaction that keeps its key's answer (src/http/idempotency.ts).
  // Reads (GET/HEAD) never touch these tables.
  const limiter = new RateLimiter(database.db, deps.rateLimits, deps.clock);
  const signInLimit = signInRateLimit(() => limiter, deps.trustedProxies ?? 0);
  for (const path of SIGN_IN_PATHS) app.use(path, signInLimit);
  app.use(
    writeSafety({
      db: () => database.db,
      tokens: () => identity.tokens,
      limiter: () => limiter,
    }),
  );

  registerApi(
    app,
    () => context,
    () => log,
  );

  // The document never changes while the server runs: prepared once, revalidated at every use.
  const openApi = representation(documentOf(app), { 'Cache-Control': 'no-cache', Vary: 'Origin' });
  app.get('/openapi.json', (c) => conditional(c, openApi));

  mountDocs(app);

  const widgetsDir = deps.widgetsDir ?? null;
  app.get('/widgets/*', async (c) => {
    if (widgetsDir === null)
      return problem(c, { name: 'not-found', status: 404, detail: notFoundText.widgets });
    const response = await serveStatic(c, {
      root: widgetsDir,
      prefix: '/widgets/',
      headers: WIDGET_HEADERS,
      headersByPath: widgetCaching,
    });
    return response ?? problem(c, { name: 'not-found', status: 404, detail: notFoundText.file });
  });

  const mediaDir = deps.mediaDir ?? defaultMediaDir;
  app.get('/media/*', async (c) => {
    const response = await serveStatic(c, {
      root: mediaDir,
      prefix: '/media/',
      headers: MEDIA_HEADERS,
      headersByExtension: { svg: SVG_HEADERS },
    });
    return response ?? problem(c, { name: 'not-found', status: 404, detail: notFoundText.file });
  });

  // The portal's icon: the sign-in pages link it (their CSP admits only same-origin images), and a
  // browser asks for /favicon.ico on its own.
  for (const path of ['/favicon.svg', '/favicon.ico'])
    app.get(path, (c) => c.body(FAVICON, 200, FAVICON_HEADERS));

  app.get('/', (c) => c.redirect('/docs', 302));

  // Repeated public reads are answered before routing (see publicReadFastLane).
  const fastLane = publicReadFastLane(cache, isAllowedOrigin);
  const route = app.fetch;
  app.fetch = (request, env, executionCtx) => fastLane(request, env) ?? route(request, env, executionCtx);

  ballotBoxes.set(app, ballots);
  return app;
}
