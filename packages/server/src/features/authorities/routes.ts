import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { open } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { contentLanguage, negotiateLang } from '../../http/lang.js';
import { notFoundText } from '../../http/messages.js';
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
import type { FeatureContextProvider } from '../context.js';
import { findAuthority, listAuthorities } from './queries.js';
import {
  AuthorityCursorSchema,
  AuthorityPageSchema,
  AuthorityPathSchema,
  AuthoritySchema,
  GetAuthorityQuerySchema,
  ListAuthoritiesQuerySchema,
} from './schemas.js';

export const listAuthoritiesRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/authorities',
    operationId: 'listAuthorities',
    tags: ['Authorities'],
    summary: 'List the local executive authorities',
    description: 'Authorities ordered by slug, a page at a time.',
    request: { query: ListAuthoritiesQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'A page of authorities.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: AuthorityPageSchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
    },
  }),
);

export const getAuthorityRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/authorities/{slug}',
    operationId: 'getAuthority',
    tags: ['Authorities'],
    summary: 'Get one authority',
    description:
      'Public. The authority by its slug, with its contacts, in the language asked for; 404 for an ' +
      'unknown slug.',
    request: { params: AuthorityPathSchema, query: GetAuthorityQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'The authority.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: AuthoritySchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
);

export function registerAuthorityRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  route(app, listAuthoritiesRoute, (c) => {
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const key = `authorities?limit=${query.limit}&cursor=${query.cursor ?? ''}&lang=${lang}`;
    const { db, cache } = context();
    return publicRead(c, cache, key, async () => {
      const afterSlug = decodeCursor(query.cursor, AuthorityCursorSchema)?.s;
      const page = await listAuthorities(db, { lang, limit: query.limit, afterSlug });
      const nextCursor = nextCursorOf(page, (last) => ({ s: last.slug }));
      return publicRepresentation({ items: page.items, nextCursor }, contentLanguage(lang, page.items));
    });
  });

  route(app, getAuthorityRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const { db, cache } = context();
    const response = await publicRead(c, cache, `authorities/${slug}?lang=${lang}`, async () => {
      const authority = await findAuthority(db, slug, lang);
      return authority && publicRepresentation(authority, authority.lang);
    });
    return response ?? problem(c, { name: 'not-found', status: 404, lang, detail: notFoundText.authority });
  });
}
