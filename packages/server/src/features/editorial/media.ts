/**
 * Uploaded cover images: read with a size limit while streaming (http/body.ts), then sniffed. Only PNG, JPEG and
 * WebP are stored, and only when the bytes are what the request declared; SVG (which can carry
 * script) and anything else is refused.
 *
 * image-size 2.1.0 (no dependencies, Node ≥ 18) does both jobs from the bytes: it recognizes the
 * format by its signature and reads the intrinsic width and height from the headers, without
 * decoding pixels. file-type's current major needs Node 22.
 */
import { imageSize } from 'image-size';
import type { UploadContentType } from '../news/index.js';

/** Largest cover accepted: 2 MiB. */
export const MAX_COVER_BYTES = 2 * 1024 * 1024;

/** The cover types and how image-size names each (their URLs: news/media.ts). */
export const COVER_TYPES = {
  'image/png': { sniffed: 'png' },
  'image/jpeg': { sniffed: 'jpg' },
  'image/webp': { sniffed: 'webp' },
} as const satisfies Record<UploadContentType, { sniffed: string }>;

export type CoverContentType = keyof typeof COVER_TYPES;

export function isCoverContentType(value: string): value is CoverContentType {
  return Object.hasOwn(COVER_TYPES, value);
}

export interface SniffedImage {
  contentType: CoverContentType;
  width: number;
  height: number;
}

/** What the bytes are, when they are a PNG, JPEG or WebP image with a size; undefined otherwise. */
export function sniffCover(bytes: Uint8Array): SniffedImage | undefined {
  if (bytes.byteLength < 12) return undefined;
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return undefined;
  }
  const entry = Object.entries(COVER_TYPES).find(([, info]) => info.sniffed === size.type);
  if (!entry || !size.width || !size.height) return undefined;
  // EXIF orientations 5–8 turn the image a quarter: its displayed size is the other way round.
  const turned = size.orientation !== undefined && size.orientation >= 5;
  return {
    contentType: entry[0] as CoverContentType,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
  };
}
