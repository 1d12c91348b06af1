/**
 * RFC 9457 problem details: the one way every error leaves the API. Titles and details are in the
 * caller's language; field errors point into the request with a JSON pointer (RFC 6901) such as
 * `/query/limit` or `/path/id`.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';
import { type Lang, negotiateLang } from './lang.js';
import { problemText, type Translations } from './messages.js';
import { apiHeaders, type JsonResponse, jsonText, prepared } from './respond.js';
import { writeSafetyProblemText } from './write-safety-text.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every problem type the API answers with. */
const allProblemText = { ...problemText, ...writeSafetyProblemText };

export type ProblemName = keyof typeof allProblemText;

export const FieldErrorSchema = z
  .object({
    pointer: z.string().openapi({
      description:
        'JSON pointer (RFC 6901) into the request: /query/<name>, /path/<name>, /header/<name> or /body/…',
      example: '/query/limit',
    }),
    detail: z.string().openapi({ description: "What is wrong, in the caller's language." }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: 'Problem type URI, urn:icra:problem:<name>.',
      example: 'urn:icra:problem:validation',
    }),
    title: z
      .string()
      .openapi({ description: "Short summary of the problem type, in the caller's language." }),
    status: z.number().int().openapi({ description: 'The HTTP status code.', example: 400 }),
    detail: z
      .string()
      .optional()
      .openapi({ description: "This occurrence explained, in the caller's language." }),
    instance: z.string().optional().openapi({ description: 'The path of the request that failed.' }),
    errors: z.array(FieldErrorSchema).optional().openapi({ description: 'One entry per rejected field.' }),
    nearest: z
      .array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), room: z.uuid() }))
      .optional()
      .openapi({
        description:
          'On `slot-taken`: the free slots of the official nearest to the time asked for, Baku hours.',
      }),
    requestId: z.string().optional().openapi({
      description: 'On a 500: the id the server logged the failure under; quote it when reporting it.',
    }),
  })
  .openapi('Problem', { description: 'An error, as RFC 9457 problem details (application/problem+json).' });

export type FieldError = z.infer<typeof FieldErrorSchema>;
export type Problem = z.infer<typeof ProblemSchema>;

export function problemType(name: ProblemName): string {
  return `urn:icra:problem:${name}`;
}

export interface ProblemInit<S extends ContentfulStatusCode = ContentfulStatusCode> {
  name: ProblemName;
  status: S;
  /** Overrides the generic detail of the problem type. */
  detail?: Translations;
  errors?: Array<{ pointer: string; detail: Translations }>;
  /** The caller's language; negotiated from the request when omitted. */
  lang?: Lang;
  headers?: Record<string, string>;
  /** Extension members (RFC 9457 §3.2), e.g. the OAuth `error` code. */
  extensions?: Record<string, unknown>;
}

/** The caller's language for an error: `?lang` when it is valid, else `Accept-Language`, else az. */
export function requestLang(c: Context<AppEnv>): Lang {
  return negotiateLang(c.req.query('lang'), c.req.header('accept-language'));
}

export function problemBody(init: ProblemInit, lang: Lang, instance?: string): Problem {
  const text = allProblemText[init.name];
  const body: Problem = {
    type: problemType(init.name),
    title: text.title[lang],
    status: init.status,
    detail: (init.detail ?? text.detail)[lang],
  };
  if (instance !== undefined) body.instance = instance;
  if (init.extensions) Object.assign(body, init.extensions);
  if (init.errors) body.errors = init.errors.map((e) => ({ pointer: e.pointer, detail: e.detail[lang] }));
  return body;
}

/** A problem response of a status: what a route declares with {@link problemResponse}. */
export type ProblemResponse<S extends ContentfulStatusCode> = JsonResponse<Problem, S>;

/**
 * A problem+json response with the API's headers (security, CORS, language). Never cached. Typed
 * by its status, so a handler can only answer with a problem its route declares.
 */
export function problem<S extends ContentfulStatusCode>(
  c: Context<AppEnv>,
  init: ProblemInit<S>,
): ProblemResponse<S> {
  const lang = init.lang ?? requestLang(c);
  return prepared(
    jsonText(problemBody(init, lang, c.req.path)),
    init.status,
    apiHeaders(c, {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Language': lang,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Language, Origin',
      ...init.headers,
    }),
  );
}

/** JSON pointer (RFC 6901) from path segments. */
export function jsonPointer(segments: ReadonlyArray<PropertyKey>): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** How the OpenAPI document describes an error response. */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } } as const;
}
