/**
 * The personal cabinet's API (/v1/me…), declared in the OpenAPI document and protected by the
 * guard; the OAuth endpoints of the sign-in popup are in oauth.ts.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { invalidToken, principalOf, secured } from '../../http/auth.js';
import type { AppEnv } from '../../http/env.js';
import { IdempotencyHeadersSchema } from '../../http/idempotency.js';
import { negotiateLang } from '../../http/lang.js';
import { notFoundText } from '../../http/messages.js';
import { errorResponses, notFoundResponse, route } from '../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../http/pagination.js';
import { problem } from '../../http/problem.js';
import { header } from '../../http/request.js';
import { privateHeaders } from '../../http/respond.js';
import type { FeatureContextProvider } from '../context.js';
import { findStaff, listNotifications, markNotificationRead } from './queries.js';
import { familyOf } from './registry.js';
import {
  GetMeQuerySchema,
  ListMyNotificationsQuerySchema,
  type Me,
  MeSchema,
  NotificationCursorSchema,
  NotificationPageSchema,
  NotificationPathSchema,
  StaffRoleSchema,
} from './schemas.js';

export function registerIdentityRoutes(app: OpenAPIHono<AppEnv>, context: FeatureContextProvider): void {
  const tokens = () => context().identity.tokens;
  const signedIn = { kinds: ['citizen', 'official', 'evaluator'] as const };

  const getMeRoute = createRoute(
    secured(
      {
        method: 'get',
        path: '/v1/me',
        operationId: 'getMe',
        tags: ['Cabinet'],
        summary: 'The signed-in person',
        description:
          'A citizen’s personal data comes from the population registry (never typed); staff get their ' +
          'name, authority and roles.',
        request: { query: GetMeQuerySchema },
        responses: {
          200: {
            description: 'The signed-in person.',
            content: { 'application/json': { schema: MeSchema } },
          },
          ...errorResponses,
        },
      },
      { kinds: [...signedIn.kinds] },
      tokens,
    ),
  );

  const listMyNotificationsRoute = createRoute(
    secured(
      {
        method: 'get',
        path: '/v1/me/notifications',
        operationId: 'listMyNotifications',
        tags: ['Cabinet'],
        summary: 'The signed-in person’s notifications',
        description: 'Newest first, a page at a time; `unread=true` for the unread ones only.',
        request: { query: ListMyNotificationsQuerySchema },
        responses: {
          200: {
            description: 'A page of notifications.',
            content: { 'application/json': { schema: NotificationPageSchema } },
          },
          ...errorResponses,
        },
      },
      { kinds: [...signedIn.kinds] },
      tokens,
    ),
  );

  const markNotificationReadRoute = createRoute(
    secured(
      {
        method: 'post',
        path: '/v1/me/notifications/{id}/read',
        operationId: 'markNotificationRead',
        tags: ['Cabinet'],
        summary: 'Mark a notification read',
        description: 'Idempotent: marking it again changes nothing (the first time it was read is kept).',
        request: { params: NotificationPathSchema, headers: IdempotencyHeadersSchema },
        responses: {
          204: { description: 'It is marked read.' },
          ...errorResponses,
          ...notFoundResponse,
        },
      },
      { kinds: [...signedIn.kinds] },
      tokens,
    ),
  );

  route(app, getMeRoute, async (c) => {
    const principal = principalOf(c);
    const lang = negotiateLang(c.req.valid('query').lang, header(c, 'accept-language'));
    const { db, identity } = context();
    let me: Me;
    if (principal.kind === 'citizen') {
      const person =
        principal.fin === undefined ? undefined : await identity.registry.findByFin(principal.fin);
      if (!person) return invalidToken(c);
      me = {
        kind: 'citizen',
        sub: principal.sub,
        citizen: {
          fin: person.fin,
          firstName: person.firstName,
          lastName: person.lastName,
          patronymic: person.patronymic,
          birthDate: person.birthDate,
          address: person.address[lang],
          authority: person.authority,
          family: familyOf(person),
        },
        lang,
      };
    } else {
      const member = await findStaff(db, principal.sub.replace(/^staff:/, ''));
      if (!member) return invalidToken(c);
      me = {
        kind: principal.kind,
        sub: principal.sub,
        official: {
          name: member.displayName,
          authority: member.authoritySlug,
          // The database admits only these roles (constraint staff_roles_known).
          roles: StaffRoleSchema.array().parse(member.roles),
        },
        lang,
      };
    }
    return c.json(me, 200, privateHeaders(c, { 'Content-Language': lang }));
  });

  route(app, listMyNotificationsRoute, async (c) => {
    const principal = principalOf(c);
    const query = c.req.valid('query');
    const lang = negotiateLang(query.lang, header(c, 'accept-language'));
    const after = decodeCursor(query.cursor, NotificationCursorSchema);
    const page = await listNotifications(context().db, {
      recipient: principal.sub,
      lang,
      limit: query.limit,
      unread: query.unread === 'true',
      after,
    });
    const nextCursor = nextCursorOf(page, (last) => ({ c: last.createdAt, i: last.id }));
    const languages = page.items.some((i) => i.lang !== lang) ? `${lang}, az` : lang;
    return c.json(
      { items: page.items, nextCursor },
      200,
      privateHeaders(c, { 'Content-Language': languages }),
    );
  });

  route(app, markNotificationReadRoute, async (c) => {
    const principal = principalOf(c);
    const { id } = c.req.valid('param');
    const found = await markNotificationRead(context().db, principal.sub, id);
    if (!found) return problem(c, { name: 'not-found', status: 404, detail: notFoundText.notification });
    return c.body(null, 204, privateHeaders(c));
  });
}
