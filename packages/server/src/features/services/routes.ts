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
import { findService, listServices, serviceCursorOf } from './queries.js';
import {
  GetServiceQuerySchema,
  ListServicesQuerySchema,
  ServiceCursorSchema,
  ServicePageSchema,
  ServicePathSchema,
  ServiceSchema,
} from './schemas.js';

export const listServicesRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/services',
    operationId: 'listServices',
    tags: ['Services'],
    summary: 'The e-services catalogue',
    description:
      'The services in the catalogue’s order, a page at a time; optionally only those an authority provides, ' +
      'of one category, or whose texts contain `q` in the language served. An unknown authority is a 400 ' +
      'with the pointer /query/authority.',
    request: { query: ListServicesQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'A page of services.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: ServicePageSchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
    },
  }),
);

export const getServiceRoute = createRoute(
  open({
    method: 'get',
    path: '/v1/services/{slug}',
    operationId: 'getService',
    tags: ['Services'],
    summary: 'One e-service: its description, required documents, fee, processing time and legal basis',
    description:
      'Public. The whole catalogue entry in the language asked for: which authorities provide it, ' +
      'the documents it asks for, its fee, processing time and legal basis; 404 for an unknown slug.',
    request: { params: ServicePathSchema, query: GetServiceQuerySchema },
    parameters: [conditionalParameter],
    responses: {
      200: {
        description: 'The service.',
        headers: publicReadHeaders,
        content: { 'application/json': { schema: ServiceSchema } },
      },
      ...notModifiedResponse(publicReadHeaders),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
);

export function registerServiceRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  route(app, listServicesRoute, async (c) => {
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const { db, cache } = context();
    const key =
      `services?authority=${query.authority ?? ''}&category=${query.category ?? ''}` +
      `&q=${encodeURIComponent(query.q ?? '')}&limit=${query.limit}&cursor=${query.cursor ?? ''}&lang=${lang}`;
    const response = await publicRead(c, cache, key, async () => {
      if (query.authority !== undefined) {
        const known = await cache.fact('authoritySlugs', () => authoritySlugs(db));
        if (!known.has(query.authority)) return undefined;
      }
      const page = await listServices(db, {
        lang,
        limit: query.limit,
        authority: query.authority,
        category: query.category,
        q: query.q,
        after: decodeCursor(query.cursor, ServiceCursorSchema),
      });
      const nextCursor = nextCursorOf(page, serviceCursorOf);
      const items = page.items.map(({ position: _, ...item }) => item);
      return publicRepresentation({ items, nextCursor }, contentLanguage(lang, items));
    });
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

  route(app, getServiceRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const { db, cache } = context();
    const response = await publicRead(c, cache, `services/${slug}?lang=${lang}`, async () => {
      const service = await findService(db, slug, lang);
      return service && publicRepresentation(service, service.lang);
    });
    return response ?? problem(c, { name: 'not-found', status: 404, lang, detail: notFoundText.service });
  });
}
