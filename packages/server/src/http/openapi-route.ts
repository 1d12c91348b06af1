import type { OpenAPIHono, RouteConfig, RouteHandler, z } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import type { StatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import { MAX_REQUEST_BODY_BYTES, tooLargeDetail } from './body.js';
import { PUBLIC_CACHE_CONTROL } from './conditional.js';
import type { AppEnv } from './env.js';
import { PROBLEM_CONTENT_TYPE, ProblemSchema, problemBody, problemResponse } from './problem.js';
import { refuseNul } from './text.js';

/** The context a route's handler gets: its validated input is typed from the route's schemas. */
export type RouteContext<R extends RouteConfig> = Parameters<RouteHandler<R, AppEnv>>[0];

/** Whether a media type is JSON (`application/json`, `application/problem+json`…). */
type IsJson<M> = M extends `application/${infer Start}json${string}`
  ? Start extends '' | `${string}+`
    ? true
    : false
  : false;

/** The response of one media type of a declared response: JSON of its schema's type, or bytes. */
type MediaResponse<M, Media, S extends StatusCode> =
  IsJson<M> extends true
    ? Media extends { schema: infer Schema extends z.ZodType }
      ? TypedResponse<JSONParsed<z.output<Schema>>, S, 'json'>
      : never
    : TypedResponse<Uint8Array | ArrayBuffer | ReadableStream, S, 'body'>;

/** The responses a declared status allows: one per media type of its content, or no body. */
type StatusResponse<Spec, S extends StatusCode> = Spec extends { content: infer Content }
  ? { [M in keyof Content]: MediaResponse<M, Content[M], S> }[keyof Content]
  : TypedResponse<null, S, 'body'>;

/**
 * What a handler of route R may return: one of R's declared responses, with its status, and for
 * JSON the type of that status's schema. `c.json(body, status)` and `c.body(null, status)` give
 * such responses, and so do problem(), conditional() and prepared() for bodies made beforehand.
 * A status R does not declare, a body of another shape or a bare `new Response()` does not compile.
 */
export type RouteResponse<R extends RouteConfig> = {
  [K in keyof R['responses']]: StatusResponse<R['responses'][K], StatusOf<K>>;
}[keyof R['responses']];

/** A declared status as a number: spread response objects (`...errorResponses`) key it as a string. */
type StatusOf<K> = K extends StatusCode ? K : K extends `${infer N extends StatusCode}` ? N : never;

type MaybePromise<T> = T | Promise<T>;

/**
 * Registers a route: its request is validated by the route's zod schemas, and its handler's
 * answers are checked by the compiler against the responses the route declares (see
 * {@link RouteResponse}). Stricter than `app.openapi()`, which lets a route with any response
 * without a body (a 204 or a 304) return any Response at all.
 */
export function route<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  config: R,
  handler: (c: RouteContext<R>) => MaybePromise<Response & RouteResponse<R>>,
): void {
  // Every route's text input is checked for U+0000 after its own middleware (authorization answers
  // first) and before its validators: no route can forget it, and routes added later get it too.
  const own = config.middleware === undefined ? [] : [config.middleware].flat();
  const guarded = { ...config, middleware: [...own, refuseNul(config)] } as R;
  app.openapi(withBodyLimit(guarded), handler);
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The 413 that limitBodies() (body.ts) answers to any write whose body is larger than its route
 * accepts, before the route runs: the generic limit, unless the route declares its own (an upload).
 */
export const requestTooLargeResponse = {
  413: {
    description: `The request body is larger than ${MAX_REQUEST_BODY_BYTES.toLocaleString('en')} bytes (2 MiB; \`request-too-large\`), refused before it is read.`,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: ProblemSchema,
        example: problemBody(
          { name: 'request-too-large', status: 413, detail: tooLargeDetail(MAX_REQUEST_BODY_BYTES) },
          'en',
        ),
      },
    },
  },
} as const;

/** A write's config with the body limit's 413 declared, unless it declares a 413 itself. */
function withBodyLimit<R extends RouteConfig>(config: R): R {
  if (!WRITE_METHODS.has(config.method) || '413' in config.responses) return config;
  return { ...config, responses: { ...config.responses, ...requestTooLargeResponse } };
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
