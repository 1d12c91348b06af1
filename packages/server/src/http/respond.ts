import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * Headers on every API response. The API only ever returns JSON, so its CSP forbids everything and
 * no page may frame it.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
});

/** Response headers a cross-origin script may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS =
  'ETag, Content-Language, Content-Disposition, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed';

/**
 * All headers of an API response in one plain object: the security headers, the CORS headers when
 * the request's Origin was admitted (see cors.ts), and the response's own. Building one plain object
 * (rather than setting headers one by one after the fact) lets @hono/node-server write the response
 * on its fast path.
 */
export function apiHeaders(c: Context<AppEnv>, own: Record<string, string>): Record<string, string> {
  const origin = c.get('corsOrigin');
  if (origin === undefined) return { ...API_SECURITY_HEADERS, ...own };
  return { ...API_SECURITY_HEADERS, ...corsHeaders(origin), ...own };
}

/** The CORS headers of a response to an admitted origin. */
export function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS };
}

/** A JSON response with the API's headers. */
export function json(
  c: Context<AppEnv>,
  status: number,
  body: string,
  own: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: apiHeaders(c, { 'Content-Type': 'application/json', Vary: 'Origin', ...own }),
  });
}
