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

/** The paths (below `path`) of every string, and every object key, of `value` that holds U+0000. */
function nulPaths(value: unknown, path: Array<string | number>, found: Array<Array<string | number>>) {
  if (found.length >= 20) return;
  if (typeof value === 'string') {
    if (hasNul(value)) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) nulPaths(item, [...path, index], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasNul(key)) found.push([...path, key]);
      else nulPaths(item, [...path, key], found);
    }
  }
}

/** Any value; an issue (message key `nul`) at every string in it that holds U+0000. */
export const NulFreeSchema = z.unknown().superRefine((value, ctx) => {
  const found: Array<Array<string | number>> = [];
  nulPaths(value, [], found);
  for (const path of found) ctx.addIssue({ code: 'custom', path, params: { field: 'nul' }, input: value });
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
