/**
 * Uploaded cover images: read with a size limit while streaming, then sniffed. Only PNG, JPEG and
 * WebP are stored, and only when the bytes are what the request declared; SVG (which can carry
 * script) and anything else is refused.
 *
 * image-size 2.1.0 (no dependencies, Node ≥ 18) does both jobs from the bytes: it recognizes the
 * format by its signature and reads the intrinsic width and height from the headers, without
 * decoding pixels. file-type's current major needs Node 22.
 */
import { imageSize } from 'image-size';

/** Largest cover accepted: 2 MiB. */
export const MAX_COVER_BYTES = 2 * 1024 * 1024;

export const COVER_TYPES = {
  'image/png': { extension: 'png', sniffed: 'png' },
  'image/jpeg': { extension: 'jpg', sniffed: 'jpg' },
  'image/webp': { extension: 'webp', sniffed: 'webp' },
} as const;

export type CoverContentType = keyof typeof COVER_TYPES;

export function isCoverContentType(value: string): value is CoverContentType {
  return Object.hasOwn(COVER_TYPES, value);
}

/** The content type of an upload's extension, e.g. `png` → `image/png`. */
export function contentTypeOfExtension(extension: string): CoverContentType | undefined {
  for (const [type, info] of Object.entries(COVER_TYPES)) {
    if (info.extension === extension) return type as CoverContentType;
  }
  return undefined;
}

/** URL path of an uploaded image. */
export function uploadUrl(id: string, contentType: string): string {
  const extension = isCoverContentType(contentType) ? COVER_TYPES[contentType].extension : 'bin';
  return `/media/uploads/${id}.${extension}`;
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
