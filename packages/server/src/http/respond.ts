import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
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

/**
 * Headers of an answer for its caller only: never stored by shared caches, and different per token
 * and language. `own` adds to them (Location, ETag, Content-Language…).
 */
export function privateHeaders(c: Context<AppEnv>, own: Record<string, string> = {}): Record<string, string> {
  return apiHeaders(c, {
    'Cache-Control': 'no-store',
    Vary: 'Authorization, Accept-Language, Origin',
    ...own,
  });
}

/** A response whose body is the JSON of a `T`, as `c.json()` types it. */
export type JsonResponse<T, S extends StatusCode> = Response & TypedResponse<JSONParsed<T>, S, 'json'>;

/** A response without a body (204, 304), as `c.body(null, status)` types it. */
export type EmptyResponse<S extends StatusCode> = Response & TypedResponse<null, S, 'body'>;

declare const serializedFrom: unique symbol;

/** JSON text serialized from a `T`: prepared once, sent as is (a cached representation, a problem). */
export type JsonText<T> = string & { readonly [serializedFrom]: T };

export function jsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/** The bytes of a {@link JsonText} in a content coding (brotli, gzip): still a `T` once decoded. */
export type CodedJson<T> = Uint8Array & { readonly [serializedFrom]: T };

/** Marks `bytes` as `text` in a content coding; compression.ts made them from it. */
export function codedJson<T>(_text: JsonText<T>, bytes: Uint8Array): CodedJson<T> {
  return bytes as CodedJson<T>;
}

/**
 * The typed equivalent of `c.json()` and `c.body(null)` for bodies prepared beforehand: JSON text
 * of a `T` (typed as that `T`'s JSON), or no body. Unlike `c.json()` it keeps `headers` as the one
 * plain object it is given, which @hono/node-server writes on its fast path. This is the one place
 * a prepared response's type is asserted; JsonText<T> can only come from jsonText(value: T), and
 * CodedJson<T> from a JsonText<T>.
 */
export function prepared<T, S extends ContentfulStatusCode>(
  body: JsonText<T> | CodedJson<T>,
  status: S,
  headers: Readonly<Record<string, string>>,
): JsonResponse<T, S>;
export function prepared<S extends StatusCode>(
  body: null,
  status: S,
  headers: Readonly<Record<string, string>>,
): EmptyResponse<S>;
export function prepared(
  body: string | Uint8Array | null,
  status: StatusCode,
  headers: Readonly<Record<string, string>>,
) {
  return new Response(body as string | Uint8Array<ArrayBuffer> | null, { status, headers });
}
