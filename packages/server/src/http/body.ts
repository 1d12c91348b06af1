/**
 * Request bodies that are files (a cover image, an attachment): their declared media type, and
 * their bytes read with a size limit while they arrive.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env.js';
import type { Translations } from './messages.js';
import { problem } from './problem.js';
import { header } from './request.js';

/** The media type the request declares (`Content-Type` without parameters, lower case); '' for none. */
export function declaredMediaType(c: Context): string {
  return (header(c, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * The whole request body, or BodyTooLargeError as soon as more than `limit` bytes have arrived (or
 * Content-Length announces more): at most `limit` bytes plus one chunk are ever held.
 */
export async function readLimited(request: Request, limit: number): Promise<Buffer> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    await request.body?.cancel().catch(() => {});
    throw new BodyTooLargeError();
  }
  if (request.body === null) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The most a request body may be where no route declares otherwise: the JSON (or form) of every
 * write. The largest a valid one can be is an article, 200,000 characters of HTML, which JSON
 * escapes to at most 1.2 MB.
 */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

/** A body limit and how a larger body is refused. */
export interface BodyLimit {
  limit: number;
  /** The 413 problem: the upload's own, or the generic `request-too-large`. */
  problem: { name: 'payload-too-large' | 'request-too-large'; detail?: Translations };
}

/** The body limits that routes declare. */
const declaredLimits: Array<{ method: string; path: RegExp } & BodyLimit> = [];

/**
 * Declares the body limit of a route whose body is not JSON (an upload), `path` in the OpenAPI form
 * (`/v1/editorial/news/{id}/cover`). Known before routing, so that {@link limitBodies} and the
 * Idempotency-Key middleware refuse a larger body before reading it.
 */
export function declareBodyLimit(
  method: string,
  path: string,
  limit: number,
  /** The 413's detail; the generic one of `payload-too-large` when omitted. */
  detail?: Translations,
): void {
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  declaredLimits.push({
    method: method.toUpperCase(),
    path: new RegExp(`^${pattern}$`),
    limit,
    problem: detail === undefined ? { name: 'payload-too-large' } : { name: 'payload-too-large', detail },
  });
}

/** The most bytes the body of a request to `pathname` by `method` may have, and its 413. */
export function bodyLimitOf(method: string, pathname: string): BodyLimit {
  for (const declared of declaredLimits) {
    if (declared.method === method && declared.path.test(pathname)) return declared;
  }
  return {
    limit: MAX_REQUEST_BODY_BYTES,
    problem: { name: 'request-too-large', detail: tooLargeDetail(MAX_REQUEST_BODY_BYTES) },
  };
}

/**
 * Applied before everything that reads a body (app.ts): a body larger than its route accepts is
 * refused with 413 before a byte of it is buffered. A declared Content-Length (which the HTTP
 * parser holds the body to) is checked up front; a body without one (chunked) is read up to the
 * limit and cut off there.
 */
export function limitBodies(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (raw.body === null) return next();
    const { limit, problem: refusal } = bodyLimitOf(raw.method, new URL(raw.url).pathname);
    const tooLarge = async () => {
      await raw.body?.cancel().catch(() => {});
      return problem(c, { ...refusal, status: 413 });
    };
    const declared = header(c, 'content-length');
    if (declared !== undefined && /^\d+$/.test(declared.trim())) {
      return Number(declared) > limit ? tooLarge() : next();
    }
    let bytes: Buffer;
    try {
      bytes = await readLimited(raw, limit);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge();
      throw error;
    }
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: bytes,
      signal: raw.signal,
    });
    return next();
  };
}

/** "At most N MB", in the three languages. */
export function tooLargeDetail(limit: number): Translations {
  const mb = Math.round((limit / (1024 * 1024)) * 10) / 10;
  return {
    az: `Bu sorğunun məzmunu ən çoxu ${mb} MB ola bilər.`,
    en: `The body of this request may be at most ${mb} MB.`,
    ru: `Тело этого запроса может быть не больше ${mb} МБ.`,
  };
}

/**
 * The request's form (urlencoded or multipart), or a 400 HTTPException when it is not one that
 * parses (a multipart body without its boundary, a truncated part): the caller's fault, not a 500.
 */
export async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody();
  } catch (error) {
    throw new HTTPException(400, { message: 'The form does not parse.', cause: error });
  }
}
