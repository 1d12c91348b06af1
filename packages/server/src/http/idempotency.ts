/**
 * Idempotency-Key on writes: a retried POST/PATCH/PUT/DELETE with the same key gets the first answer
 * and changes nothing twice. The middleware that enforces it is applied to every write centrally
 * (app.ts); a write route only declares the header in its request so that the OpenAPI document (and
 * the SDK generated from it) shows it:
 *
 *   request: { params: …, headers: IdempotencyHeadersSchema }
 *   request: { headers: IdempotencyHeadersSchema.extend({ 'If-Match': … }) }
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { type Db, type Tx, withinTransaction } from '../db/database.js';
import { idempotencyKeys } from '../db/schema.js';
import { bodyLimitOf } from './body.js';
import type { AppEnv } from './env.js';
import { type AccessTokenVerifier, InvalidTokenError, type Principal } from './principal.js';
import { problem } from './problem.js';
import { type RateLimiter, tooManyRequests, withRateLimitHeaders } from './rate-limit.js';
import { BEARER_AUTHORIZATION, header } from './request.js';
import { apiHeaders } from './respond.js';
import { fieldErrors } from './validation.js';

/** The header's name as declared (header names are matched case-insensitively). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1..255 visible ASCII characters (no spaces or control characters). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The optional Idempotency-Key header parameter of a write operation. */
export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(IDEMPOTENCY_KEY_PATTERN)
  .optional()
  .openapi({
    param: { name: IDEMPOTENCY_KEY_HEADER, in: 'header' },
    description:
      'A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: ' +
      '1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together ' +
      'before the answer is sent: an answer you received is kept, and a request whose answer you did not ' +
      'receive (the connection or the server failed) either took effect once, and its retry gets that answer, ' +
      'or not at all, and its retry runs it. A retry with the same key and the same request (method, path and ' +
      'body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key ' +
      'with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer ' +
      'of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours.',
    example: '2f1c6d3e-9b7a-4c55-8f10-6a2d9e4b7c01',
  });

/** The request headers of a write route: spread or `.extend()` it into the route's `request.headers`. */
export const IdempotencyHeadersSchema = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema });

/** Methods that write: every request with one of them by a signed-in caller goes through here. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_KEY_TTL = '24 hours';

/** Headers of the first answer that a replay repeats (the API's own headers are added afresh). */
const KEPT_HEADERS = [
  'content-type',
  'content-language',
  'location',
  'etag',
  'cache-control',
  'vary',
  'last-modified',
];

const SWEEP_INTERVAL_MS = 60_000;

/** The API's own paths: only their writes declare the header, and only theirs are kept by key. */
const API_PATH = /^\/v1\//;

export interface WriteSafetyOptions {
  db: () => Db;
  tokens: () => AccessTokenVerifier;
  limiter: () => RateLimiter;
}

/** The token the middleware verified for the write in progress, and whom it names. */
const verifiedWriter = new AsyncLocalStorage<{ token: string; principal: Principal }>();

/**
 * The principal of `token` when it is the one this middleware verified for the write in
 * progress (the route's guard checks it again inside the write's transaction: answered from here,
 * that check needs no signing keys, which could otherwise be reloading outside the transaction,
 * on PGlite waiting for it to end). Undefined otherwise: verify it as usual.
 */
export function alreadyVerified(token: string): Principal | undefined {
  const writer = verifiedWriter.getStore();
  return writer !== undefined && writer.token === token ? writer.principal : undefined;
}

/**
 * The middleware applied to every request (app.ts), before routing: for a POST/PUT/PATCH/DELETE with a
 * valid bearer token it counts the write against the caller's rate limit and, when a write of the API
 * (/v1/) has an Idempotency-Key, runs it once: in ONE database transaction it takes the key (or finds
 * its answer), runs the route with that transaction ambient (db/database.ts: every query of the
 * route's, and its own transactions as savepoints, are part of it), keeps the answer with the key,
 * and commits; only then does the answer go out. So a key's record and the write it guards exist
 * together or not at all: an answer that was sent was committed with its record, a crash before the
 * commit leaves neither (the database rolls back the transaction of a connection that is gone, and the
 * retry runs afresh at once), and an answer of 5xx is rolled back with the write. Everything else
 * passes straight through (the route's guard still decides who may call it; an invalid token is its
 * 401 to give).
 */
/**
 * The anonymous ballot (docs/ballot-secrecy.md): passed straight through before any token is read,
 * so no rate-limit bucket, idempotency record or log line ties a principal to it.
 */
const BALLOT_PATH = /^\/v1\/participation\/polls\/[^/]+\/ballots\/?$/;

/**
 * Writes that are idempotent by their own design, so an Idempotency-Key adds nothing and is not
 * kept: a ballot credential's request again with the same blinded message is answered with the same
 * signature (features/participation/ballot.ts). Not keeping it also keeps the signature out of a
 * record that names the citizen, and keeps the ballot key's first load (a shared, cached read) out
 * of a write's transaction, where on PGlite it could wait for that very transaction.
 * Matches the OpenAPI path (`{id}`) as well as a request's.
 */
const UNKEYED_WRITE_PATH = /^\/v1\/participation\/polls\/[^/]+\/ballot-credentials\/?$/;

/** Whether a write path ignores Idempotency-Key (the OpenAPI document then does not declare it). */
export function isUnkeyedWrite(path: string): boolean {
  return UNKEYED_WRITE_PATH.test(path);
}

export function writeSafety(options: WriteSafetyOptions): MiddlewareHandler<AppEnv> {
  let lastSweep = 0;
  return async (c, next) => {
    if (BALLOT_PATH.test(c.req.path)) return next();
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const authorization = header(c, 'authorization');
    const bearer = authorization === undefined ? null : BEARER_AUTHORIZATION.exec(authorization);
    if (!bearer) return next();
    const token = bearer[1]!;
    let principal: Principal;
    try {
      principal = await options.tokens().verifyAccessToken(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) return next();
      throw error;
    }

    const limiter = options.limiter();
    const decision = await limiter.hit([
      { bucket: `write:${principal.sub}`, limit: limiter.limits.writesPerPrincipal },
    ]);
    const rateHeaders = decision?.headers ?? {};
    if (decision && !decision.allowed) return tooManyRequests(c, rateHeaders);

    const url = new URL(c.req.url);
    const key =
      API_PATH.test(url.pathname) && !isUnkeyedWrite(url.pathname) ? header(c, 'idempotency-key') : undefined;
    if (key === undefined) {
      // The route's guard is answered from the verification just done (see alreadyVerified).
      await verifiedWriter.run({ token, principal }, next);
      withRateLimitHeaders(c, rateHeaders);
      return;
    }
    const parsed = IdempotencyHeadersSchema.safeParse({ [IDEMPOTENCY_KEY_HEADER]: key });
    if (!parsed.success) {
      return problem(c, {
        name: 'validation',
        status: 400,
        errors: fieldErrors('header', parsed.error),
        headers: rateHeaders,
      });
    }

    // Read (and hashed) up to the route's own limit, never more: limitBodies (app.ts) has refused a
    // larger declared body already, and a body that is larger after all stops being read there.
    // Read before the transaction begins: a slow client does not hold it open.
    const { limit, problem: refusal } = bodyLimitOf(c.req.method, url.pathname);
    const body = await readBody(c, limit);
    if (body === undefined) return problem(c, { ...refusal, status: 413, headers: rateHeaders });
    const fingerprint = sha256(`${c.req.method}\n${url.pathname}${url.search}\n${sha256(body)}`);

    const db = options.db();
    const now = Date.now();
    if (now - lastSweep > SWEEP_INTERVAL_MS) {
      lastSweep = now;
      sweepExpiredKeys(db);
    }

    const record = { principal: principal.sub, key };
    const outcome = await once(db, record, fingerprint, c, () =>
      verifiedWriter.run({ token, principal }, next),
    );
    switch (outcome.kind) {
      case 'ran':
      case 'rolled-back':
        withRateLimitHeaders(c, rateHeaders);
        return;
      case 'busy':
        return problem(c, {
          name: 'idempotency-in-progress',
          status: 409,
          headers: { ...rateHeaders, 'Retry-After': '1' },
        });
      case 'reused':
        return problem(c, { name: 'idempotency-key-reused', status: 422, headers: rateHeaders });
      case 'replay':
        return replay(c, outcome.stored, rateHeaders);
    }
  };
}

type KeyRecord = { principal: string; key: string };

type StoredAnswer = {
  status: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
};

type Outcome =
  | { kind: 'ran' }
  | { kind: 'rolled-back' }
  | { kind: 'busy' }
  | { kind: 'reused' }
  | { kind: 'replay'; stored: StoredAnswer };

/** Thrown inside the transaction to roll it back when the route answered 5xx. */
class ServerFailure extends Error {
  override name = 'ServerFailure';
}

/**
 * The one transaction of a keyed write. On PostgreSQL a duplicate arriving while the first is
 * running finds the key's advisory lock taken and is told so (409, Retry-After: 1) instead of
 * holding a connection while it waits; the lock dies with the first's transaction, commit,
 * rollback or lost connection alike. PGlite runs one transaction at a time: a duplicate waits
 * for the first to commit and replays its answer.
 */
async function once(
  db: Db,
  record: KeyRecord,
  fingerprint: string,
  c: Context<AppEnv>,
  route: () => Promise<void>,
): Promise<Outcome> {
  // A retry of a write that has its answer needs no lock (many may replay at once).
  const answered = answerOf(await findKey(db, record), fingerprint);
  if (answered !== undefined) return answered;
  try {
    return await db.transaction(async (tx): Promise<Outcome> => {
      const lockName = `icra:idempotency:${record.principal}\n${record.key}`;
      const [lock] = await tx
        .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(hashtextextended(${lockName}, 0))` })
        .from(sql`(select 1) as one`);
      if (lock?.locked !== true) return { kind: 'busy' };
      // Not claimable: its answer was committed since the look above (or it expired in between:
      // then the retry claims it).
      if (!(await claimKey(tx, record, fingerprint)))
        return answerOf(await findKey(tx, record), fingerprint) ?? { kind: 'busy' };
      await runRoute(tx, c, route);
      await settle(tx, record, c.res);
      return { kind: 'ran' };
    });
  } catch (error) {
    if (error instanceof ServerFailure) return { kind: 'rolled-back' };
    throw error;
  }
}

/** What a retry is answered from a key's committed record; undefined when it holds no answer. */
function answerOf(
  stored: (StoredAnswer & { fingerprint: string; state: string }) | undefined,
  fingerprint: string,
): Outcome | undefined {
  if (stored === undefined || stored.state !== 'done' || stored.status === null) return undefined;
  if (stored.fingerprint !== fingerprint) return { kind: 'reused' };
  return { kind: 'replay', stored };
}

/**
 * Runs the route with the transaction ambient, in a savepoint: a statement of the route's that
 * failed and that it answered for itself (a 4xx) is rolled back to there, and its answer is kept.
 * A 5xx rolls everything back (ServerFailure); so does a success whose statements could not be
 * kept (the failure goes on to the error handler: 500, and the key stays free).
 */
async function runRoute(tx: Tx, c: Context<AppEnv>, route: () => Promise<void>): Promise<void> {
  try {
    await tx.transaction(async (savepoint) => {
      await withinTransaction(savepoint, route);
      if (c.res.status >= 500) throw new ServerFailure();
    });
  } catch (error) {
    if (error instanceof ServerFailure) throw error;
    if (c.res.status >= 400 && c.res.status < 500) return;
    throw error;
  }
}

/**
 * Claims the key (or an expired record of it, or one left pending by a version of this server that
 * kept claims in a transaction of their own); false when it holds an answer.
 */
async function claimKey(tx: Tx, record: KeyRecord, fingerprint: string): Promise<boolean> {
  const t = idempotencyKeys;
  const claimed = await tx
    .insert(t)
    .values({ ...record, fingerprint })
    .onConflictDoUpdate({
      target: [t.principal, t.key],
      set: {
        fingerprint,
        state: 'pending',
        status: null,
        responseHeaders: null,
        responseBody: null,
        createdAt: sql`now()`,
      },
      setWhere: sql`${t.createdAt} < now() - ${IDEMPOTENCY_KEY_TTL}::interval or ${t.state} = 'pending'`,
    })
    .returning({ key: t.key });
  return claimed.length === 1;
}

async function findKey(db: Db | Tx, record: KeyRecord) {
  const t = idempotencyKeys;
  const rows = await db
    .select({
      fingerprint: t.fingerprint,
      state: t.state,
      status: t.status,
      responseHeaders: t.responseHeaders,
      responseBody: t.responseBody,
    })
    .from(t)
    .where(
      and(
        eq(t.principal, record.principal),
        eq(t.key, record.key),
        sql`${t.createdAt} >= now() - ${IDEMPOTENCY_KEY_TTL}::interval`,
      ),
    );
  return rows[0];
}

/** Keeps the answer with the key, in the write's transaction. */
async function settle(tx: Tx, record: KeyRecord, response: Response): Promise<void> {
  const t = idempotencyKeys;
  const responseBody = response.body === null ? '' : await response.clone().text();
  const responseHeaders: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) responseHeaders[name] = value;
  }
  await tx
    .update(t)
    .set({ state: 'done', status: response.status, responseHeaders, responseBody })
    .where(and(eq(t.principal, record.principal), eq(t.key, record.key)));
}

function replay(c: Context<AppEnv>, stored: StoredAnswer, rateHeaders: Record<string, string>): Response {
  const status = stored.status!;
  const nullBody = status === 204 || status === 205 || status === 304;
  return new Response(nullBody ? null : (stored.responseBody ?? ''), {
    status,
    headers: apiHeaders(c, { ...stored.responseHeaders, ...rateHeaders, 'Idempotent-Replayed': 'true' }),
  });
}

function sweepExpiredKeys(db: Db): void {
  const t = idempotencyKeys;
  db.delete(t)
    .where(sql`${t.createdAt} < now() - ${IDEMPOTENCY_KEY_TTL}::interval`)
    .then(
      () => {},
      () => {},
    );
}

/**
 * The request's body, at most `limit` bytes (undefined beyond: the reading stops there). The request
 * is given a copy of the bytes, so the route reads the same body, as a stream or parsed.
 */
async function readBody(c: Context<AppEnv>, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(header(c, 'content-length'));
  const raw = c.req.raw;
  if (Number.isFinite(declared) && declared > limit) {
    await raw.body?.cancel().catch(() => {});
    return undefined;
  }
  if (raw.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = raw.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks, size);
  c.req.raw = new Request(raw.url, {
    method: raw.method,
    headers: raw.headers,
    body: bytes,
    signal: raw.signal,
  });
  return bytes;
}

function sha256(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('base64url');
}
