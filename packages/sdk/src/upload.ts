/**
 * Upload progress in a browser. `fetch` reports none, and a streamed request body, which would let
 * it, is refused on HTTP/1.1 connections: XMLHttpRequest is the one browser API that reports how
 * much of a body was sent. `progressFetch` is a `fetch` for ky that sends through it, so an upload
 * still goes through the client's hooks (the token), retries and errors:
 *
 * ```ts
 * import { progressFetch } from '@icra/sdk/upload';
 * await icra.uploadServiceDraftDocument(input, {
 *   onUploadProgress: ({ sent, total }) => bar.value = sent / total,
 *   uploadTransport: progressFetch,
 *   signal: cancel.signal,
 * });
 * ```
 */

/** How much of an upload's body has been sent. */
export interface UploadProgress {
  /** Bytes sent so far. */
  sent: number;
  /** Bytes in the body. */
  total: number;
}

/** What sends a file's bytes while reporting their progress (see `progressFetch`). */
export type UploadTransport = (
  body: Blob | ArrayBuffer | Uint8Array,
  onProgress: (progress: UploadProgress) => void,
) => (request: Request) => Promise<Response>;

/** The part of XMLHttpRequest used here (the SDK is typed without the DOM library). */
interface Xhr {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  withCredentials: boolean;
  responseType: string;
  readonly upload: { onprogress: ((event: { loaded: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly status: number;
  readonly statusText: string;
  readonly response: unknown;
  getAllResponseHeaders(): string;
  abort(): void;
  send(body: unknown): void;
}

const XHR = () => (globalThis as { XMLHttpRequest?: new () => Xhr }).XMLHttpRequest;

function responseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` that sends `body` (the original Blob or bytes, read by the browser as it sends them)
 * with XMLHttpRequest, calling `onProgress` as it goes. The request's method, URL, headers,
 * credentials and signal are the ones ky made.
 */
export function progressFetch(
  body: Blob | ArrayBuffer | Uint8Array,
  onProgress: (progress: UploadProgress) => void,
) {
  const total = body instanceof Blob ? body.size : body.byteLength;
  return (request: Request): Promise<Response> =>
    new Promise((resolve, reject) => {
      const Xhr = XHR()!;
      const xhr = new Xhr();
      const aborted = () => reject(request.signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (request.signal.aborted) return aborted();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => {
        xhr.setRequestHeader(name, value);
      });
      xhr.withCredentials = request.credentials === 'include';
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total });
      xhr.onload = () => {
        const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(
          new Response(empty ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: responseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = aborted;
      request.signal.addEventListener('abort', () => xhr.abort(), { once: true });
      onProgress({ sent: 0, total });
      xhr.send(body);
    });
}
