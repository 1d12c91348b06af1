import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { open } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { contentLanguage, negotiateLang } from '../../http/lang.js';
import { fieldText, notFoundText } from '../../http/messages.js';
import {
  conditionalParameter,
  errorResponses,
  notFoundResponse,
  notModifiedResponse,
  publicReadHeaders,
  route,
} from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import { problem } from '../../http/problem.js';
import { publicRead, publicRepresentation } from '../../http/public-read.js';
import { header } from '../../http/request.js';
import { authoritySlugs } from '../authorities/index.js';
import type { FeatureContextProvider } from '../context.js';
import { findPublishedNews, listPublishedNews, newsCursorOf } from './queries.js';
import {
  GetNewsQuerySchema,
  ListNewsQuerySchema,
  NewsArticleSchema,
  NewsCursorSchema,
  NewsPageSchema,
  NewsPathSchema,
} from './schemas.js';

export const listNewsRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/news',
    operationId: 'listNews',
    tags: ['News'],
    summary: 'List published news',
    description:
      'Published news, newest first, a page at a time; optionally of one authority. An unknown authority ' +
      'is a 400 with the pointer /query/authority.',
    request: { query: ListNewsQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'A page of news.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: NewsPageSchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
    },
  }),
);

export const getNewsRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/news/{id}',
    operationId: 'getNews',
    tags: ['News'],
    summary: 'Get one published news article with its body',
    description:
      'Public. The article with its body (sanitized HTML) and cover, in the language asked for, else ' +
      'in Azerbaijani (`lang` says which). A draft or an unpublished article is 404.',
    request: { params: NewsPathSchema, query: GetNewsQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'The article.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: NewsArticleSchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
);

export function registerNewsRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  route(app, listNewsRoute, async (c) => {
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const { db, cache } = context();
    const key = `news?authority=${query.authority ?? ''}&limit=${query.limit}&cursor=${query.cursor ?? ''}&lang=${lang}`;
    const response = await publicRead(c, cache, key, async () => {
      if (query.authority !== undefined) {
        const known = await cache.fact('authoritySlugs', () => authoritySlugs(db));
        if (!known.has(query.authority)) return undefined;
      }
      const after = decodeCursor(query.cursor, NewsCursorSchema);
      const page = await listPublishedNews(db, {
        lang,
        limit: query.limit,
        authority: query.authority,
        after,
      });
      const nextCursor = nextCursorOf(page, newsCursorOf);
      return publicRepresentation({ items: page.items, nextCursor }, contentLanguage(lang, page.items));
    });
    // Nothing to answer with: the authority asked for is none of ours.
    return (
      response ??
      problem(c, {
        name: 'validation',
        status: 400,
        lang,
        errors: [{ pointer: '/query/authority', detail: fieldText.unknownAuthority }],
      })
    );
  });

  route(app, getNewsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const { db, cache } = context();
    const response = await publicRead(c, cache, `news/${id.toLowerCase()}?lang=${lang}`, async () => {
      const article = await findPublishedNews(db, id, lang);
      return article && publicRepresentation(article, article.lang);
    });
    return response ?? problem(c, { name: 'not-found', status: 404, lang, detail: notFoundText.news });
  });
}
