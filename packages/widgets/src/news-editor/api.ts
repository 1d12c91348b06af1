/**
 * The editorial operations the editor calls, through an `@icra/sdk` client that sends the
 * session's token, the widget's language and, on writes, the action's `Idempotency-Key`.
 */
import { createIcraClient, type Lang, type NewsStatus } from '@icra/sdk';
import type { NewsDraftInput, NewsUpdateInput } from './types.js';

export interface EditorialApiOptions {
  api: string;
  lang: Lang;
  token: () => string | undefined;
  fetch?: typeof fetch | undefined;
}

export interface WriteOptions {
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type EditorialApi = ReturnType<typeof editorialApi>;

function callOptions({ idempotencyKey, signal }: WriteOptions, headers?: Record<string, string>) {
  return {
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(signal ? { signal } : {}),
    ...(headers ? { headers } : {}),
  };
}

export function editorialApi(options: EditorialApiOptions) {
  const client = createIcraClient({
    baseUrl: options.api,
    lang: options.lang,
    token: options.token,
    // Writes are retried by the SDK only with an Idempotency-Key; the reader decides after that.
    retry: 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    listEditorialNews: (
      query: { authority: string; status?: NewsStatus; limit?: number; cursor?: string },
      init: WriteOptions = {},
    ) => client.listEditorialNews({ query }, callOptions(init)),
    getEditorialNews: (id: string, init: WriteOptions = {}) =>
      client.getEditorialNews({ path: { id } }, callOptions(init)),
    createNewsDraft: (body: NewsDraftInput, init: WriteOptions = {}) =>
      client.createNewsDraft({ body }, callOptions(init)),
    updateNews: (id: string, body: NewsUpdateInput, version: number | undefined, init: WriteOptions = {}) =>
      client.updateNews(
        { path: { id }, body },
        callOptions(init, version !== undefined ? { 'if-match': `"v${version}"` } : undefined),
      ),
    publishNews: (id: string, init: WriteOptions = {}) =>
      client.publishNews({ path: { id } }, callOptions(init)),
    unpublishNews: (id: string, init: WriteOptions = {}) =>
      client.unpublishNews({ path: { id } }, callOptions(init)),
    deleteNews: (id: string, init: WriteOptions = {}) =>
      client.deleteNews({ path: { id } }, callOptions(init)),
    uploadNewsCover: (id: string, file: Blob, init: WriteOptions = {}) =>
      client.uploadNewsCover({ path: { id }, body: file, contentType: file.type }, callOptions(init)),
    deleteNewsCover: (id: string, init: WriteOptions = {}) =>
      client.deleteNewsCover({ path: { id } }, callOptions(init)),
  };
}
