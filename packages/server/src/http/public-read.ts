import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { ifNoneMatchMatches, type PublicReadCache, type Representation } from './public-cache.js';
import { header } from './request.js';
import { corsHeaders } from './respond.js';

/**
 * Sends a public read: 304 when `If-None-Match` matches its ETag, else the body. Without an admitted
 * Origin the prepared headers object is sent as is (the hot path allocates only the Response).
 */
export function sendRepresentation(c: Context<AppEnv>, rep: Representation): Response {
  const origin = c.get('corsOrigin');
  const headers = origin === undefined ? rep.headers : { ...rep.headers, ...corsHeaders(origin) };
  const ifNoneMatch = header(c, 'if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatchMatches(ifNoneMatch, rep.etag)) {
    const { 'Content-Type': _contentType, ...notModified } = headers;
    return new Response(null, { status: 304, headers: notModified });
  }
  return new Response(rep.body, { status: 200, headers });
}

/**
 * Answers a public read from the cache, loading it on a miss. `load` returns undefined for
 * "not found", which the caller turns into its 404 problem.
 */
export async function publicRead(
  c: Context<AppEnv>,
  cache: PublicReadCache,
  key: string,
  load: () => Promise<Representation | undefined>,
): Promise<Response | undefined> {
  const rep = cache.get(key) ?? (await cache.load(key, load));
  return rep === undefined ? undefined : sendRepresentation(c, rep);
}
