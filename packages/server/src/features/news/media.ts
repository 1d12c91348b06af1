/**
 * Where the images of news are served: the seeded files under /media/news/, and covers uploaded by
 * editors under /media/uploads/<id>.<extension> (bytes that never change, served by the editorial
 * feature). Both the public reads and the editorial API name covers by these URLs.
 */

/** The types of uploaded covers and the extension of their URLs. */
export const UPLOAD_EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;

export type UploadContentType = keyof typeof UPLOAD_EXTENSIONS;

export function isUploadContentType(value: string): value is UploadContentType {
  return Object.hasOwn(UPLOAD_EXTENSIONS, value);
}

/** URL path of a file in media/news/. */
export function newsMediaUrl(file: string): string {
  return `/media/news/${encodeURIComponent(file)}`;
}

/** URL path of an uploaded image. */
export function uploadUrl(id: string, contentType: string): string {
  const extension = isUploadContentType(contentType) ? UPLOAD_EXTENSIONS[contentType] : 'bin';
  return `/media/uploads/${id}.${extension}`;
}

/** The content type of an upload's extension, e.g. `png` → `image/png`. */
export function contentTypeOfExtension(extension: string): UploadContentType | undefined {
  for (const type in UPLOAD_EXTENSIONS) {
    if (isUploadContentType(type) && UPLOAD_EXTENSIONS[type] === extension) return type;
  }
  return undefined;
}

/** The URL of an article's cover: its upload, else its seeded file; undefined when it has none. */
export function coverUrl(row: {
  coverUploadId: string | null;
  coverContentType: string | null;
  coverFile: string | null;
}): string | undefined {
  if (row.coverUploadId !== null) return uploadUrl(row.coverUploadId, row.coverContentType ?? '');
  return row.coverFile === null ? undefined : newsMediaUrl(row.coverFile);
}
