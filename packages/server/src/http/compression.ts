/**
 * Content coding (RFC 9110 §8.4, §12.5.3): brotli or gzip by negotiation, once for the whole server.
 *
 * - **Prepared bodies are compressed once.** A cached public read, /openapi.json and a static file
 *   (the widgets, the API docs' assets) keep each coding's bytes beside the uncompressed body, made
 *   on first use and kept as long as the body is: a cache hit sends stored bytes and compresses
 *   nothing (conditional.ts, static-files.ts). They are made at brotli's best quality, since that is
 *   paid once.
 * - **Everything else is compressed per response** by {@link compressResponses}, at a quality a
 *   request can afford: private lists, problems, the sign-in pages.
 *
 * A compressible body of at least {@link MIN_COMPRESSED_BYTES} varies by Accept-Encoding, so each
 * of its answers (compressed or not) says `Vary: Accept-Encoding`. A compressed answer's entity tag
 * is the body's tag with the coding appended (`"…​.br"`); conditional requests match any coding's
 * tag of the same body (see {@link sameEntity}).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './env.js';
import { header } from './request.js';

/** The codings the server sends, best first. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/** Bodies smaller than this are sent as they are: a coding's framing would eat most of the gain. */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE_TYPE =
  /^(?:text\/|application\/(?:json|problem\+json|javascript|xml|manifest\+json|schema\+json)|image\/svg\+xml)/i;

/** Whether a body of `type` gains from compression (text, JSON, JavaScript, SVG; not images or PDFs). */
export function compressibleType(type: string | null | undefined): boolean {
  return type !== null && type !== undefined && COMPRESSIBLE_TYPE.test(type);
}

/** Whether a body of `type` and `length` bytes is sent compressed to those who accept it. */
export function variesByCoding(type: string | null | undefined, length: number): boolean {
  return length >= MIN_COMPRESSED_BYTES && compressibleType(type);
}

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3), or undefined for the body as
 * it is: no header, only unknown codings, or every coding refused with `q=0`. Of the codings with the
 * highest weight, brotli goes first; `*` weighs every coding the header does not name.
 */
export function negotiateCoding(acceptEncoding: string | undefined): Coding | undefined {
  if (acceptEncoding === undefined || acceptEncoding === '') return undefined;
  const weights = new Map<string, number>();
  for (const member of acceptEncoding.split(',')) {
    const [rawName = '', ...params] = member.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() !== 'q') continue;
      const q = Number(value?.trim());
      weight = Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
    }
    // x-gzip is gzip (RFC 9110 §8.4.1.3).
    weights.set(name === 'x-gzip' ? 'gzip' : name, weight);
  }
  let best: Coding | undefined;
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** The entity tag of a body's `coding`: the body's tag with the coding inside the quotes. */
export function codingEtag(etag: string, coding: Coding): string {
  return `${etag.slice(0, -1)}.${coding}"`;
}

const CODING_SUFFIX = /\.(?:br|gzip)"$/;

/**
 * Whether two entity tags name the same body, whatever its coding (weak comparison): a client
 * holding the gzip bytes of a body that has not changed gets a 304 for it.
 */
export function sameEntity(a: string, b: string): boolean {
  const bare = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag).replace(CODING_SUFFIX, '"');
  return bare(a) === bare(b);
}

/** `Vary` with Accept-Encoding added (once). */
export function varyByCoding(vary: string | null | undefined): string {
  if (!vary) return 'Accept-Encoding';
  if (/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(vary)) return vary;
  return `${vary}, Accept-Encoding`;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** How hard to compress: `stored` bytes are made once and kept, `response` bytes for one answer. */
export type Effort = 'stored' | 'response';

let compressions = 0;

/** How many bodies this process has compressed (tests read it to see that a hit compresses nothing). */
export function compressionCount(): number {
  return compressions;
}

/**
 * `body` in `coding`, off the main thread (zlib's pool). Stored bytes get brotli's best quality up
 * to 512 kB (above it quality 11 costs seconds for little: 9 is within 10 %) and gzip level 9.
 */
export async function compress(
  body: Uint8Array | string,
  coding: Coding,
  effort: Effort,
): Promise<Uint8Array> {
  compressions++;
  const input = typeof body === 'string' ? Buffer.from(body) : body;
  if (coding === 'gzip') return gzipAsync(input, { level: effort === 'stored' ? 9 : 6 });
  const quality = effort === 'response' ? 5 : input.byteLength <= 512 * 1024 ? 11 : 9;
  return brotli(input, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: input.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/**
 * The codings of bodies that are kept (representations, by the object itself): made once per body
 * and coding, shared by concurrent first requests, dropped with the body.
 */
export class CodedBodies<K extends object> {
  readonly #bodies = new WeakMap<K, Map<Coding, Uint8Array | Promise<Uint8Array>>>();

  /** The bytes when made, else a promise of them (the first call starts making them). */
  get(key: K, body: Uint8Array | string, coding: Coding, effort: Effort): Uint8Array | Promise<Uint8Array> {
    let codings = this.#bodies.get(key);
    if (codings === undefined) {
      codings = new Map();
      this.#bodies.set(key, codings);
    }
    const known = codings.get(coding);
    if (known !== undefined) return known;
    const made = compress(body, coding, effort).then(
      (bytes) => {
        codings.set(coding, bytes);
        return bytes;
      },
      (error: unknown) => {
        codings.delete(coding);
        throw error;
      },
    );
    codings.set(coding, made);
    return made;
  }
}

/**
 * The codings of files (static-files.ts), by a key that changes with the file (its path and its
 * validator), bounded in bytes.
 */
export class CodedFiles {
  readonly #bytes: LRUCache<string, Uint8Array>;
  readonly #making = new Map<string, Promise<Uint8Array>>();

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#bytes = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
    });
  }

  async get(key: string, coding: Coding, read: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const slot = `${coding}\n${key}`;
    const known = this.#bytes.get(slot);
    if (known !== undefined) return known;
    const pending = this.#making.get(slot);
    if (pending !== undefined) return pending;
    const made = read()
      .then((body) => compress(body, coding, 'stored'))
      .then((bytes) => {
        this.#bytes.set(slot, bytes);
        return bytes;
      })
      .finally(() => this.#making.delete(slot));
    this.#making.set(slot, made);
    return made;
  }
}

/**
 * Compresses the answers made per request (whatever conditional.ts and static-files.ts did not code
 * already): compressible bodies of at least MIN_COMPRESSED_BYTES, in the coding the request prefers.
 * Answers without a body (204, 304, HEAD's), partial ones and downloads (Content-Disposition) are
 * left as they are.
 */
export function compressResponses(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const res = c.res;
    const headers = res.headers;
    if (res.body === null || res.status === 204 || res.status === 206 || res.status === 304) return;
    if (headers.has('content-encoding') || headers.has('content-disposition')) return;
    const type = headers.get('content-type');
    if (!compressibleType(type)) return;
    // Coded where it was made (a representation, a file): it already varies by Accept-Encoding.
    if (/accept-encoding/i.test(headers.get('vary') ?? '')) return;
    const length = headers.get('content-length');
    if (length !== null && Number(length) < MIN_COMPRESSED_BYTES) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const coding = variesByCoding(type, body.byteLength)
      ? negotiateCoding(header(c, 'accept-encoding'))
      : undefined;
    const out = new Headers(headers);
    if (variesByCoding(type, body.byteLength)) out.set('Vary', varyByCoding(out.get('vary')));
    let sent: Uint8Array = body;
    if (coding !== undefined) {
      sent = await compress(body, coding, 'response');
      out.set('Content-Encoding', coding);
      const etag = out.get('etag');
      if (etag) out.set('ETag', codingEtag(etag, coding));
    }
    out.set('Content-Length', String(sent.byteLength));
    // Assigning c.res copies the old answer's headers over the new one's: let go of it first.
    c.res = undefined;
    c.res = new Response(sent as Uint8Array<ArrayBuffer>, {
      status: res.status,
      statusText: res.statusText,
      headers: out,
    });
  };
}
