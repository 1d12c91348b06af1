/**
 * Idempotency-Key on writes: a retried POST/PATCH/PUT/DELETE with the same key gets the first answer
 * and changes nothing twice. The middleware that enforces it is applied to every write centrally
 * (app.ts); a write route only declares the header in its request so that the OpenAPI document (and
 * the SDK generated from it) shows it:
 *
 *   request: { params: …, headers: IdempotencyHeadersSchema }
 *   request: { headers: IdempotencyHeadersSchema.extend({ 'If-Match': … }) }
 */
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/database.js';
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
      '1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request ' +
      '(method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes ' +
      'nothing; the same key with a different request is 422; while the first is still running, 409 with ' +
      '`Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours.',
    example: '2f1c6d3e-9b7a-4c55-8f10-6a2d9e4b7c01',
  });

/** The request headers of a write route: spread or `.extend()` it into the route's `request.headers`. */
export const IdempotencyHeadersSchema = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema });

/** Methods that write: every request with one of them by a signed-in caller goes through here. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_KEY_TTL = '24 hours';

/** A key still pending after this long belongs to an attempt that died with its instance: it may be reclaimed. */
export const IDEMPOTENCY_ABANDONED_AFTER = '5 minutes';

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

export interface WriteSafetyOptions {
  db: () => Db;
  tokens: () => AccessTokenVerifier;
  limiter: () => RateLimiter;
  /** Where a failure to keep an answer is reported. */
  log?: () => Pick<Console, 'error'>;
}

/**
 * The middleware applied to every request (app.ts), before routing: for a POST/PUT/PATCH/DELETE with a
 * valid bearer token it counts the write against the caller's rate limit and, when the request has an
 * Idempotency-Key, claims the key or answers from it. Everything else passes straight through (the
 * route's guard still decides who may call it; an invalid token is its 401 to give).
 */
/**
 * The anonymous ballot (docs/ballot-secrecy.md): passed straight through before any token is read,
 * so no rate-limit bucket, idempotency record or log line ties a principal to it.
 */
const BALLOT_PATH = /^\/v1\/participation\/polls\/[^/]+\/ballots\/?$/;

export function writeSafety(options: WriteSafetyOptions): MiddlewareHandler<AppEnv> {
  let lastSweep = 0;
  return async (c, next) => {
    if (BALLOT_PATH.test(c.req.path)) return next();
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const authorization = header(c, 'authorization');
    const bearer = authorization === undefined ? null : BEARER_AUTHORIZATION.exec(authorization);
    if (!bearer) return next();
    let principal: Principal;
    try {
      principal = await options.tokens().verifyAccessToken(bearer[1]!);
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

    const key = header(c, 'idempotency-key');
    if (key === undefined) {
      await next();
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
    const url = new URL(c.req.url);
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
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await claimKey(db, record, fingerprint)) {
        await next();
        try {
          await settle(db, record, fingerprint, c);
        } catch (error) {
          // The write is done: its answer goes out. Retries get 409 until the claim counts as abandoned.
          options.log?.().error('icra: could not keep the answer of an Idempotency-Key', error);
        }
        withRateLimitHeaders(c, rateHeaders);
        return;
      }
      const stored = await findKey(db, record);
      if (stored === undefined) continue; // released (5xx) or swept meanwhile: claim again
      if (stored.fingerprint !== fingerprint) {
        return problem(c, { name: 'idempotency-key-reused', status: 422, headers: rateHeaders });
      }
      if (stored.state === 'pending' || stored.status === null) {
        return problem(c, {
          name: 'idempotency-in-progress',
          status: 409,
          headers: { ...rateHeaders, 'Retry-After': '1' },
        });
      }
      return replay(c, stored, rateHeaders);
    }
    return problem(c, {
      name: 'idempotency-in-progress',
      status: 409,
      headers: { ...rateHeaders, 'Retry-After': '1' },
    });
  };
}

type KeyRecord = { principal: string; key: string };

/** Claims the key (or an expired or abandoned record of it); false when someone holds it. */
async function claimKey(db: Db, record: KeyRecord, fingerprint: string): Promise<boolean> {
  const t = idempotencyKeys;
  const claimed = await db
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
      setWhere: sql`${t.createdAt} < now() - ${IDEMPOTENCY_KEY_TTL}::interval
        or (${t.state} = 'pending' and ${t.createdAt} < now() - ${IDEMPOTENCY_ABANDONED_AFTER}::interval)`,
    })
    .returning({ key: t.key });
  return claimed.length === 1;
}

async function findKey(db: Db, record: KeyRecord) {
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

/** Keeps the answer for the retries, or releases the key when the attempt failed on the server (5xx). */
async function settle(db: Db, record: KeyRecord, fingerprint: string, c: Context<AppEnv>): Promise<void> {
  const t = idempotencyKeys;
  const mine = and(eq(t.principal, record.principal), eq(t.key, record.key), eq(t.fingerprint, fingerprint));
  const response = c.res;
  if (response.status >= 500) {
    await db.delete(t).where(and(mine, eq(t.state, 'pending')));
    return;
  }
  const responseBody = response.body === null ? '' : await response.clone().text();
  const responseHeaders: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) responseHeaders[name] = value;
  }
  await db
    .update(t)
    .set({ state: 'done', status: response.status, responseHeaders, responseBody })
    .where(and(mine, eq(t.state, 'pending')));
}

function replay(
  c: Context<AppEnv>,
  stored: {
    status: number | null;
    responseHeaders: Record<string, string> | null;
    responseBody: string | null;
  },
  rateHeaders: Record<string, string>,
): Response {
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
