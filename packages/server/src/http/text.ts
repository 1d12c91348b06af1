/**
 * Text input never carries U+0000: PostgreSQL (and PGlite) cannot store it in `text` or `jsonb`, and
 * no person types it. One zod refinement ({@link NulFreeSchema}) says where a value holds it, and
 * {@link refuseNul} applies it to the path, the query and the JSON body of every API route (see
 * route() in openapi-route.ts), so that every text field of every request, including fields added
 * later, answers 400 with a field error instead of reaching the database.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';
import { fieldErrors } from './validation.js';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/** Whether a string holds U+0000. */
export function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

/** No request of the API nests deeper than this; deeper values are refused, not walked. */
const MAX_DEPTH = 32;

type Found = Array<{ path: Array<string | number>; field: 'nul' | 'invalid' }>;

/** Where `value` holds U+0000 (in a string or an object key), or nests deeper than MAX_DEPTH. */
function nulPaths(value: unknown, path: Array<string | number>, found: Found) {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (hasNul(value)) found.push({ path, field: 'nul' });
  } else if (value !== null && typeof value === 'object') {
    if (path.length >= MAX_DEPTH) {
      found.push({ path, field: 'invalid' });
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (hasNul(key)) found.push({ path: at, field: 'nul' });
      else nulPaths(item, at, found);
    }
  }
}

/** Any value; an issue (message key `nul`) at every string in it that holds U+0000. */
export const NulFreeSchema = z.unknown().superRefine((value, ctx) => {
  const found: Found = [];
  nulPaths(value, [], found);
  for (const { path, field } of found)
    ctx.addIssue({ code: 'custom', path, params: { field }, input: value });
});

/** The request's JSON body, or undefined when it has none or it is not JSON (its validator says why). */
async function jsonBody(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<unknown> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA.test(mediaType)) return undefined;
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/** The middleware of route(): a 400 with a field error at each path, query or body text holding U+0000. */
export function refuseNul(config: RouteConfig): MiddlewareHandler<AppEnv> {
  const content = config.request?.body?.content ?? {};
  const takesJson = Object.keys(content).some((media) => JSON_MEDIA.test(media));
  return async (c, next) => {
    const errors: ReturnType<typeof fieldErrors> = [];
    const check = (target: string, value: unknown) => {
      const result = NulFreeSchema.safeParse(value);
      if (!result.success) errors.push(...fieldErrors(target, result.error));
    };
    check('param', c.req.param());
    // A repeated parameter is one field: its pointer is /query/<name>, whichever value holds it.
    const queries = Object.entries(c.req.queries()).map(([name, values]) => [name, values.join('\n')]);
    check('query', Object.fromEntries(queries));
    if (takesJson) {
      const body = await jsonBody(c);
      if (body !== undefined) check('json', body);
    }
    if (errors.length > 0) return problem(c, { name: 'validation', status: 400, errors });
    await next();
  };
}
