/**
 * Answering the public reads (news, authorities) from the public-read cache, in a route and on the
 * fast lane in front of the router. Both answer through conditional.ts, so a hit is a 304 when the
 * caller's If-None-Match matches.
 */
import type { Context } from 'hono';
import {
  answer,
  type ConditionalResponse,
  conditional,
  PUBLIC_CACHING,
  type Representation,
  representation,
} from './conditional.js';
import type { AppEnv } from './env.js';
import { type PublicReadCache, rawRequestKey } from './public-cache.js';
import { header, requestHeader } from './request.js';

/** A public read prepared for the cache: publicly cacheable, in `contentLanguage`. */
export function publicRepresentation<T>(value: T, contentLanguage: string): Representation<T> {
  return representation(value, PUBLIC_CACHING, { 'Content-Language': contentLanguage });
}

/**
 * Answers a public read from the cache, loading it on a miss, and remembers the raw request for the
 * fast lane. `load` returns undefined when there is nothing to answer with (not found, or a query the
 * caller turns into a problem); undefined is not cached.
 *
 * A key is loaded only by the one route that makes it (its path is the key's prefix), so what the
 * cache holds under it was made by this same `load`: the entry is a Representation<T>.
 */
export async function publicRead<T>(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation<T>>,
): Promise<ConditionalResponse<T>>;
export async function publicRead<T>(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation<T> | undefined>,
): Promise<ConditionalResponse<T> | undefined>;
export async function publicRead<T>(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation<T> | undefined>,
): Promise<ConditionalResponse<T> | undefined> {
  const rep = (cache.get(key) as Representation<T> | undefined) ?? (await cache.load(key, load));
  if (rep === undefined) return undefined;
  cache.alias(rawRequestKey(c.req.url, header(c, 'accept-language')), key);
  return conditional(c, rep);
}

/**
 * The fast lane, in front of the router: a GET that exactly repeats a public read already answered
 * from the cache (same URL, same Accept-Language) is answered synchronously, without routing,
 * validation or a promise. A request with an Origin (every widget's request is cross-origin) takes
 * it too when the CORS decision is known without waiting (demo origins, or the registered origins
 * already cached); otherwise it takes the full path, and so does everything the cache does not hold.
 * The answer is the very representation, with the very headers, the full path would send.
 */
export function publicReadFastLane(
  cache: PublicReadCache,
  isAllowedOrigin: (origin: string) => boolean | Promise<boolean>,
) {
  return (request: Request, env: unknown): Response | Promise<Response> | undefined => {
    if (request.method !== 'GET') return undefined;
    const rep = cache.getByRawKey(rawRequestKey(request.url, requestHeader(request, env, 'accept-language')));
    if (rep === undefined) return undefined;
    const origin = requestHeader(request, env, 'origin');
    let admitted: string | undefined;
    if (origin !== undefined) {
      const allowed = isAllowedOrigin(origin);
      if (typeof allowed !== 'boolean') return undefined;
      admitted = allowed ? origin : undefined;
    }
    return answer(
      rep,
      requestHeader(request, env, 'if-none-match'),
      admitted,
      requestHeader(request, env, 'accept-encoding'),
    );
  };
}
