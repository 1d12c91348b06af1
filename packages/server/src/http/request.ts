import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * A request header, lower-case name. Under @hono/node-server the Node request is at hand (Hono's
 * `env.incoming`) and its already-parsed headers are read directly: building a WHATWG `Headers`
 * for the lightweight request costs more than the rest of a cache hit. Elsewhere (tests'
 * `app.request()`, other runtimes) the standard `Request` is used.
 */
export function requestHeader(request: Request, env: unknown, name: string): string | undefined {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming !== undefined) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return request.headers.get(name) ?? undefined;
}

/** {@link requestHeader} of a Hono context. */
export function header(c: Context, name: string): string | undefined {
  return requestHeader(c.req.raw, c.env, name);
}

/** An Authorization header that carries a bearer token; group 1 is the token. */
export const BEARER_AUTHORIZATION = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)\s*$/i;
