import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { PUBLIC_CACHE_CONTROL } from './conditional.js';
import type { AppEnv } from './env.js';
import { problemResponse } from './problem.js';

/** The context a route's handler gets: its validated input is typed from the route's schemas. */
export type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, AppEnv>>[0];

/**
 * Registers a route whose handler sends a prepared Response (a cached, pre-serialized body or a
 * problem) instead of the typed `c.json()`. Its request is still validated by the route's zod
 * schemas, its responses are still declared by them in the OpenAPI document, and the tests check
 * the bodies against those schemas.
 */
export function route<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  config: R,
  handler: (c: RouteContext<R>) => Response | Promise<Response>,
): void {
  app.openapi(config, handler as never);
}

/** The error responses every API route may give. */
export const errorResponses = {
  400: problemResponse('The query or path is not valid; `errors` points at each rejected field.'),
  500: problemResponse('Something went wrong on the server.'),
} as const;

export const notFoundResponse = { 404: problemResponse('There is no such resource.') } as const;

const etagHeader = {
  description: 'Strong validator of the representation; send it back in If-None-Match.',
  schema: { type: 'string' },
} as const;

const contentLanguageHeader = {
  description: 'The language(s) of the texts served.',
  schema: { type: 'string' },
} as const;

/** Response headers of a cacheable public read. */
export const publicReadHeaders = {
  ETag: etagHeader,
  'Cache-Control': { description: PUBLIC_CACHE_CONTROL, schema: { type: 'string' } },
  'Content-Language': contentLanguageHeader,
} as const;

/** Response headers of a read computed at every request, which caches must revalidate (polls, results). */
export const revalidatedReadHeaders = {
  ETag: etagHeader,
  'Cache-Control': {
    description: 'no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use.',
    schema: { type: 'string' },
  },
} as const;

/** {@link revalidatedReadHeaders} of a list whose texts are in the language asked for. */
export const revalidatedListHeaders = {
  ...revalidatedReadHeaders,
  'Content-Language': contentLanguageHeader,
} as const;

/** The conditional-request parameter and 304 answer of a cacheable public read. */
export const conditionalParameter = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body.',
  schema: { type: 'string' },
} as const;

/** The 304 of a conditional read, with the validator and caching headers its 200 has. */
export function notModifiedResponse<const H extends object>(headers: H) {
  return {
    304: { description: 'The representation the caller holds (If-None-Match) is current.', headers },
  } as const;
}
