/**
 * Applications: a citizen files one (claiming the files uploaded for it) and reads their own; the
 * moderators of its authority list them and decide each, approving it into a poll or rejecting it.
 */

import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { databaseCode } from '../../../db/database.js';
import { principalOf, secured } from '../../../http/auth.js';
import type { AppEnv } from '../../../http/env.js';
import type { Translations } from '../../../http/messages.js';
import { errorResponses, notFoundResponse, route } from '../../../http/openapi-route.js';
import { decodeCursor, nextCursorOf } from '../../../http/pagination.js';
import { actorOf } from '../../../http/principal.js';
import { problem, problemResponse } from '../../../http/problem.js';
import { privateHeaders } from '../../../http/respond.js';
import {
  AttachmentsNotClaimable,
  createApplication,
  decide,
  findApplication,
  findPoll,
  listApplications,
  publicApplication,
} from '../queries.js';
import {
  ApplicationCursorSchema,
  ApplicationInputSchema,
  ApplicationPageSchema,
  ApplicationPathSchema,
  ListApplicationsQuerySchema,
  ListMyApplicationsQuerySchema,
  PollDefinitionSchema,
  RejectInputSchema,
} from '../schemas.js';
import { unclaimable } from './attachments.js';
import {
  applicationResponse,
  CITIZENS,
  CITIZENS_AND_OFFICIALS,
  langOf,
  MODERATORS,
  mayReadApplication,
  notFoundApplication,
  type ParticipationRoutes,
  pollResponse,
  toPoll,
} from './shared.js';

const text = {
  decided: {
    az: 'Bu müraciət barədə artıq qərar verilib.',
    en: 'This application has already been decided.',
    ru: 'По этому обращению уже принято решение.',
  },
} satisfies Record<string, Translations>;

export function registerApplicationRoutes(routes: ParticipationRoutes): void {
  const { app, context, tokens } = routes;

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications',
          operationId: 'createApplication',
          tags: ['Participation'],
          summary: 'File an application on a topical issue',
          description:
            'A citizen addresses an application to an authority, in one of the directions. Files go with it ' +
            'by "upload, then reference": upload each first (`uploadParticipationAttachment`), then name their ' +
            'ids in `attachments`; the application is created and the uploads claimed in one transaction. An ' +
            'upload that is not the caller’s, is already attached, expired or unknown, or is named twice, is ' +
            '422 with an error at `/body/attachments/<index>`, and nothing is written. A retry with the same ' +
            'Idempotency-Key gets the first answer and claims nothing twice.',
          request: {
            body: { required: true, content: { 'application/json': { schema: ApplicationInputSchema } } },
          },
          responses: {
            201: applicationResponse('The application, submitted.'),
            404: problemResponse('There is no such authority.'),
            ...errorResponses,
            422: problemResponse(
              'An attachment cannot be claimed (`validation`, an error at `/body/attachments/<index>` for each), or ' +
                'the Idempotency-Key was already used with a different request (`idempotency-key-reused`).',
            ),
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const input = c.req.valid('json');
      let row: Awaited<ReturnType<typeof createApplication>>;
      try {
        row = await createApplication(context().db, principalOf(c).sub, input);
      } catch (error) {
        if (databaseCode(error) === '23503') return problem(c, { name: 'not-found', status: 404 });
        if (error instanceof AttachmentsNotClaimable) return unclaimable(c, error);
        throw error;
      }
      return c.json(
        publicApplication(row),
        201,
        privateHeaders(c, { Location: `/v1/participation/applications/${row.id}` }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/me/applications',
          operationId: 'listMyApplications',
          tags: ['Participation', 'Cabinet'],
          summary: 'The signed-in citizen’s applications',
          description: 'The e-participation applications the citizen filed, in every status, newest first.',
          request: { query: ListMyApplicationsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ApplicationPageSchema } },
            },
            ...errorResponses,
          },
        },
        CITIZENS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      const after = decodeCursor(query.cursor, ApplicationCursorSchema);
      const page = await listApplications(context().db, { citizen: principalOf(c).sub }, query.limit, after);
      return sendApplications(c, page);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/participation/applications/{id}',
          operationId: 'getApplication',
          tags: ['Participation'],
          summary: 'An application: to the citizen who filed it, or to moderators of its authority',
          description: 'Anyone else gets 404, as if there were none.',
          request: { params: ApplicationPathSchema },
          responses: { 200: applicationResponse('The application.'), ...errorResponses, ...notFoundResponse },
        },
        CITIZENS_AND_OFFICIALS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const principal = principalOf(c);
      const row = await findApplication(context().db, id);
      if (!mayReadApplication(principal, row)) return notFoundApplication(c);
      return c.json(publicApplication(row), 200, privateHeaders(c));
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'get',
          path: '/v1/participation/applications',
          operationId: 'listApplicationsForModeration',
          tags: ['Participation'],
          summary: 'Applications to the moderator’s authority',
          description: '`authority` must be the moderator’s own (another is 403).',
          request: { query: ListApplicationsQuerySchema },
          responses: {
            200: {
              description: 'A page.',
              content: { 'application/json': { schema: ApplicationPageSchema } },
            },
            ...errorResponses,
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const query = c.req.valid('query');
      if (query.authority !== principalOf(c).authority) return problem(c, { name: 'forbidden', status: 403 });
      const after = decodeCursor(query.cursor, ApplicationCursorSchema);
      const page = await listApplications(
        context().db,
        { authority: query.authority, status: query.status },
        query.limit,
        after,
      );
      return sendApplications(c, page);
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications/{id}/approve',
          operationId: 'approveApplication',
          tags: ['Participation'],
          summary: 'Approve an application, turning it into a poll',
          description:
            'The body is the poll to create. The citizen is notified (az/en/ru) and the decision is audited. ' +
            'An application of another authority is 404; one already decided is 409.',
          request: {
            params: ApplicationPathSchema,
            body: { required: true, content: { 'application/json': { schema: PollDefinitionSchema } } },
          },
          responses: {
            201: pollResponse('The poll created from it.'),
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The application has already been decided (`conflict`), or the first request with this ' +
                'Idempotency-Key is still running (`idempotency-in-progress`).',
            ),
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await decide(context().db, actorOf(principalOf(c)), id, {
        approve: c.req.valid('json'),
      });
      if (outcome === 'missing') return notFoundApplication(c);
      if (outcome === 'decided') return problem(c, { name: 'conflict', status: 409, detail: text.decided });
      const poll = (await findPoll(context().db, outcome.pollId!))!;
      return c.json(
        toPoll(poll, langOf(c)),
        201,
        privateHeaders(c, { Location: `/v1/participation/polls/${poll.id}` }),
      );
    },
  );

  route(
    app,
    createRoute(
      secured(
        {
          method: 'post',
          path: '/v1/participation/applications/{id}/reject',
          operationId: 'rejectApplication',
          tags: ['Participation'],
          summary: 'Reject an application with a reason',
          description: 'The citizen is notified with the reason (az/en/ru) and the decision is audited.',
          request: {
            params: ApplicationPathSchema,
            body: { required: true, content: { 'application/json': { schema: RejectInputSchema } } },
          },
          responses: {
            200: applicationResponse('The application, rejected.'),
            ...errorResponses,
            ...notFoundResponse,
            409: problemResponse(
              'The application has already been decided (`conflict`), or the first request with this ' +
                'Idempotency-Key is still running (`idempotency-in-progress`).',
            ),
          },
        },
        MODERATORS,
        tokens,
      ),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const outcome = await decide(context().db, actorOf(principalOf(c)), id, {
        reject: c.req.valid('json').reason,
      });
      if (outcome === 'missing') return notFoundApplication(c);
      if (outcome === 'decided') return problem(c, { name: 'conflict', status: 409, detail: text.decided });
      const row = (await findApplication(context().db, id))!;
      return c.json(publicApplication(row), 200, privateHeaders(c));
    },
  );
}

function sendApplications(
  c: Context<AppEnv>,
  page: { items: Awaited<ReturnType<typeof listApplications>>['items']; hasMore: boolean },
) {
  const nextCursor = nextCursorOf(page, (last) => ({ c: last.createdAt, i: last.id }));
  return c.json({ items: page.items.map(publicApplication), nextCursor }, 200, privateHeaders(c));
}
