/**
 * Static files from a folder (the widget bundle, the media library, the API docs' assets), with
 * conditional GET and content coding: a text file (JavaScript, CSS, JSON, SVG…) is compressed once
 * per coding on first use and its bytes kept while the file is unchanged (compression.ts). Paths are
 * confined to the folder; dot files and folders are not served.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { CodedFiles, codingEtag, negotiateCoding, variesByCoding, varyByCoding } from './compression.js';
import { notModified } from './conditional.js';
import type { AppEnv } from './env.js';
import { header } from './request.js';

export interface StaticFolderOptions {
  /** Absolute folder to serve. */
  root: string;
  /** The URL path prefix the folder is mounted at, e.g. "/widgets/". */
  prefix: string;
  /** Headers for every file served (e.g. Cache-Control, CORS, CORP). */
  headers: Record<string, string>;
  /** Extra headers by file extension (without the dot), e.g. a CSP for SVG. */
  headersByExtension?: Record<string, Record<string, string>>;
  /** Extra headers by the file's path inside the folder (e.g. caching of content-hashed names). */
  headersByPath?: (relative: string) => Record<string, string> | undefined;
}

/** The file a request path names inside the folder, or undefined when it names none. */
export function resolveInside(root: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded === '' || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return undefined;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file.startsWith(base + sep) ? file : undefined;
}

/** The files' codings, for every folder served (keyed by the file's path and validator). */
const codedFiles = new CodedFiles();

/**
 * Serves the file a request names, or returns undefined (the caller answers 404) when there is none.
 */
export async function serveStatic(
  c: Context<AppEnv>,
  options: StaticFolderOptions,
): Promise<Response | undefined> {
  const path = c.req.path;
  if (!path.startsWith(options.prefix)) return undefined;
  const relative = path.slice(options.prefix.length);
  const file = resolveInside(options.root, relative);
  if (file === undefined) return undefined;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return undefined;
  }
  if (!info.isFile()) return undefined;
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    'Content-Type': getMimeType(file) ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    ...options.headers,
    ...options.headersByExtension?.[extension],
    ...options.headersByPath?.(relative),
  };
  const type = headers['Content-Type'];
  const coding = variesByCoding(type, info.size) ? negotiateCoding(header(c, 'accept-encoding')) : undefined;
  if (variesByCoding(type, info.size)) headers.Vary = varyByCoding(headers.Vary);
  if (coding !== undefined) headers.ETag = codingEtag(etag, coding);
  const unchanged = notModified(header(c, 'if-none-match'), etag, headers);
  if (unchanged) return unchanged;
  if (coding !== undefined) {
    const bytes = await codedFiles.get(`${file}\n${etag}`, coding, () => readFile(file));
    headers['Content-Encoding'] = coding;
    headers['Content-Length'] = String(bytes.byteLength);
    return new Response(c.req.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers,
    });
  }
  headers['Content-Length'] = String(info.size);
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}
