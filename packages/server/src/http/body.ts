/**
 * Request bodies that are files (a cover image, an attachment): their declared media type, and
 * their bytes read with a size limit while they arrive.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
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
