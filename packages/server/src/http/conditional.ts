/**
 * Conditional GET (RFC 9110 §13), once for the whole server. A JSON read is prepared as a
 * {@link Representation}: its text, a strong ETag made from that text, and the headers of its 200.
 * A request whose If-None-Match matches the ETag (weak comparison, a list of tags, or `*`) gets a
 * 304 without a body that carries the same validators and caching headers (ETag, Cache-Control,
 * Vary, Content-Language) and no Content-Type. Every cached read answers through here: the public
 * reads (from the public-read cache, also on its fast lane), the polls and their results (computed
 * at every request), /openapi.json, and the conditional answers of files and uploads.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import {
  CodedBodies,
  type Coding,
  codingEtag,
  type Effort,
  negotiateCoding,
  sameEntity,
  variesByCoding,
  varyByCoding,
} from './compression.js';
import type { AppEnv } from './env.js';
import { header } from './request.js';
import {
  API_SECURITY_HEADERS,
  codedJson,
  corsHeaders,
  type EmptyResponse,
  type JsonResponse,
  type JsonText,
  jsonText,
  prepared,
} from './respond.js';

/** How a public read may be stored by browsers and shared caches (the contract's value). */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** The caching headers of a conditional read: the same on its 200 and on its 304. */
export interface Caching {
  readonly 'Cache-Control': string;
  readonly Vary: string;
}

/** Public reads (news, authorities): cacheable by anyone for a minute; they vary by language. */
export const PUBLIC_CACHING: Caching = {
  'Cache-Control': PUBLIC_CACHE_CONTROL,
  Vary: 'Accept-Language, Origin',
};

/** Reads computed at every request (a poll list): caches must revalidate each time, nobody sees stale data. */
export const REVALIDATED_CACHING: Caching = { 'Cache-Control': 'no-cache', Vary: 'Accept-Language, Origin' };

/** Like {@link REVALIDATED_CACHING}, for reads a bearer token personalizes (a poll's viewer, after_vote results). */
export const REVALIDATED_PER_CALLER_CACHING: Caching = {
  'Cache-Control': 'no-cache',
  Vary: 'Authorization, Accept-Language, Origin',
};

/** Strong entity tag of a body: its SHA-256, base64url, cut to 32 characters, quoted. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether an `If-None-Match` header matches an entity tag (RFC 9110 §13.1.2): weak comparison,
 * a list of tags, or `*`; the tag of any content coding of the same body matches too
 * (compression.ts). No header matches nothing.
 */
export function ifNoneMatchMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch === etag) return true;
  for (const raw of ifNoneMatch.split(',')) {
    const candidate = raw.trim();
    if (candidate === '*' || sameEntity(candidate, etag)) return true;
  }
  return false;
}

/** The headers of the 304 for a 200 with `headers`: all of them but those of its body. */
export function notModifiedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const { 'Content-Type': _type, 'Content-Length': _length, 'Content-Encoding': _coding, ...kept } = headers;
  return kept;
}

/**
 * 304 Not Modified when `ifNoneMatch` matches `etag`; undefined when it does not (answer 200).
 * `headers` are those the 200 would have.
 */
export function notModified(
  ifNoneMatch: string | undefined,
  etag: string,
  headers: Readonly<Record<string, string>>,
): EmptyResponse<304> | undefined {
  return ifNoneMatchMatches(ifNoneMatch, etag) ? prepared(null, 304, notModifiedHeaders(headers)) : undefined;
}

/** A JSON read prepared for conditional GETs. */
export interface Representation<T> {
  readonly body: JsonText<T>;
  /** Strong validator: a hash of the body. */
  readonly etag: string;
  /** All headers of its 200 but CORS, prepared once. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether it is sent compressed to those who accept it (then it varies by Accept-Encoding). */
  readonly coded: boolean;
  /** How hard to compress it: `stored` when it is kept and answers many requests, else `response`. */
  readonly effort: Effort;
}

/** The answer to a conditional read of a `T`: the body, or 304 without one. */
export type ConditionalResponse<T> = JsonResponse<T, 200> | EmptyResponse<304>;

/** Prepares `value` for conditional GETs with the API's headers, its caching and `own` (Content-Language). */
export function representation<T>(
  value: T,
  caching: Caching,
  own: Record<string, string> = {},
  effort: Effort = 'stored',
): Representation<T> {
  const body = jsonText(value);
  const etag = strongEtag(body);
  const coded = variesByCoding('application/json', Buffer.byteLength(body));
  return {
    body,
    etag,
    coded,
    effort,
    headers: Object.freeze({
      ...API_SECURITY_HEADERS,
      'Content-Type': 'application/json',
      ...caching,
      ...(coded ? { Vary: varyByCoding(caching.Vary) } : {}),
      ...own,
      ETag: etag,
    }),
  };
}

/** Each representation's bodies in each coding, made on first use and dropped with it. */
const codedBodies = new CodedBodies<Representation<unknown>>();
/** Each representation's headers in each coding, prepared once beside its bytes. */
const codedHeaders = new WeakMap<Representation<unknown>, Map<Coding, Readonly<Record<string, string>>>>();

function headersInCoding(rep: Representation<unknown>, coding: Coding, length: number) {
  let byCoding = codedHeaders.get(rep);
  if (byCoding === undefined) {
    byCoding = new Map();
    codedHeaders.set(rep, byCoding);
  }
  let headers = byCoding.get(coding);
  if (headers === undefined) {
    headers = Object.freeze({
      ...rep.headers,
      'Content-Encoding': coding,
      'Content-Length': String(length),
      ETag: codingEtag(rep.etag, coding),
    });
    byCoding.set(coding, headers);
  }
  return headers;
}

function answerInCoding<T>(
  rep: Representation<T>,
  coding: Coding,
  bytes: Uint8Array,
  ifNoneMatch: string | undefined,
  corsOrigin: string | undefined,
): ConditionalResponse<T> {
  const own = headersInCoding(rep, coding, bytes.byteLength);
  const headers = corsOrigin === undefined ? own : { ...own, ...corsHeaders(corsOrigin) };
  return notModified(ifNoneMatch, rep.etag, headers) ?? prepared(codedJson(rep.body, bytes), 200, headers);
}

/**
 * Answers a conditional read of a representation: 304 when `ifNoneMatch` matches, else 200 with
 * the body, in the coding `acceptEncoding` prefers (compression.ts) — its bytes made on the first
 * answer in that coding (a promise then) and kept with the representation, so a cache hit
 * compresses nothing. `corsOrigin`: the admitted Origin, whose CORS headers are added; without one
 * the prepared headers object is sent as is. Needs no context: the public reads' fast lane uses it.
 */
export function answer<T>(
  rep: Representation<T>,
  ifNoneMatch: string | undefined,
  corsOrigin: string | undefined,
  acceptEncoding: string | undefined,
): ConditionalResponse<T> | Promise<ConditionalResponse<T>> {
  const coding = rep.coded ? negotiateCoding(acceptEncoding) : undefined;
  if (coding !== undefined) {
    const bytes = codedBodies.get(rep, rep.body, coding, rep.effort);
    return bytes instanceof Uint8Array
      ? answerInCoding(rep, coding, bytes, ifNoneMatch, corsOrigin)
      : bytes.then((made) => answerInCoding(rep, coding, made, ifNoneMatch, corsOrigin));
  }
  const headers = corsOrigin === undefined ? rep.headers : { ...rep.headers, ...corsHeaders(corsOrigin) };
  return notModified(ifNoneMatch, rep.etag, headers) ?? prepared(rep.body, 200, headers);
}

/** {@link answer} for a request. */
export function conditional<T>(
  c: Context<AppEnv>,
  rep: Representation<T>,
): ConditionalResponse<T> | Promise<ConditionalResponse<T>> {
  return answer(rep, header(c, 'if-none-match'), c.get('corsOrigin'), header(c, 'accept-encoding'));
}

/** Prepares `value` and answers the request's conditional read of it (a read computed at every request). */
export function conditionalJson<T>(
  c: Context<AppEnv>,
  value: T,
  caching: Caching,
  own: Record<string, string> = {},
): ConditionalResponse<T> | Promise<ConditionalResponse<T>> {
  return conditional(c, representation(value, caching, own, 'response'));
}
