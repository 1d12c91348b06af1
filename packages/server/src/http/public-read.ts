import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import {
  ifNoneMatchMatches,
  type PublicReadCache,
  type Representation,
  rawRequestKey,
} from './public-cache.js';
import { header, requestHeader } from './request.js';
import { corsHeaders } from './respond.js';

/** 304 when `If-None-Match` matches the representation's ETag, else the body. */
function respond(rep: Representation, ifNoneMatch: string | undefined, origin: string | undefined): Response {
  const headers = origin === undefined ? rep.headers : { ...rep.headers, ...corsHeaders(origin) };
  if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, rep.etag)) {
    const { 'Content-Type': _contentType, ...notModified } = headers;
    return new Response(null, { status: 304, headers: notModified });
  }
  return new Response(rep.body, { status: 200, headers });
}

/**
 * Sends a public read from a route handler and remembers the raw request for the fast lane.
 * Without an admitted Origin the prepared headers object is sent as is.
 */
export function sendRepresentation(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  rep: Representation,
) {
  cache.alias(rawRequestKey(c.req.url, header(c, 'accept-language')), key);
  return respond(rep, header(c, 'if-none-match'), c.get('corsOrigin'));
}

/**
 * Answers a public read from the cache, loading it on a miss. `load` returns undefined for
 * "not found", which the caller turns into its 404 problem.
 */
export async function publicRead(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation>,
): Promise<Response>;
export async function publicRead(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation | undefined>,
): Promise<Response | undefined>;
export async function publicRead(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation | undefined>,
): Promise<Response | undefined> {
  const rep = cache.get(key) ?? (await cache.load(key, load));
  return rep === undefined ? undefined : sendRepresentation(c, cache, key, rep);
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
  return (request: Request, env: unknown): Response | undefined => {
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
    return respond(rep, requestHeader(request, env, 'if-none-match'), admitted);
  };
}
