/**
 * The editorial API: officials with the role editor or admin write their own authority's news
 * (drafts, publishing, covers); admins read its audit log. The guard admits the role; each handler
 * then confines the caller to their authority: a list or a new draft for another authority is 403,
 * and an article of another authority is 404, exactly like one that does not exist, so nothing of
 * another authority's drafts leaks, not even their ids.
 */

import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type AccessRule, principalOf, secured } from '../../http/auth.js';
import { BodyTooLargeError, declareBodyLimit, declaredMediaType, readLimited } from '../../http/body.js';
import { notModified } from '../../http/conditional.js';
import type { AppEnv } from '../../http/env.js';
import { IdempotencyHeadersSchema } from '../../http/idempotency.js';
import { LANGS, type Lang } from '../../http/lang.js';
import { notFoundText, type Translations } from '../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  route,
} from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import { actorOf, type Principal } from '../../http/principal.js';
import { problem, problemResponse } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { type JsonResponse, privateHeaders } from '../../http/respond.js';
import { staffRule } from '../../http/scopes.js';
import type { FeatureContextProvider } from '../context.js';
import { contentTypeOfExtension } from '../news/index.js';
import { isCoverContentType, MAX_COVER_BYTES, sniffCover } from './media.js';
import {
  createDraft,
  deleteNews,
  findEditorialNews,
  findUpload,
  listAudit,
  listEditorialNews,
  publish,
  type ReviewedTranslation,
  removeCover,
  setCover,
  unpublish,
  updateTranslations,
} from './queries.js';
import { reviewBodyHtml } from './sanitize.js';
import {
  AuditCursorSchema,
  AuditPageSchema,
  EditorialCursorSchema,
  type EditorialNews,
  EditorialNewsPageSchema,
  EditorialNewsPathSchema,
  EditorialNewsSchema,
  type EditorialTranslationInput,
  ListAuditLogQuerySchema,
  ListEditorialNewsQuerySchema,
  NewsDraftInputSchema,
  NewsUpdateInputSchema,
} from './schemas.js';

declareBodyLimit('PUT', '/v1/editorial/news/{id}/cover', MAX_COVER_BYTES);

const EDITORS: AccessRule = { kinds: ['official'], roles: ['editor', 'admin'], scope: 'news:edit' };
const ADMINS: AccessRule = { kinds: ['official'], roles: ['admin'], scope: 'news:edit' };

const articleHeaders = {
  ETag: {
    description: 'The article’s version, "v<version>"; send it back in If-Match.',
    schema: { type: 'string' },
  },
} as const;

const articleResponse = (description: string) => ({
  description,
  headers: articleHeaders,
  content: { 'application/json': { schema: EditorialNewsSchema } },
});

const IfMatchHeadersSchema = IdempotencyHeadersSchema.extend({
  'If-Match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'If-Match', in: 'header' },
      description: 'The ETag ("v<version>") the change was made from; another version answers 412.',
      example: '"v3"',
    }),
});

const ownArticle = ' Only an article of the caller’s own authority: any other is 404, as if there were none.';

function etagOf(article: EditorialNews): string {
  return `"v${article.version}"`;
}

/** An article with its version as ETag; a new one (201) also with its Location. */
function sendArticle(c: Context<AppEnv>, article: EditorialNews): JsonResponse<EditorialNews, 200>;
function sendArticle(
  c: Context<AppEnv>,
  article: EditorialNews,
  location: string,
): JsonResponse<EditorialNews, 201>;
function sendArticle(c: Context<AppEnv>, article: EditorialNews, location?: string) {
  const headers = { ETag: etagOf(article) };
  if (location === undefined) return c.json(article, 200, privateHeaders(c, headers));
  return c.json(article, 201, privateHeaders(c, { ...headers, Location: location }));
}

/**
 * The translations with their bodies reviewed (reviewBodyHtml) before anything is written, or the
 * field error of every body refused: nested too deep, or holding content sanitizing would drop.
 */
function reviewTranslations<T extends EditorialTranslationInput | null>(
  translations: Partial<Record<Lang, T>>,
):
  | { ok: Partial<Record<Lang, ReviewedTranslation | Exclude<T, EditorialTranslationInput>>> }
  | { errors: Array<{ pointer: string; detail: Translations }> } {
  const ok: Partial<Record<Lang, ReviewedTranslation | Exclude<T, EditorialTranslationInput>>> = {};
  const errors: Array<{ pointer: string; detail: Translations }> = [];
  for (const lang of LANGS) {
    const input = translations[lang];
    if (input === undefined) continue;
    if (input === null) {
      ok[lang] = input as Exclude<T, EditorialTranslationInput>;
      continue;
    }
    const bodyHtml = reviewBodyHtml(input.bodyHtml);
    if (typeof bodyHtml === 'string') ok[lang] = { ...input, bodyHtml };
    else errors.push({ pointer: `/body/translations/${lang}/bodyHtml`, detail: bodyHtml.refused });
  }
  return errors.length > 0 ? { errors } : { ok };
}

/** What a refused body answers, besides the Idempotency-Key reuse every write may answer with 422. */
const refusedBodyResponse = {
  422: problemResponse(
    'A bodyHtml nests elements deeper than 32 levels, or holds content that sanitizing would drop (an ' +
      'element outside the allow-list, with its text; a link address other than absolute http, https, ' +
      'mailto or tel; a comment or tag left open that swallows the rest): `validation`, with an error at ' +
      '`/body/translations/<lang>/bodyHtml` saying what would be lost, and nothing is written. Or the ' +
      'Idempotency-Key was already used with a different request (`idempotency-key-reused`).',
  ),
} as const;

function notFound(c: Context<AppEnv>) {
  return problem(c, { name: 'not-found', status: 404, detail: notFoundText.editorialNews });
}

/** The version an If-Match names ("v3", also as W/"v3"); null for `*` or none; NaN when unreadable. */
function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(ifMatch);
  return match ? Number(match[1]) : Number.NaN;
}

export function registerEditorialRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const tokens = () => context().identity.tokens;

  const listEditorialNewsRoute = createRoute(
    secured(
      {
        method: 'get',
        path: '/v1/editorial/news',
        operationId: 'listEditorialNews',
        tags: ['Editorial'],
        summary: 'List an authority’s news for its editors',
        description:
          'Drafts and published articles of the caller’s authority (or `authority`, which must be theirs: ' +
          'another is 403), most recently changed first.',
        request: { query: ListEditorialNewsQuerySchema },
        responses: {
          200: {
            description: 'A page of news.',
            content: { 'application/json': { schema: EditorialNewsPageSchema } },
          },
          ...errorResponses,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const createNewsDraftRoute = createRoute(
    secured(
      {
        method: 'post',
        path: '/v1/editorial/news',
        operationId: 'createNewsDraft',
        tags: ['Editorial'],
        summary: 'Create a news draft',
        description:
          'A new draft of the caller’s authority (`authority` must be theirs: another is 403). The body HTML is ' +
          'sanitized to the allow-list, and a body that would lose content doing so is refused (422); title, ' +
          'summary and coverAlt are stored as plain text.',
        request: {
          body: { required: true, content: { 'application/json': { schema: NewsDraftInputSchema } } },
        },
        responses: {
          201: {
            ...articleResponse('The draft.'),
            headers: {
              ...articleHeaders,
              Location: { description: 'Where it is.', schema: { type: 'string' } },
            },
          },
          ...errorResponses,
          ...refusedBodyResponse,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const getEditorialNewsRoute = createRoute(
    secured(
      {
        method: 'get',
        path: '/v1/editorial/news/{id}',
        operationId: 'getEditorialNews',
        tags: ['Editorial'],
        summary: 'Get an article with every language, any status',
        description: `Its ETag is "v<version>"; with it in If-None-Match, 304 while unchanged.${ownArticle}`,
        request: { params: EditorialNewsPathSchema },
        parameters: [conditionalParameter],
        responses: {
          200: articleResponse('The article.'),
          ...notModifiedResponse(articleHeaders),
          ...errorResponses,
          ...notFoundResponse,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const updateNewsRoute = createRoute(
    secured(
      {
        method: 'patch',
        path: '/v1/editorial/news/{id}',
        operationId: 'updateNews',
        tags: ['Editorial'],
        summary: 'Change an article’s texts',
        description:
          'Each language given replaces its texts; null removes English or Russian. With If-Match, a change ' +
          `made from another version than the current one is 412.${ownArticle}`,
        request: {
          params: EditorialNewsPathSchema,
          headers: IfMatchHeadersSchema,
          body: { required: true, content: { 'application/json': { schema: NewsUpdateInputSchema } } },
        },
        responses: {
          200: articleResponse('The article as changed.'),
          ...errorResponses,
          ...notFoundResponse,
          412: problemResponse('If-Match names another version than the current one.'),
          ...refusedBodyResponse,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const publishNewsRoute = createRoute(
    secured(
      {
        method: 'post',
        path: '/v1/editorial/news/{id}/publish',
        operationId: 'publishNews',
        tags: ['Editorial'],
        summary: 'Publish an article',
        description: `publishedAt becomes now at each publish; it appears in the public reads.${ownArticle}`,
        request: { params: EditorialNewsPathSchema, headers: IdempotencyHeadersSchema },
        responses: { 200: articleResponse('The published article.'), ...errorResponses, ...notFoundResponse },
      },
      EDITORS,
      tokens,
    ),
  );

  const unpublishNewsRoute = createRoute(
    secured(
      {
        method: 'post',
        path: '/v1/editorial/news/{id}/unpublish',
        operationId: 'unpublishNews',
        tags: ['Editorial'],
        summary: 'Take an article back to draft',
        description: `It disappears from the public reads.${ownArticle}`,
        request: { params: EditorialNewsPathSchema, headers: IdempotencyHeadersSchema },
        responses: {
          200: articleResponse('The article, a draft again.'),
          ...errorResponses,
          ...notFoundResponse,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const deleteNewsRoute = createRoute(
    secured(
      {
        method: 'delete',
        path: '/v1/editorial/news/{id}',
        operationId: 'deleteNews',
        tags: ['Editorial'],
        summary: 'Delete an article',
        description: `With its texts and uploaded cover.${ownArticle}`,
        request: { params: EditorialNewsPathSchema, headers: IdempotencyHeadersSchema },
        responses: { 204: { description: 'It is deleted.' }, ...errorResponses, ...notFoundResponse },
      },
      EDITORS,
      tokens,
    ),
  );

  const binary = { schema: { type: 'string', format: 'binary' } } as const;
  const uploadNewsCoverRoute = createRoute(
    secured(
      {
        method: 'put',
        path: '/v1/editorial/news/{id}/cover',
        operationId: 'uploadNewsCover',
        tags: ['Editorial'],
        summary: 'Upload the cover image',
        description:
          'The request body is the image itself: PNG, JPEG or WebP, at most 2 MiB (2,097,152 bytes; more is ' +
          '413, checked while it arrives). The bytes are sniffed: another type than declared, or no such ' +
          `image, is 415; SVG is refused. Width and height are read from the image.${ownArticle}`,
        request: {
          params: EditorialNewsPathSchema,
          headers: IdempotencyHeadersSchema,
          body: {
            required: true,
            content: { 'image/png': binary, 'image/jpeg': binary, 'image/webp': binary },
          },
        },
        responses: {
          200: articleResponse('The article with its new cover.'),
          ...errorResponses,
          ...notFoundResponse,
          413: problemResponse('The image is larger than 2 MiB.'),
          415: problemResponse('Not a PNG, JPEG or WebP image, or not the type declared.'),
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const deleteNewsCoverRoute = createRoute(
    secured(
      {
        method: 'delete',
        path: '/v1/editorial/news/{id}/cover',
        operationId: 'deleteNewsCover',
        tags: ['Editorial'],
        summary: 'Remove the cover image',
        description: `The article is left without a cover.${ownArticle}`,
        request: { params: EditorialNewsPathSchema, headers: IdempotencyHeadersSchema },
        responses: {
          200: articleResponse('The article without a cover.'),
          ...errorResponses,
          ...notFoundResponse,
        },
      },
      EDITORS,
      tokens,
    ),
  );

  const listAuditLogRoute = createRoute(
    secured(
      {
        method: 'get',
        path: '/v1/editorial/audit',
        operationId: 'listAuditLog',
        tags: ['Editorial'],
        summary: 'The audit log of an authority',
        description:
          'What its staff did (news.create, news.update, news.publish, news.unpublish, news.delete, ' +
          'news.cover.upload, news.cover.delete), newest first. Admins of that authority only (another is 403).',
        request: { query: ListAuditLogQuerySchema },
        responses: {
          200: {
            description: 'A page of the log.',
            content: { 'application/json': { schema: AuditPageSchema } },
          },
          ...errorResponses,
        },
      },
      ADMINS,
      tokens,
    ),
  );

  /** The caller's authority when `asked` is it (or omitted); undefined: another authority (403). */
  function ownAuthority(principal: Principal, asked: string | undefined): string | undefined {
    const own = principal.authority;
    if (own === undefined || (asked !== undefined && asked !== own)) return undefined;
    return own;
  }

  /** The article as changed, or 404. */
  async function answer(c: Context<AppEnv>, id: string, outcome: { result: unknown } | 'missing') {
    if (outcome === 'missing') return notFound(c);
    const article = await findEditorialNews(context().db, id);
    return article ? sendArticle(c, article) : notFound(c);
  }

  route(app, listEditorialNewsRoute, async (c) => {
    const query = c.req.valid('query');
    const authority = ownAuthority(principalOf(c), query.authority);
    if (authority === undefined) return problem(c, { name: 'forbidden', status: 403 });
    const after = decodeCursor(query.cursor, EditorialCursorSchema);
    const page = await listEditorialNews(context().db, {
      authority,
      status: query.status,
      limit: query.limit,
      after,
    });
    const nextCursor = nextCursorOf(page, (last) => ({ u: last.updatedAt, i: last.id }));
    return c.json({ items: page.items, nextCursor }, 200, privateHeaders(c));
  });

  route(app, createNewsDraftRoute, async (c) => {
    const input = c.req.valid('json');
    const principal = principalOf(c);
    if (ownAuthority(principal, input.authority) === undefined)
      return problem(c, { name: 'forbidden', status: 403 });
    const reviewed = reviewTranslations(input.translations);
    if ('errors' in reviewed) return problem(c, { name: 'validation', status: 422, errors: reviewed.errors });
    const { db } = context();
    const id = await createDraft(db, actorOf(principal), reviewed.ok);
    const article = await findEditorialNews(db, id);
    if (!article) throw new Error('a draft just created is missing');
    return sendArticle(c, article, `/v1/editorial/news/${id}`);
  });

  route(app, getEditorialNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const principal = principalOf(c);
    const article = await findEditorialNews(context().db, id);
    if (!article || article.authority !== principal.authority) return notFound(c);
    const etag = etagOf(article);
    const unchanged = notModified(header(c, 'if-none-match'), etag, privateHeaders(c, { ETag: etag }));
    return unchanged ?? sendArticle(c, article);
  });

  route(app, updateNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const expected = expectedVersion(header(c, 'if-match'));
    if (Number.isNaN(expected)) return problem(c, { name: 'precondition-failed', status: 412 });
    const reviewed = reviewTranslations(input.translations);
    if ('errors' in reviewed) return problem(c, { name: 'validation', status: 422, errors: reviewed.errors });
    const outcome = await updateTranslations(
      context().db,
      actorOf(principalOf(c)),
      id,
      expected,
      reviewed.ok,
    );
    if (outcome === 'stale') return problem(c, { name: 'precondition-failed', status: 412 });
    return answer(c, id, outcome);
  });

  route(app, publishNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    return answer(c, id, await publish(context().db, actorOf(principalOf(c)), id));
  });

  route(app, unpublishNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    return answer(c, id, await unpublish(context().db, actorOf(principalOf(c)), id));
  });

  route(app, deleteNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await deleteNews(context().db, actorOf(principalOf(c)), id);
    if (!deleted) return notFound(c);
    return c.body(null, 204, privateHeaders(c));
  });

  route(app, uploadNewsCoverRoute, async (c) => {
    const { id } = c.req.valid('param');
    const declared = declaredMediaType(c);
    if (!isCoverContentType(declared)) return problem(c, { name: 'unsupported-media-type', status: 415 });
    let bytes: Buffer;
    try {
      bytes = await readLimited(c.req.raw, MAX_COVER_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return problem(c, { name: 'payload-too-large', status: 413 });
      throw error;
    }
    const image = sniffCover(bytes);
    if (!image || image.contentType !== declared)
      return problem(c, { name: 'unsupported-media-type', status: 415 });
    const outcome = await setCover(context().db, actorOf(principalOf(c)), id, {
      contentType: image.contentType,
      bytes,
      width: image.width,
      height: image.height,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    return answer(c, id, outcome === 'missing' ? 'missing' : { result: null });
  });

  route(app, deleteNewsCoverRoute, async (c) => {
    const { id } = c.req.valid('param');
    return answer(c, id, await removeCover(context().db, actorOf(principalOf(c)), id));
  });

  route(app, listAuditLogRoute, async (c) => {
    const query = c.req.valid('query');
    const authority = ownAuthority(principalOf(c), query.authority);
    if (authority === undefined) return problem(c, { name: 'forbidden', status: 403 });
    const after = decodeCursor(query.cursor, AuditCursorSchema);
    const page = await listAudit(context().db, { authority, limit: query.limit, after });
    const nextCursor = nextCursorOf(page, (last) => ({ a: last.at, i: last.id }));
    return c.json({ items: page.items, nextCursor }, 200, privateHeaders(c));
  });

  // Uploaded images, outside the OpenAPI document like the rest of /media/. Their URL carries the
  // id of bytes that never change, so they are cached forever.
  app.get('/media/uploads/:file', async (c) => {
    const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z]+)$/.exec(
      c.req.param('file'),
    );
    const type = match ? contentTypeOfExtension(match[2]!) : undefined;
    const upload = match && type ? await findUpload(context().db, match[1]!) : undefined;
    if (!upload || upload.contentType !== type) {
      return problem(c, { name: 'not-found', status: 404, detail: notFoundText.file });
    }
    const etag = `"${upload.sha256.slice(0, 32)}"`;
    const headers: Record<string, string> = {
      'Content-Type': upload.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'",
      ETag: etag,
    };
    const unchanged = notModified(header(c, 'if-none-match'), etag, headers);
    if (unchanged) return unchanged;
    headers['Content-Length'] = String(upload.bytes.byteLength);
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(upload.bytes), {
      status: 200,
      headers,
    });
  });
}
