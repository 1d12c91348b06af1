/**
 * CORS for the API. A browser on another origin may call the API when the origin is registered by
 * one of the authorities (authorities.allowed_origins, read from the database through the public-read
 * cache and invalidated with it) or, in demo mode, when it is any http://localhost:<port> or
 * http://127.0.0.1:<port>. A request from any other origin gets no CORS headers at all, so the
 * browser withholds the answer; its preflight is refused with a 403 problem.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';
import { header } from './request.js';

const DEMO_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export const CORS_ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
export const CORS_ALLOWED_HEADERS =
  'Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key';
const PREFLIGHT_MAX_AGE = '600';

export interface CorsPolicyOptions {
  /** Admit http://localhost:<port> and http://127.0.0.1:<port>. */
  demo: boolean;
  /** The registered origins, normalized (`new URL(o).origin`). May be served from a cache. */
  registeredOrigins: () => ReadonlySet<string> | Promise<ReadonlySet<string>>;
}

/** `new URL(o).origin` of a configured origin, or undefined if it is not an http(s) origin. */
export function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function corsPolicy(options: CorsPolicyOptions): (origin: string) => boolean | Promise<boolean> {
  return (origin) => {
    if (options.demo && DEMO_ORIGIN.test(origin)) return true;
    const registered = options.registeredOrigins();
    if (registered instanceof Promise) return registered.then((set) => set.has(origin));
    return registered.has(origin);
  };
}

/**
 * Decides CORS before the route runs: admitted origins are put in `c.var.corsOrigin`, which the
 * response helpers turn into headers; preflights are answered here.
 */
export function cors(isAllowed: (origin: string) => boolean | Promise<boolean>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = header(c, 'origin');
    if (origin === undefined) return next();
    const allowed = await isAllowed(origin);
    const preflight = c.req.method === 'OPTIONS' && header(c, 'access-control-request-method') !== undefined;
    if (preflight) {
      if (!allowed) return problem(c, { name: 'origin-not-allowed', status: 403 });
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
          'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
          'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
          Vary: 'Origin',
        },
      });
    }
    if (allowed) c.set('corsOrigin', origin);
    return next();
  };
}
