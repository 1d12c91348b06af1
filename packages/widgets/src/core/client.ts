import { createIcraClient, type IcraClient, type Lang } from '@icra/sdk';

const clients = new Map<string, IcraClient>();

/**
 * The one SDK client for an API base and a language, created on first use and shared by every
 * widget configured the same way.
 */
export function clientFor(api: string, lang: Lang): IcraClient {
  const key = `${lang} ${api}`;
  let client = clients.get(key);
  if (!client) {
    client = createIcraClient({ baseUrl: api, lang });
    clients.set(key, client);
  }
  return client;
}

let defaultApi: string | undefined;

/**
 * The API base used when neither the element nor an enclosing `<icra-config>` names one. The
 * self-contained bundle sets it to the server that served the script (the bundle lives at
 * `<api>/widgets/icra.js`), so `<script type="module" src="…/widgets/icra.js">` needs no `api`.
 */
export function setDefaultApi(api: string | undefined): void {
  defaultApi = api;
}

export function getDefaultApi(): string | undefined {
  return defaultApi;
}

/**
 * Resolves a media path from the API (e.g. "/media/news/park.svg") against the API base, keeping
 * any path prefix of the base ("https://portal.example/icra/" + "/media/x" →
 * "https://portal.example/icra/media/x"). Absolute URLs pass through unchanged.
 */
export function resolveMediaUrl(url: string, api: string): string {
  try {
    const base = new URL(api.endsWith('/') ? api : `${api}/`, globalThis.location?.href);
    const relative = url.startsWith('/') && !url.startsWith('//') ? url.slice(1) : url;
    return new URL(relative, base).href;
  } catch {
    return url;
  }
}

/** Images a widget may show: http(s) (from the portal or a CDN) and inline raster or SVG data. */
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|webp|gif|avif|svg\+xml)[;,]/i;

/**
 * `resolveMediaUrl`, kept only when the result is an http(s) URL or an inline image (`data:image/…`);
 * anything else (`javascript:`, other schemes) is `undefined`, and the widget shows no image.
 */
export function safeMediaUrl(url: string, api: string): string | undefined {
  const resolved = resolveMediaUrl(url, api);
  if (SAFE_DATA_IMAGE.test(resolved)) return resolved;
  try {
    const { protocol } = new URL(resolved);
    return protocol === 'http:' || protocol === 'https:' ? resolved : undefined;
  } catch {
    return undefined;
  }
}
