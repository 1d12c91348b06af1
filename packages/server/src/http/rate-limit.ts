/**
 * Rate limits in fixed windows, counted in the database (rate_limit_counters) so that every instance
 * on one PostgreSQL shares them: one atomic upsert … RETURNING hits for all the buckets of all the
 * requests that arrive together (db/group-commit.ts). Sign-in (/oauth/authorize, /oauth/demo/sign-in,
 * /oauth/token) is limited per client IP and per client_id; authenticated writes per principal (see
 * idempotency.ts for where that runs).
 *
 * Answers that were counted carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (the
 * tightest bucket); over the limit the answer is a 429 problem with Retry-After. Public reads never
 * get here.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { lt, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/database.js';
import { GroupCommit } from '../db/group-commit.js';
import { rateLimitCounters } from '../db/schema.js';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';
import { header } from './request.js';

/** Requests admitted per window; 0 turns that limit off. */
export interface RateLimits {
  /** Window length in seconds (default 60). */
  windowSeconds: number;
  /**
   * Sign-in requests per client IP per window (default 120: one sign-in is three requests, and many
   * citizens may share an address behind carrier-grade NAT).
   */
  signInPerIp: number;
  /** Sign-in requests per client_id (authority) per window, over all its visitors (default 1200). */
  signInPerClient: number;
  /** POST/PATCH/PUT/DELETE requests per signed-in caller per window (default 120). */
  writesPerPrincipal: number;
}

export const DEFAULT_RATE_LIMITS: Readonly<RateLimits> = Object.freeze({
  windowSeconds: 60,
  signInPerIp: 120,
  signInPerClient: 1200,
  writesPerPrincipal: 120,
});

export interface RateLimitHit {
  bucket: string;
  limit: number;
}

/** One request to count: its buckets, in its window. */
interface CountedRequest {
  buckets: string[];
  windowStart: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The headers for the answer: RateLimit-* always, Retry-After when refused. */
  headers: Record<string, string>;
}

const SWEEP_INTERVAL_MS = 60_000;

export class RateLimiter {
  readonly limits: Readonly<RateLimits>;
  readonly #db: Db;
  readonly #now: () => number;
  #lastSweep = 0;
  /** The counting of concurrent requests, one upsert for all of them (db/group-commit.ts). */
  readonly #counts = new GroupCommit<CountedRequest, number[]>((requests) => this.#count(requests));

  constructor(db: Db, limits: Partial<RateLimits> = {}, now: () => number = Date.now) {
    this.#db = db;
    this.limits = { ...DEFAULT_RATE_LIMITS, ...limits };
    this.#now = now;
  }

  /**
   * Adds the requests to their buckets' counters in ONE atomic upsert … RETURNING, and answers for
   * each request the count of each of its buckets as of that request, as if they had come one after
   * the other in the order given (a bucket's n requests of the batch get its total − n + 1 … total).
   */
  async #count(requests: CountedRequest[]): Promise<number[][]> {
    const keyOf = (bucket: string, windowStart: number) => `${windowStart}\n${bucket}`;
    const added = new Map<string, { bucket: string; windowStart: number; hits: number }>();
    for (const { buckets, windowStart } of requests) {
      for (const bucket of buckets) {
        const key = keyOf(bucket, windowStart);
        const counter = added.get(key);
        if (counter) counter.hits += 1;
        else added.set(key, { bucket, windowStart, hits: 1 });
      }
    }
    const rows = await this.#db
      .insert(rateLimitCounters)
      .values([...added.values()].map((a) => ({ ...a, windowStart: new Date(a.windowStart) })))
      .onConflictDoUpdate({
        target: [rateLimitCounters.bucket, rateLimitCounters.windowStart],
        set: { hits: sql`${rateLimitCounters.hits} + excluded.hits` },
      })
      .returning({
        bucket: rateLimitCounters.bucket,
        windowStart: rateLimitCounters.windowStart,
        hits: rateLimitCounters.hits,
      });
    /** Per counter, the count before this batch's first request of it. */
    const before = new Map(
      rows.map((r) => {
        const key = keyOf(r.bucket, r.windowStart.getTime());
        return [key, r.hits - added.get(key)!.hits];
      }),
    );
    return requests.map(({ buckets, windowStart }) =>
      buckets.map((bucket) => {
        const key = keyOf(bucket, windowStart);
        const count = (before.get(key) ?? 0) + 1;
        before.set(key, count);
        return count;
      }),
    );
  }

  /** Counts one request in each bucket (limit 0: not counted) and decides on the tightest one. */
  async hit(hits: RateLimitHit[]): Promise<RateLimitDecision | undefined> {
    const counted = hits.filter((h) => h.limit > 0);
    if (counted.length === 0) return undefined;
    const windowMs = this.limits.windowSeconds * 1000;
    const now = this.#now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const used = await this.#counts.submit({ buckets: counted.map((h) => h.bucket), windowStart });
    this.#sweep(now, windowMs);

    let tightest = { limit: 0, remaining: Number.POSITIVE_INFINITY, over: false };
    for (const [i, h] of counted.entries()) {
      const remaining = Math.max(0, h.limit - used[i]!);
      const over = used[i]! > h.limit;
      const tighter = over === tightest.over ? remaining < tightest.remaining : over;
      if (tighter) {
        tightest = { limit: h.limit, remaining, over };
      }
    }
    const reset = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    const headers: Record<string, string> = {
      'RateLimit-Limit': String(tightest.limit),
      'RateLimit-Remaining': String(tightest.remaining),
      'RateLimit-Reset': String(reset),
    };
    if (tightest.over) headers['Retry-After'] = String(reset);
    return { allowed: !tightest.over, headers };
  }

  /** Drops finished windows now and then (at most once a minute per instance, in the background). */
  #sweep(now: number, windowMs: number): void {
    if (now - this.#lastSweep < SWEEP_INTERVAL_MS) return;
    this.#lastSweep = now;
    const before = new Date(Math.floor(now / windowMs) * windowMs - windowMs);
    this.#db
      .delete(rateLimitCounters)
      .where(lt(rateLimitCounters.windowStart, before))
      .then(
        () => {},
        () => {},
      );
  }
}

/** The 429 answer. */
export function tooManyRequests(c: Context<AppEnv>, headers: Record<string, string>): Response {
  return problem(c, { name: 'too-many-requests', status: 429, headers });
}

/** Adds the RateLimit-* headers of a counted request to the answer the route gave. */
export function withRateLimitHeaders(c: Context<AppEnv>, headers: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  } catch {
    // An answer with immutable headers (e.g. a proxied fetch) goes out without them.
  }
}

/**
 * The caller's IP address. With `trustedProxies` = N > 0 the server is behind N proxies it trusts,
 * each appending to X-Forwarded-For: the address N entries from the right is the client's (the
 * entries to its left are whatever the client sent and prove nothing). Otherwise, or when the header
 * is shorter than that, it is the socket's peer address.
 */
export function clientIp(c: Context<AppEnv>, trustedProxies: number): string | undefined {
  if (trustedProxies > 0) {
    const forwarded = header(c, 'x-forwarded-for');
    if (forwarded !== undefined) {
      const hops = forwarded
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const client = hops[hops.length - trustedProxies];
      if (client !== undefined) return client;
    }
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not served by @hono/node-server (app.request() in tests): no socket.
    return undefined;
  }
}

const CLIENT_ID = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * The sign-in endpoints' limits: per client IP and per client_id (from the query of /oauth/authorize,
 * the form of /oauth/token, the signed form token of /oauth/demo/sign-in: not verified here, only
 * counted under the id it claims, so a forged one can only spend that authority's budget together
 * with its IP's).
 */
export function signInRateLimit(
  limiter: () => RateLimiter,
  trustedProxies: number,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'POST') return next();
    const rate = limiter();
    const clientId = await signInClientId(c);
    const ip = clientIp(c, trustedProxies);
    const hits: RateLimitHit[] = [];
    // In process (app.request()) there is no client address to count.
    if (ip !== undefined) hits.push({ bucket: `sign-in:ip:${ip}`, limit: rate.limits.signInPerIp });
    if (clientId !== undefined) {
      hits.push({ bucket: `sign-in:client:${clientId}`, limit: rate.limits.signInPerClient });
    }
    const decision = await rate.hit(hits);
    if (decision === undefined) return next();
    if (!decision.allowed) return tooManyRequests(c, decision.headers);
    await next();
    withRateLimitHeaders(c, decision.headers);
  };
}

async function signInClientId(c: Context<AppEnv>): Promise<string | undefined> {
  let value: string | undefined;
  if (c.req.method === 'GET') {
    value = c.req.query('client_id');
  } else if (
    (header(c, 'content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')
  ) {
    // Read through Hono's body cache, so the route reads the same body again.
    const form = new URLSearchParams(await c.req.text());
    value = form.get('client_id') ?? formTokenClientId(form.get('form_token'));
  }
  return value !== undefined && value !== null && CLIENT_ID.test(value) ? value : undefined;
}

/** The client_id a demo page's form token claims (its payload, unverified: only used for counting). */
function formTokenClientId(token: string | null): string | undefined {
  const payload = token?.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const id = (claims.req as Record<string, unknown> | undefined)?.client_id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
