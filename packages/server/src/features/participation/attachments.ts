/**
 * Attachments of applications, the parts that need no database: what a file name is kept as, whether
 * the bytes are what the request declared, and how a download names the file.
 *
 * Only PDF, JPEG and PNG are accepted, recognized by their magic numbers (the first bytes of the
 * file); the Content-Type of the upload must be the one the bytes show. The file is served back
 * only as a download (`Content-Disposition: attachment`), with `nosniff` and a sandboxing CSP, so a
 * PDF with script in it cannot run in the portal's origin.
 */
import { ATTACHMENT_TYPES, type AttachmentContentType, MAX_ATTACHMENT_FILENAME } from './schemas.js';

export function isAttachmentContentType(value: string): value is AttachmentContentType {
  return Object.hasOwn(ATTACHMENT_TYPES, value);
}

/** Whether the bytes start with the magic number of `contentType`. */
export function bytesMatch(bytes: Uint8Array, contentType: AttachmentContentType): boolean {
  const magic = ATTACHMENT_TYPES[contentType];
  if (bytes.byteLength < magic.length) return false;
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Control characters (C0, DEL, C1), format characters (bidi overrides, zero-width) and line separators. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Longest extension kept when a long name is cut, dot included. */
const MAX_KEPT_EXTENSION = 16;

/**
 * The file name as stored: Unicode NFC, without control or format characters, without directory
 * parts (`/` or `\`), trimmed, at most 200 characters (a long name is cut before its extension, which
 * is kept when short). An empty result (or `.`/`..`) means there was no usable name.
 */
export function cleanFilename(raw: string): string {
  const withoutControls = raw.normalize('NFC').replace(UNSAFE_CHARACTERS, '');
  let name = (withoutControls.split(/[/\\]/).pop() ?? '').trim();
  if (name === '.' || name === '..') return '';
  const characters = Array.from(name);
  if (characters.length <= MAX_ATTACHMENT_FILENAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length > 1 && extension.length <= MAX_KEPT_EXTENSION ? extension : [];
  name = characters
    .slice(0, MAX_ATTACHMENT_FILENAME - kept.length)
    .join('')
    .trimEnd();
  return `${name}${kept.join('')}`;
}

/**
 * `Content-Disposition` of a download (RFC 6266): an ASCII `filename` for old clients (anything
 * else, quotes, backslashes and percent signs become `_`) and the exact name as `filename*` (RFC 8187,
 * UTF-8, percent-encoded).
 */
export function contentDisposition(filename: string): string {
  const fallback =
    filename
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'attachment';
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers of a file served back to its owner or the staff who may see it: its type and size,
 * as a download under its name, never sniffed, sandboxed, never cached.
 */
export function downloadHeaders(
  file: { contentType: string; filename: string },
  byteLength: number,
): Record<string, string> {
  return {
    'Content-Type': file.contentType,
    'Content-Length': String(byteLength),
    'Content-Disposition': contentDisposition(file.filename),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    Vary: 'Authorization, Origin',
  };
}
